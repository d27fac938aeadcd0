package io.github.appwritespring.autoconfigure.security.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AbstractAuthenticationToken;

import io.github.appwritespring.autoconfigure.security.AppwriteInvitationAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteOneTimeTokenAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInDetails;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt.Flow;

/**
 * A sign-in with a token Appwrite sent by email, decided once for both web stacks: which
 * request it is, and the authentication request it makes of the request's fields. A
 * filter per stack (Spring Security's authentication processing filter) runs it through
 * the chain's authentication manager, the security context repository and the success and
 * failure handlers.
 * <ul>
 * <li>The magic link, {@code GET /auth/magic-url/callback?userId=..&secret=..}: a
 * {@link AppwriteOneTimeTokenAuthenticationToken} of the user ID and the link's
 * secret.</li>
 * <li>The emailed code, {@code POST /auth/email-otp/verify} ({@code code}): a
 * {@link AppwriteOneTimeTokenAuthenticationToken} of the user ID the browser's
 * {@link EmailOtpCookie} binds and the code; the cookie is used up by a success.</li>
 * <li>The team invitation link,
 * {@code GET /auth/team-invitation?teamId=..&membershipId=..&userId=..&secret=..}: an
 * {@link AppwriteInvitationAuthenticationToken}.</li>
 * </ul>
 * The two links are answered with {@code Cache-Control: no-store} and
 * {@code Referrer-Policy: no-referrer} (their URL holds a secret), and by default with
 * the same-site bounce page.
 */
public final class TokenSignIn {

	private final Flow flow;

	private final String method;

	private final String path;

	private final String redirectParameter;

	private final @Nullable EmailOtpCookie cookie;

	private final @Nullable String form;

	private TokenSignIn(Flow flow, String method, String path, String redirectParameter,
			@Nullable EmailOtpCookie cookie, @Nullable String form) {
		this.flow = flow;
		this.method = method;
		this.path = path;
		this.redirectParameter = redirectParameter;
		this.cookie = cookie;
		this.form = form;
	}

	/**
	 * Returns the token sign-ins the properties switch on.
	 * @param properties the security properties
	 * @param cookie the email-code cookie
	 * @return the token sign-ins
	 */
	public static List<TokenSignIn> of(AppwriteSecurityProperties properties, EmailOtpCookie cookie) {
		AppwriteSecurityProperties.Endpoints endpoints = properties.getEndpoints();
		String redirectParameter = properties.getRedirectParameter();
		List<TokenSignIn> signIns = new ArrayList<>();
		if (properties.getMagicUrl().isEnabled()) {
			signIns.add(new TokenSignIn(Flow.MAGIC_URL, "GET", endpoints.getMagicUrlCallback(), redirectParameter, null,
					null));
		}
		if (properties.getEmailOtp().isEnabled()) {
			signIns.add(new TokenSignIn(Flow.EMAIL_OTP, "POST", endpoints.getEmailOtpVerify(), redirectParameter,
					cookie, properties.getEmailCodePage()));
		}
		if (properties.getInvitations().isEnabled()) {
			signIns.add(new TokenSignIn(Flow.INVITATION, "GET", endpoints.getTeamInvitation(), redirectParameter, null,
					null));
		}
		return signIns;
	}

	/**
	 * Returns the email-code cookie a chain uses.
	 * @param properties the security properties
	 * @param secure whether cookies are {@code Secure}
	 * @param clock the clock
	 * @return the email-code cookie
	 */
	public static EmailOtpCookie cookie(AppwriteSecurityProperties properties, boolean secure, Clock clock) {
		return new EmailOtpCookie(properties.getEmailOtp().getCookieName(), properties.getEmailOtp().getLifetime(),
				properties.getEndpoints().getEmailOtpVerify(), secure, clock);
	}

	/**
	 * Returns whether a request is this sign-in's.
	 * @param method the request's method
	 * @param pathWithinApplication the request's path within the application
	 * @return whether it is
	 */
	public boolean matches(String method, String pathWithinApplication) {
		return this.method.equals(method) && this.path.equals(pathWithinApplication);
	}

	/**
	 * Returns whether the request is a link from an email, whose fields are its query
	 * (and whose secret must be neither cached nor sent on as a referrer); otherwise its
	 * fields are a posted form or JSON object.
	 * @return whether the request is a link from an email
	 */
	public boolean isLink() {
		return "GET".equals(this.method);
	}

	/**
	 * Returns the flow.
	 * @return the flow
	 */
	public Flow flow() {
		return this.flow;
	}

	/**
	 * Returns the attempt before its fields are read: a failure then goes where the
	 * flow's failures go.
	 * @return the attempt
	 */
	public SignInAttempt attempt() {
		return new SignInAttempt(this.flow, null, this.form);
	}

	/**
	 * Returns the attempt a request makes.
	 * @param fields the request's fields (a link's query, or a posted form or JSON
	 * object)
	 * @param rawQuery the request's raw query, or {@code null}
	 * @return the attempt, with where the browser asked to go afterwards
	 */
	public SignInAttempt attempt(Map<String, String> fields, @Nullable String rawQuery) {
		return new SignInAttempt(this.flow, SignInFields.of(fields, rawQuery).redirect(this.redirectParameter),
				this.form);
	}

	/**
	 * Returns the authentication request a request makes.
	 * @param fields the request's fields (a link's query with its real secret, or a
	 * posted form or JSON object)
	 * @param cookies reads the request's cookies by name
	 * @param details the browser's details
	 * @return the authentication request
	 * @throws AppwriteSignInException when the request cannot be one (the email-code
	 * cookie is missing or expired)
	 */
	public AbstractAuthenticationToken authenticationRequest(Map<String, String> fields,
			Function<String, @Nullable String> cookies, AppwriteSignInDetails details) {
		AbstractAuthenticationToken request = switch (this.flow) {
			case MAGIC_URL -> oneTimeToken(fields.get("userId"), fields.get("secret"), Reason.LINK);
			case EMAIL_OTP -> oneTimeToken(emailOtpUserId(cookies), code(fields.get("code")), Reason.CODE);
			case INVITATION -> new AppwriteInvitationAuthenticationToken(fields.get("teamId"),
					fields.get("membershipId"), fields.get("userId"), fields.get("secret"));
			default -> throw new IllegalStateException("Not a token sign-in: " + this.flow);
		};
		request.setDetails(details);
		return request;
	}

	private @Nullable String emailOtpUserId(Function<String, @Nullable String> cookies) {
		return (this.cookie != null) ? this.cookie.userId(cookies.apply(this.cookie.name())) : null;
	}

	/** The code as typed, without the spaces people put in to read it. */
	private static @Nullable String code(@Nullable String code) {
		return (code != null && code.length() <= 64) ? code.replace(" ", "").strip() : null;
	}

	private static AppwriteOneTimeTokenAuthenticationToken oneTimeToken(@Nullable String userId,
			@Nullable String secret, Reason missing) {
		if (userId == null || userId.isBlank() || secret == null || secret.isBlank()) {
			throw new AppwriteSignInException(missing);
		}
		return new AppwriteOneTimeTokenAuthenticationToken(userId, secret);
	}

	/**
	 * Returns the cookie a successful sign-in sets to use up what bound it to the
	 * browser.
	 * @param contextPath the application's context path or base path, {@code ""} for none
	 * @return the cookie, or {@code null} when there is none to use up
	 */
	public @Nullable ResponseCookie usedUp(String contextPath) {
		return (this.cookie != null) ? this.cookie.expired(contextPath) : null;
	}

}
