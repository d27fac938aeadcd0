package io.github.appwritespring.autoconfigure.security.pages;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.internal.RedirectTargets;

/**
 * Renders the default pages, for both web stacks: plain HTML forms that post to the
 * integration's endpoints with the CSRF token, labelled for assistive technology, with
 * errors announced ({@code role="alert"}) and notices as status messages. The look comes
 * from a small inline style sheet of CSS custom properties ({@code --appwrite-accent},
 * {@code --appwrite-background}, {@code --appwrite-text}, {@code --appwrite-radius},
 * {@code --appwrite-font}) that the application's own style sheet
 * ({@code appwrite.security.default-pages.stylesheet}) may override. Each page is served
 * with a Content-Security-Policy that lets only that style sheet and the inline one (by
 * hash) in: no scripts.
 *
 * @since 0.1.0
 */
public final class DefaultPages {

	private static final String STYLE = ":root{--appwrite-accent:#fd366e;--appwrite-background:#f7f7f8;"
			+ "--appwrite-text:#19191c;--appwrite-muted:#56565c;--appwrite-radius:8px;"
			+ "--appwrite-font:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}"
			+ "body{margin:0;background:var(--appwrite-background);color:var(--appwrite-text);"
			+ "font-family:var(--appwrite-font);line-height:1.5}"
			+ "main{max-width:24rem;margin:4rem auto;padding:2rem;background:#fff;border-radius:var(--appwrite-radius);"
			+ "box-shadow:0 1px 3px rgba(0,0,0,.12)}"
			+ "h1{font-size:1.5rem;margin:0 0 1rem}label{display:block;margin:.75rem 0 .25rem;font-weight:600}"
			+ "input{box-sizing:border-box;width:100%;padding:.5rem;font:inherit;border:1px solid #b4b4bc;"
			+ "border-radius:var(--appwrite-radius)}"
			+ "button,.appwrite-button{display:inline-block;box-sizing:border-box;width:100%;margin-top:1rem;"
			+ "padding:.6rem;font:inherit;font-weight:600;text-align:center;text-decoration:none;cursor:pointer;"
			+ "color:#fff;background:var(--appwrite-accent);border:0;border-radius:var(--appwrite-radius)}"
			+ ".appwrite-secondary{color:var(--appwrite-text);background:transparent;" + "border:1px solid #b4b4bc}"
			+ "input:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid var(--appwrite-accent);"
			+ "outline-offset:2px}"
			+ "[role=alert]{padding:.5rem .75rem;border-radius:var(--appwrite-radius);background:#fde8ec;color:#8a1030}"
			+ "[role=status]{padding:.5rem .75rem;border-radius:var(--appwrite-radius);background:#e6f6ee;"
			+ "color:#0b5a33}"
			+ "hr{margin:1.5rem 0;border:0;border-top:1px solid #e0e0e4}p.appwrite-links{color:var(--appwrite-muted)}";

	/**
	 * The sign-in page's passkey button: fetches a CSRF token, starts a sign-in, asks the
	 * browser for a discoverable passkey, posts its assertion and follows the answer.
	 */
	private static final String PASSKEY_SCRIPT = "(function(){var b=document.getElementById('appwrite-passkey');if(!b){return;}var m=document.getElementById('appwrite-passkey-message');var c=b.dataset.context;function d(t){var s=atob(t.replace(/-/g,'+').replace(/_/g,'/'));var a=new Uint8Array(s.length);for(var i=0;i<s.length;i++){a[i]=s.charCodeAt(i);}return a.buffer;}function e(x){return btoa(String.fromCharCode.apply(null,new Uint8Array(x))).replace(/=/g,'').replace(/\\+/g,'-').replace(/\\//g,'_');}function f(t){m.textContent=t;m.hidden=false;}if(!window.PublicKeyCredential){b.hidden=true;return;}b.addEventListener('click',async function(){m.hidden=true;try{var t=await (await fetch(c+b.dataset.csrf,{headers:{'Accept':'application/json'}})).json();var h={'Content-Type':'application/json','Accept':'application/json'};h[t.headerName]=t.token;var r=await fetch(c+'/webauthn/authenticate/options',{method:'POST',headers:h});if(!r.ok){f(b.dataset.failed);return;}var o=await r.json();o.challenge=d(o.challenge);o.allowCredentials=[];var k=await navigator.credentials.get({publicKey:o});var p=k.response;var body={id:k.id,rawId:e(k.rawId),type:k.type,response:{authenticatorData:e(p.authenticatorData),clientDataJSON:e(p.clientDataJSON),signature:e(p.signature),userHandle:p.userHandle?e(p.userHandle):undefined},clientExtensionResults:k.getClientExtensionResults(),authenticatorAttachment:k.authenticatorAttachment};var a=await fetch(c+'/login/webauthn'+b.dataset.query,{method:'POST',headers:h,body:JSON.stringify(body)});var j=await a.json().catch(function(){return {};});if(a.ok&&j.redirectUrl){location.assign(j.redirectUrl);}else if(a.ok&&j.mfaRequired){location.assign(c+b.dataset.mfa);}else{f(j.message||b.dataset.failed);}}catch(x){f(b.dataset.failed);}});})();";

	private final Map<String, DefaultPage> paths;

	private final AppwriteSecurityProperties properties;

	private final String applicationName;

	private final @Nullable String stylesheet;

	private final String contentSecurityPolicy;

	/**
	 * Creates the pages the properties name.
	 * @param properties the security properties
	 * @param applicationName the name in the pages' titles (e.g.
	 * {@code spring.application.name}), or {@code null}
	 */
	public DefaultPages(AppwriteSecurityProperties properties, @Nullable String applicationName) {
		this.properties = properties;
		this.applicationName = (applicationName != null && !applicationName.isBlank()) ? applicationName : "";
		this.stylesheet = properties.getDefaultPages().getStylesheet();
		this.paths = paths(properties);
		this.contentSecurityPolicy = "default-src 'none'; style-src " + styleSources(this.stylesheet)
				+ (properties.getPasskeys().isEnabled()
						? "; script-src '" + hash(PASSKEY_SCRIPT) + "'; connect-src 'self'" : "")
				+ "; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
	}

	private static Map<String, DefaultPage> paths(AppwriteSecurityProperties properties) {
		Map<String, DefaultPage> paths = new LinkedHashMap<>();
		boolean emailPassword = properties.getEmailPassword().isEnabled();
		paths.put(properties.getLoginPage(), DefaultPage.SIGN_IN);
		if (emailPassword && properties.getSignup().isEnabled()) {
			paths.putIfAbsent(properties.getSignupPage(), DefaultPage.SIGN_UP);
		}
		if (emailPassword && properties.getRecovery().isEnabled()) {
			paths.putIfAbsent(properties.getForgotPasswordPage(), DefaultPage.FORGOT_PASSWORD);
			paths.putIfAbsent(properties.getResetPasswordPage(), DefaultPage.RESET_PASSWORD);
		}
		if (properties.getMfa().isEnabled()) {
			paths.putIfAbsent(properties.getMfaPage(), DefaultPage.MFA);
		}
		if (properties.getEmailOtp().isEnabled()) {
			paths.putIfAbsent(properties.getEmailCodePage(), DefaultPage.EMAIL_CODE);
		}
		if (properties.getVerification().isEnabled()) {
			paths.putIfAbsent(properties.getVerifyEmailPage(), DefaultPage.VERIFY_EMAIL);
		}
		paths.keySet().removeIf((path) -> path.contains("?") || !path.startsWith("/"));
		return Map.copyOf(paths);
	}

	private static String styleSources(@Nullable String stylesheet) {
		String sources = "'self' '" + hash(STYLE) + "'";
		if (stylesheet != null && (stylesheet.startsWith("https://") || stylesheet.startsWith("http://"))) {
			URI uri = URI.create(stylesheet);
			sources += " " + uri.getScheme() + "://" + uri.getRawAuthority();
		}
		return sources;
	}

	private static String hash(String style) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8));
			return "sha256-" + Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	/**
	 * Returns the paths within the application the pages are served at.
	 * @return the pages by path
	 */
	public Map<String, DefaultPage> paths() {
		return this.paths;
	}

	/**
	 * Returns the page served at a path.
	 * @param path a path within the application
	 * @return the page, or {@code null}
	 */
	public @Nullable DefaultPage pageAt(String path) {
		return this.paths.get(path);
	}

	/**
	 * Returns the name of the application's own template for a page's path: the path
	 * without its leading slash ({@code /login/mfa} is {@code login/mfa}). When the
	 * application has that template, it is rendered instead of the default page.
	 * @param path the page's path
	 * @return the view name
	 */
	public static String viewName(String path) {
		return path.substring(1);
	}

	/**
	 * Returns the {@code Content-Security-Policy} the pages are served with.
	 * @return the policy
	 */
	public String contentSecurityPolicy() {
		return this.contentSecurityPolicy;
	}

	/**
	 * Renders a page.
	 * @param page the page
	 * @param request what the request says
	 * @return the HTML
	 */
	public String render(DefaultPage page, PageRequest request) {
		Html html = new Html(request, this.properties.getRedirectParameter());
		switch (page) {
			case SIGN_IN -> signIn(html);
			case SIGN_UP -> signUp(html);
			case FORGOT_PASSWORD -> forgotPassword(html);
			case RESET_PASSWORD -> resetPassword(html);
			case MFA -> mfa(html);
			case EMAIL_CODE -> emailCode(html);
			case VERIFY_EMAIL -> verifyEmail(html);
		}
		return document(page, request, html.body());
	}

	private String document(DefaultPage page, PageRequest request, String body) {
		StringBuilder out = new StringBuilder(4096);
		out.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
			.append("<meta name=\"robots\" content=\"noindex\"><title>")
			.append(escape(page.title()))
			.append(this.applicationName.isEmpty() ? "" : " · " + escape(this.applicationName))
			.append("</title><style>")
			.append(STYLE)
			.append("</style>");
		if (this.stylesheet != null) {
			String href = this.stylesheet.startsWith("/") ? request.contextPath() + this.stylesheet : this.stylesheet;
			out.append("<link rel=\"stylesheet\" href=\"").append(escape(href)).append("\">");
		}
		out.append("</head><body><main class=\"appwrite-page appwrite-")
			.append(page.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
			.append("\"><h1>")
			.append(escape(page.title()))
			.append("</h1>");
		String error = PageTexts.error(request.query().get("error"));
		if (error != null) {
			out.append("<p role=\"alert\">").append(escape(error)).append("</p>");
		}
		String notice = request.query().containsKey("logout") ? "You have been signed out."
				: PageTexts.notice(request.query().get("notice"));
		if (notice != null) {
			out.append("<p role=\"status\">").append(escape(notice)).append("</p>");
		}
		return out.append(body).append("</main></body></html>").toString();
	}

	private void signIn(Html html) {
		AppwriteSecurityProperties.Endpoints endpoints = this.properties.getEndpoints();
		boolean emailPassword = this.properties.getEmailPassword().isEnabled();
		if (emailPassword) {
			html.form(endpoints.getLogin(), "Sign in", true)
				.input("email", "Email", "email", "username")
				.input("password", "Password", "password", "current-password")
				.end("Sign in");
		}
		List<String> providers = this.properties.getOauth2().getProviders();
		if (!providers.isEmpty()) {
			html.separator();
			for (String provider : providers) {
				String query = html.redirect();
				html.link(endpoints.getOauth2() + "/" + provider + ((query != null) ? "?redirect=" + query : ""),
						"Continue with " + capitalized(provider), true);
			}
		}
		if (this.properties.getPasskeys().isEnabled()) {
			html.separator();
			passkey(html);
		}
		if (this.properties.getMagicUrl().isEnabled()) {
			html.separator();
			html.form(endpoints.getMagicUrl(), "Email me a sign-in link", true)
				.input("email", "Email", "email", "username")
				.end("Email me a sign-in link");
		}
		if (this.properties.getEmailOtp().isEnabled()) {
			html.separator();
			html.form(endpoints.getEmailOtp(), "Email me a sign-in code", true)
				.input("email", "Email", "email", "username")
				.end("Email me a code");
		}
		html.links();
		if (emailPassword && this.properties.getRecovery().isEnabled()) {
			html.linkText(this.properties.getForgotPasswordPage(), "Forgot your password?");
		}
		if (emailPassword && this.properties.getSignup().isEnabled()) {
			html.linkText(this.properties.getSignupPage(), "Create an account");
		}
		html.endLinks();
	}

	private void passkey(Html html) {
		String redirect = html.redirect();
		String query = (redirect != null) ? "?"
				+ URLEncoder.encode(this.properties.getRedirectParameter(), StandardCharsets.UTF_8) + "=" + redirect
				: "";
		html.raw("<p id=\"appwrite-passkey-message\" role=\"alert\" hidden></p><button type=\"button\" "
				+ "id=\"appwrite-passkey\" class=\"appwrite-secondary\" data-context=\"" + escape(html.contextPath())
				+ "\" data-csrf=\"" + escape(this.properties.getEndpoints().getCsrf()) + "\" data-query=\""
				+ escape(query) + "\" data-mfa=\"" + escape(this.properties.getMfaPage() + query) + "\" data-failed=\""
				+ escape(Reason.PASSKEY.message()) + "\">Sign in with a passkey</button><script>" + PASSKEY_SCRIPT
				+ "</script>");
	}

	private void signUp(Html html) {
		html.form(this.properties.getEndpoints().getSignup(), "Create an account", true)
			.input("name", "Name", "text", "name")
			.input("email", "Email", "email", "email")
			.input("password", "Password (at least 8 characters)", "password", "new-password")
			.end("Create the account");
		html.links();
		html.linkText(this.properties.getLoginPage(), "I already have an account");
		html.endLinks();
	}

	private void forgotPassword(Html html) {
		html.paragraph("Enter the email of your account. We will send a link to choose a new password.");
		html.form(this.properties.getEndpoints().getRecovery(), "Forgot your password?", false)
			.input("email", "Email", "email", "username")
			.end("Send the link");
		html.links();
		html.linkText(this.properties.getLoginPage(), "Back to sign-in");
		html.endLinks();
	}

	private void resetPassword(Html html) {
		String userId = html.query("userId");
		String secret = html.query("secret");
		if (userId == null || secret == null) {
			html.alert("This page needs the link from the recovery email. Ask for a new one.");
			html.links();
			html.linkText(this.properties.getForgotPasswordPage(), "Ask for a new link");
			html.endLinks();
			return;
		}
		html.form(this.properties.getEndpoints().getRecoveryConfirm(), "Choose a new password", false)
			.hidden("userId", userId)
			.hidden("secret", secret)
			.input("password", "New password (at least 8 characters)", "password", "new-password")
			.input("passwordConfirmation", "New password again", "password", "new-password")
			.end("Change the password");
	}

	private void mfa(Html html) {
		String mfa = this.properties.getEndpoints().getMfa();
		html.paragraph("Enter the code from your authenticator app, or choose another way below.");
		html.form(mfa + "/verify", "Confirm it is you", true)
			.input("code", "Code", "text", "one-time-code")
			.end("Confirm");
		html.separator();
		html.form(mfa + "/challenge", "Email me a code", true).hidden("factor", "email").end("Email me a code");
		html.form(mfa + "/challenge", "Use a recovery code", true)
			.hidden("factor", "recoverycode")
			.end("Use a recovery code", true);
		html.links();
		html.linkText(this.properties.getLoginPage(), "Sign in as someone else");
		html.endLinks();
	}

	private void emailCode(Html html) {
		html.paragraph("Enter the 6-digit code we emailed you. It works for 15 minutes.");
		html.form(this.properties.getEndpoints().getEmailOtpVerify(), "Enter your code", true)
			.input("code", "Code", "text", "one-time-code")
			.end("Sign in");
		html.links();
		html.linkText(this.properties.getLoginPage(), "Back to sign-in");
		html.endLinks();
	}

	private void verifyEmail(Html html) {
		html.paragraph("Please verify your email to go on: open the link we emailed you.");
		html.form(this.properties.getEndpoints().getVerification(), "Send the link again", false)
			.end("Send the link again");
		html.form(this.properties.getEndpoints().getLogout(), "Sign out", false).end("Sign out", true);
	}

	private static String capitalized(String provider) {
		return provider.isEmpty() ? provider : Character.toUpperCase(provider.charAt(0)) + provider.substring(1);
	}

	static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/** The body of a page being written. */
	private static final class Html {

		private final StringBuilder body = new StringBuilder(2048);

		private final PageRequest request;

		private final String redirectParameter;

		private int forms;

		Html(PageRequest request, String redirectParameter) {
			this.request = request;
			this.redirectParameter = redirectParameter;
		}

		@Nullable String query(String name) {
			String value = this.request.query().get(name);
			return (value == null || value.isBlank() || value.length() > 1024) ? null : value;
		}

		/** The requested target, when it is a safe relative path, URL-encoded. */
		@Nullable String redirect() {
			String target = RedirectTargets.safeRelative(query(this.redirectParameter));
			return (target != null) ? java.net.URLEncoder.encode(target, StandardCharsets.UTF_8) : null;
		}

		Html form(String action, String label, boolean keepsRedirect) {
			this.forms++;
			this.body.append("<form method=\"post\" action=\"")
				.append(escape(this.request.contextPath() + action))
				.append("\" aria-label=\"")
				.append(escape(label))
				.append("\">");
			if (this.request.csrfParameter() != null && this.request.csrfToken() != null) {
				hidden(this.request.csrfParameter(), this.request.csrfToken());
			}
			String target = keepsRedirect ? RedirectTargets.safeRelative(query(this.redirectParameter)) : null;
			if (target != null) {
				hidden(this.redirectParameter, target);
			}
			return this;
		}

		Html hidden(String name, String value) {
			this.body.append("<input type=\"hidden\" name=\"")
				.append(escape(name))
				.append("\" value=\"")
				.append(escape(value))
				.append("\">");
			return this;
		}

		Html input(String name, String label, String type, String autocomplete) {
			String id = name + "-" + this.forms;
			this.body.append("<label for=\"")
				.append(id)
				.append("\">")
				.append(escape(label))
				.append("</label><input id=\"")
				.append(id)
				.append("\" name=\"")
				.append(name)
				.append("\" type=\"")
				.append(type)
				.append("\" autocomplete=\"")
				.append(autocomplete)
				.append("\" required");
			if ("one-time-code".equals(autocomplete)) {
				this.body.append(" inputmode=\"numeric\" maxlength=\"32\"");
			}
			this.body.append(">");
			return this;
		}

		void end(String button) {
			end(button, false);
		}

		void end(String button, boolean secondary) {
			this.body.append("<button type=\"submit\"")
				.append(secondary ? " class=\"appwrite-secondary\"" : "")
				.append(">")
				.append(escape(button))
				.append("</button></form>");
		}

		void link(String path, String text, boolean button) {
			this.body.append("<a href=\"")
				.append(escape(this.request.contextPath() + path))
				.append("\"")
				.append(button ? " class=\"appwrite-button appwrite-secondary\"" : "")
				.append(">")
				.append(escape(text))
				.append("</a>");
		}

		void links() {
			this.body.append("<p class=\"appwrite-links\">");
		}

		void linkText(String path, String text) {
			link(path, text, false);
			this.body.append(' ');
		}

		void endLinks() {
			this.body.append("</p>");
		}

		String contextPath() {
			return this.request.contextPath();
		}

		void raw(String html) {
			this.body.append(html);
		}

		void separator() {
			this.body.append("<hr>");
		}

		void paragraph(String text) {
			this.body.append("<p>").append(escape(text)).append("</p>");
		}

		void alert(String text) {
			this.body.append("<p role=\"alert\">").append(escape(text)).append("</p>");
		}

		String body() {
			return this.body.toString();
		}

	}

}
