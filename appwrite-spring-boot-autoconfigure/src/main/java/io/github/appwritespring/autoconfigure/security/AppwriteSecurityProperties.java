package io.github.appwritespring.autoconfigure.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import io.github.appwritespring.autoconfigure.security.throttle.ThrottlePolicy;

/**
 * Configuration of the Spring Security integration, under {@code appwrite.security.*}:
 * the endpoints, authorities, the per-session cache and login throttling. The session
 * cookie's settings are {@code appwrite.session-cookie.*}.
 *
 * @since 0.1.0
 */
@ConfigurationProperties(AppwriteSecurityProperties.PREFIX)
public class AppwriteSecurityProperties {

	/** The prefix of the security properties. */
	public static final String PREFIX = "appwrite.security";

	/**
	 * Whether to configure Spring Security for Appwrite sign-in (the default filter chain
	 * and the beans it uses).
	 */
	private boolean enabled = true;

	/**
	 * The application's sign-in page. Unauthenticated page requests are redirected here,
	 * and failed sign-ins come back here with an "error" query parameter.
	 */
	private String loginPage = "/login";

	/**
	 * The application's sign-up page; failed sign-ups come back here with an "error"
	 * query parameter.
	 */
	private String signupPage = "/signup";

	/**
	 * Where to go after signing in when no saved request or "redirect" parameter says
	 * otherwise. A relative path.
	 */
	private String successUrl = "/";

	/**
	 * Where to go after signing out when no "redirect" parameter says otherwise. A
	 * relative path.
	 */
	private String logoutSuccessUrl = "/login?logout";

	/**
	 * The form or JSON parameter naming where to go after signing in or out. Only
	 * relative paths are followed.
	 */
	private String redirectParameter = "redirect";

	/**
	 * The page where a user asks for a password recovery email.
	 */
	private String forgotPasswordPage = "/forgot-password";

	/**
	 * The page the recovery email links to (with "userId" and "secret"), where the user
	 * chooses a new password. A relative path; the link is built from the application's
	 * public URL.
	 */
	private String resetPasswordPage = "/reset-password";

	/**
	 * The page where a user who signed in with one factor completes the second one.
	 */
	private String mfaPage = "/login/mfa";

	/**
	 * The page where a user enters the code emailed for a passwordless sign-in.
	 */
	private String emailCodePage = "/login/code";

	/**
	 * The page a signed-in user with an unverified email is sent to when
	 * "require-verified-email" is on.
	 */
	private String verifyEmailPage = "/verify-email";

	/**
	 * Whether a signed-in user whose email is not verified reaches only the permitted
	 * pages and the "verify your email" page.
	 */
	private boolean requireVerifiedEmail;

	/**
	 * Paths (Ant-style patterns) the default filter chain lets anyone see; every other
	 * path needs a signed-in user.
	 */
	private List<String> permitAll = new ArrayList<>(
			List.of("/login", "/login/mfa", "/login/code", "/signup", "/forgot-password", "/reset-password",
					"/verify-email", "/error", "/favicon.ico", "/css/**", "/js/**", "/images/**", "/webjars/**"));

	private final Endpoints endpoints = new Endpoints();

	private final Signup signup = new Signup();

	private final EmailPassword emailPassword = new EmailPassword();

	private final OAuth2 oauth2 = new OAuth2();

	private final Authorities authorities = new Authorities();

	private final Cache cache = new Cache();

	private final Jwt jwt = new Jwt();

	private final Throttle throttle = new Throttle();

	private final Recovery recovery = new Recovery();

	private final Verification verification = new Verification();

	private final MagicUrl magicUrl = new MagicUrl();

	private final EmailOtp emailOtp = new EmailOtp();

	private final Mfa mfa = new Mfa();

	private final Invitations invitations = new Invitations();

	private final DefaultPages defaultPages = new DefaultPages();

	private final Events events = new Events();

	private final Passkeys passkeys = new Passkeys();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getLoginPage() {
		return this.loginPage;
	}

	public void setLoginPage(String loginPage) {
		this.loginPage = loginPage;
	}

	public String getSignupPage() {
		return this.signupPage;
	}

	public void setSignupPage(String signupPage) {
		this.signupPage = signupPage;
	}

	public String getSuccessUrl() {
		return this.successUrl;
	}

	public void setSuccessUrl(String successUrl) {
		this.successUrl = successUrl;
	}

	public String getLogoutSuccessUrl() {
		return this.logoutSuccessUrl;
	}

	public void setLogoutSuccessUrl(String logoutSuccessUrl) {
		this.logoutSuccessUrl = logoutSuccessUrl;
	}

	public String getRedirectParameter() {
		return this.redirectParameter;
	}

	public void setRedirectParameter(String redirectParameter) {
		this.redirectParameter = redirectParameter;
	}

	public String getForgotPasswordPage() {
		return this.forgotPasswordPage;
	}

	public void setForgotPasswordPage(String forgotPasswordPage) {
		this.forgotPasswordPage = forgotPasswordPage;
	}

	public String getResetPasswordPage() {
		return this.resetPasswordPage;
	}

	public void setResetPasswordPage(String resetPasswordPage) {
		this.resetPasswordPage = resetPasswordPage;
	}

	public String getMfaPage() {
		return this.mfaPage;
	}

	public void setMfaPage(String mfaPage) {
		this.mfaPage = mfaPage;
	}

	public String getEmailCodePage() {
		return this.emailCodePage;
	}

	public void setEmailCodePage(String emailCodePage) {
		this.emailCodePage = emailCodePage;
	}

	public String getVerifyEmailPage() {
		return this.verifyEmailPage;
	}

	public void setVerifyEmailPage(String verifyEmailPage) {
		this.verifyEmailPage = verifyEmailPage;
	}

	public boolean isRequireVerifiedEmail() {
		return this.requireVerifiedEmail;
	}

	public void setRequireVerifiedEmail(boolean requireVerifiedEmail) {
		this.requireVerifiedEmail = requireVerifiedEmail;
	}

	public List<String> getPermitAll() {
		return this.permitAll;
	}

	public void setPermitAll(List<String> permitAll) {
		this.permitAll = permitAll;
	}

	public Endpoints getEndpoints() {
		return this.endpoints;
	}

	public Signup getSignup() {
		return this.signup;
	}

	public EmailPassword getEmailPassword() {
		return this.emailPassword;
	}

	public OAuth2 getOauth2() {
		return this.oauth2;
	}

	public Authorities getAuthorities() {
		return this.authorities;
	}

	public Cache getCache() {
		return this.cache;
	}

	public Jwt getJwt() {
		return this.jwt;
	}

	public Throttle getThrottle() {
		return this.throttle;
	}

	public Recovery getRecovery() {
		return this.recovery;
	}

	public Verification getVerification() {
		return this.verification;
	}

	public MagicUrl getMagicUrl() {
		return this.magicUrl;
	}

	public EmailOtp getEmailOtp() {
		return this.emailOtp;
	}

	public Mfa getMfa() {
		return this.mfa;
	}

	public Invitations getInvitations() {
		return this.invitations;
	}

	public DefaultPages getDefaultPages() {
		return this.defaultPages;
	}

	public Passkeys getPasskeys() {
		return this.passkeys;
	}

	public Events getEvents() {
		return this.events;
	}

	/**
	 * The paths of the endpoints the integration answers itself.
	 */
	public static class Endpoints {

		/**
		 * Email/password sign-in (POST; form fields or JSON "email" and "password").
		 */
		private String login = "/auth/login";

		/**
		 * Sign-up (POST; "name", "email", "password").
		 */
		private String signup = "/auth/signup";

		/**
		 * Sign-out (POST): deletes the Appwrite session and expires the cookie.
		 */
		private String logout = "/auth/logout";

		/**
		 * Base path of OAuth2 sign-in: GET {base}/{provider} starts it, {base}/callback
		 * finishes it.
		 */
		private String oauth2 = "/auth/oauth2";

		/**
		 * GET answers the CSRF token as JSON (and sets its cookie), for JavaScript
		 * clients.
		 */
		private String csrf = "/auth/csrf";

		/**
		 * Asks for a password recovery email (POST; "email"). Same answer whether the
		 * account exists or not.
		 */
		private String recovery = "/auth/recovery";

		/**
		 * Sets a new password from the recovery link (POST; "userId", "secret",
		 * "password", "passwordConfirmation") and ends every session of the user.
		 */
		private String recoveryConfirm = "/auth/recovery/confirm";

		/**
		 * Sends the signed-in user the email verification link (POST).
		 */
		private String verification = "/auth/verification";

		/**
		 * Where the verification email links to (GET; "userId", "secret"): verifies the
		 * email.
		 */
		private String verificationConfirm = "/auth/verification/confirm";

		/**
		 * Sends a sign-in link (POST; "email"). Its link leads to {magic-url}/callback.
		 */
		private String magicUrl = "/auth/magic-url";

		/**
		 * Sends a 6-digit sign-in code (POST; "email"); {email-otp}/verify (POST; "code")
		 * signs in.
		 */
		private String emailOtp = "/auth/email-otp";

		/**
		 * Base path of the second-factor endpoints: {mfa}/challenge and {mfa}/verify at
		 * sign-in, and the enrolment endpoints for a signed-in user.
		 */
		private String mfa = "/auth/mfa";

		/**
		 * Changes the signed-in user's password (POST; "currentPassword", "password",
		 * "passwordConfirmation").
		 */
		private String password = "/auth/password";

		/**
		 * Changes the signed-in user's email (POST; "email", "password").
		 */
		private String email = "/auth/email";

		/**
		 * Where a team invitation email links to (GET; "teamId", "membershipId",
		 * "userId", "secret"): accepts it and signs the invited user in.
		 */
		private String teamInvitation = "/auth/team-invitation";

		/**
		 * Appwrite's webhook (POST), on when appwrite.security.events.signature-key is
		 * set: evicts cached sessions and users that Appwrite says changed.
		 */
		private String events = "/auth/appwrite/events";

		public String getLogin() {
			return this.login;
		}

		public void setLogin(String login) {
			this.login = login;
		}

		public String getSignup() {
			return this.signup;
		}

		public void setSignup(String signup) {
			this.signup = signup;
		}

		public String getLogout() {
			return this.logout;
		}

		public void setLogout(String logout) {
			this.logout = logout;
		}

		public String getOauth2() {
			return this.oauth2;
		}

		public void setOauth2(String oauth2) {
			this.oauth2 = oauth2;
		}

		/**
		 * Returns the OAuth2 callback path, {@code {oauth2}/callback}.
		 * @return the OAuth2 callback path, {@code {oauth2}/callback}
		 */
		public String getOauth2Callback() {
			return this.oauth2 + "/callback";
		}

		public String getCsrf() {
			return this.csrf;
		}

		public void setCsrf(String csrf) {
			this.csrf = csrf;
		}

		public String getRecovery() {
			return this.recovery;
		}

		public void setRecovery(String recovery) {
			this.recovery = recovery;
		}

		public String getRecoveryConfirm() {
			return this.recoveryConfirm;
		}

		public void setRecoveryConfirm(String recoveryConfirm) {
			this.recoveryConfirm = recoveryConfirm;
		}

		public String getVerification() {
			return this.verification;
		}

		public void setVerification(String verification) {
			this.verification = verification;
		}

		public String getVerificationConfirm() {
			return this.verificationConfirm;
		}

		public void setVerificationConfirm(String verificationConfirm) {
			this.verificationConfirm = verificationConfirm;
		}

		public String getMagicUrl() {
			return this.magicUrl;
		}

		public void setMagicUrl(String magicUrl) {
			this.magicUrl = magicUrl;
		}

		public String getEmailOtp() {
			return this.emailOtp;
		}

		public void setEmailOtp(String emailOtp) {
			this.emailOtp = emailOtp;
		}

		public String getMfa() {
			return this.mfa;
		}

		public void setMfa(String mfa) {
			this.mfa = mfa;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getTeamInvitation() {
			return this.teamInvitation;
		}

		public void setTeamInvitation(String teamInvitation) {
			this.teamInvitation = teamInvitation;
		}

		/**
		 * Returns the magic link's callback path, {@code {magic-url}/callback}.
		 * @return the magic link's callback path
		 */
		public String getMagicUrlCallback() {
			return this.magicUrl + "/callback";
		}

		/**
		 * Returns the paths of the links Appwrite sends whose {@code secret} query
		 * parameter must never reach a log (the servlet filter, the WebFlux handler
		 * decorator and the Tomcat access-log valve redact it there).
		 * @return the paths within the application
		 */
		public List<String> secretLinks() {
			return List.of(getOauth2Callback(), getMagicUrlCallback(), getTeamInvitation(), getVerificationConfirm());
		}

		/**
		 * Returns the path that checks an emailed code, {@code {email-otp}/verify}.
		 * @return the path that checks an emailed code
		 */
		public String getEmailOtpVerify() {
			return this.emailOtp + "/verify";
		}

		public String getEvents() {
			return this.events;
		}

		public void setEvents(String events) {
			this.events = events;
		}

	}

	/**
	 * Email and password sign-in.
	 */
	public static class EmailPassword {

		/**
		 * Whether sign-in and sign-up with an email and a password are on. Appwrite's
		 * console switch for the method does not stop the starter, whose calls carry the
		 * API key: turn it off here too.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Sign-up.
	 */
	public static class Signup {

		/**
		 * Whether the sign-up endpoint is on.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * OAuth2 sign-in through Appwrite's providers.
	 */
	public static class OAuth2 {

		/**
		 * The Appwrite OAuth2 providers users may sign in with, e.g. github, google.
		 * Others answer 404.
		 */
		private List<String> providers = new ArrayList<>();

		/**
		 * Scopes to ask every provider for; empty uses Appwrite's defaults.
		 */
		private List<String> scopes = new ArrayList<>();

		/**
		 * Name of the short-lived cookie that binds the OAuth2 "state" to the browser
		 * that started the sign-in.
		 */
		private String stateCookieName = "appwrite_oauth2_state";

		/**
		 * How long a started OAuth2 sign-in may take before its state expires.
		 */
		private Duration stateLifetime = Duration.ofMinutes(10);

		public List<String> getProviders() {
			return this.providers;
		}

		public void setProviders(List<String> providers) {
			this.providers = providers;
		}

		public List<String> getScopes() {
			return this.scopes;
		}

		public void setScopes(List<String> scopes) {
			this.scopes = scopes;
		}

		public String getStateCookieName() {
			return this.stateCookieName;
		}

		public void setStateCookieName(String stateCookieName) {
			this.stateCookieName = stateCookieName;
		}

		public Duration getStateLifetime() {
			return this.stateLifetime;
		}

		public void setStateLifetime(Duration stateLifetime) {
			this.stateLifetime = stateLifetime;
		}

	}

	/**
	 * Password recovery by email.
	 */
	public static class Recovery {

		/**
		 * Whether the recovery endpoints are on.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Email verification.
	 */
	public static class Verification {

		/**
		 * Whether the verification endpoints are on.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Passwordless sign-in with a link sent by email. Appwrite creates an account for an
	 * unknown email, so this is also a way to sign up.
	 */
	public static class MagicUrl {

		/**
		 * Whether magic-link sign-in is on.
		 */
		private boolean enabled;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Passwordless sign-in with a 6-digit code sent by email. Appwrite creates an account
	 * for an unknown email, so this is also a way to sign up.
	 */
	public static class EmailOtp {

		/**
		 * Whether email-code sign-in is on.
		 */
		private boolean enabled;

		/**
		 * Name of the short-lived cookie that binds the pending sign-in (whose code was
		 * sent) to the browser.
		 */
		private String cookieName = "appwrite_email_otp";

		/**
		 * How long an emailed code can be used (Appwrite's codes last 15 minutes).
		 */
		private Duration lifetime = Duration.ofMinutes(15);

		public String getCookieName() {
			return this.cookieName;
		}

		public void setCookieName(String cookieName) {
			this.cookieName = cookieName;
		}

		public Duration getLifetime() {
			return this.lifetime;
		}

		public void setLifetime(Duration lifetime) {
			this.lifetime = lifetime;
		}

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Multi-factor authentication: the second factor at sign-in and enrolment for
	 * signed-in users.
	 */
	public static class Mfa {

		/**
		 * Whether the second-factor endpoints are on. When off, an account that needs a
		 * second factor cannot sign in here.
		 */
		private boolean enabled = true;

		/**
		 * Name of the short-lived cookie that binds a started MFA challenge to the
		 * browser.
		 */
		private String challengeCookieName = "appwrite_mfa_challenge";

		/**
		 * How long a started MFA challenge can be completed (Appwrite's emailed codes say
		 * 15 minutes).
		 */
		private Duration challengeLifetime = Duration.ofMinutes(15);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getChallengeCookieName() {
			return this.challengeCookieName;
		}

		public void setChallengeCookieName(String challengeCookieName) {
			this.challengeCookieName = challengeCookieName;
		}

		public Duration getChallengeLifetime() {
			return this.challengeLifetime;
		}

		public void setChallengeLifetime(Duration challengeLifetime) {
			this.challengeLifetime = challengeLifetime;
		}

	}

	/**
	 * Team invitations.
	 */
	public static class Invitations {

		/**
		 * Whether the invitation link endpoint is on.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * The default pages (sign-in, sign-up, forgot and reset password, second factor,
	 * emailed code, verify your email), served at the configured page paths when the
	 * application has no controller, view controller or template of its own there.
	 */
	public static class DefaultPages {

		/**
		 * Whether the default pages are served.
		 */
		private boolean enabled = true;

		/**
		 * A style sheet the default pages link after their own (a path of the application
		 * or an absolute URL), to restyle them: they use CSS custom properties such as
		 * --appwrite-accent.
		 */
		private @Nullable String stylesheet;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable String getStylesheet() {
			return this.stylesheet;
		}

		public void setStylesheet(@Nullable String stylesheet) {
			this.stylesheet = stylesheet;
		}

	}

	/**
	 * How a user's labels and teams become Spring Security authorities.
	 */
	public static class Authorities {

		/**
		 * Prefix of the authority made from each label; the label is upper-cased, so
		 * "admin" becomes "ROLE_ADMIN".
		 */
		private String labelPrefix = "ROLE_";

		/**
		 * Whether to add an authority per team the user is a member of. Costs one
		 * Appwrite call per resolution.
		 */
		private boolean teams;

		/**
		 * Prefix of the authority made from each team ID, e.g. "TEAM_" + ID.
		 */
		private String teamPrefix = "TEAM_";

		/**
		 * Whether the session's factors (password, totp, email, ...) become Spring
		 * Security factor authorities (FACTOR_PASSWORD, FACTOR_TOTP, ...), for Spring
		 * Security's multi-factor rules. Costs one Appwrite call per resolution, made
		 * alongside the user's; cached with the session when the cache is on.
		 */
		private boolean factors = true;

		public boolean isFactors() {
			return this.factors;
		}

		public void setFactors(boolean factors) {
			this.factors = factors;
		}

		public String getLabelPrefix() {
			return this.labelPrefix;
		}

		public void setLabelPrefix(String labelPrefix) {
			this.labelPrefix = labelPrefix;
		}

		public boolean isTeams() {
			return this.teams;
		}

		public void setTeams(boolean teams) {
			this.teams = teams;
		}

		public String getTeamPrefix() {
			return this.teamPrefix;
		}

		public void setTeamPrefix(String teamPrefix) {
			this.teamPrefix = teamPrefix;
		}

	}

	/**
	 * Appwrite JWTs for API clients (a front end signed in with Appwrite's client SDK
	 * calling this application with {@code account.createJWT()}'s token): on the paths
	 * named here, {@code Authorization: Bearer <jwt>} or {@code X-Appwrite-JWT}
	 * authenticates the request as that Appwrite user, statelessly (no cookie read or
	 * set, no CSRF token). Off until paths are set.
	 */
	public static class Jwt {

		/**
		 * Path patterns (within the application) on which an Appwrite JWT, not the
		 * session cookie, authenticates requests, e.g. /api/**. Empty (the default) turns
		 * JWTs off.
		 */
		private List<String> paths = new ArrayList<>();

		public List<String> getPaths() {
			return this.paths;
		}

		public void setPaths(List<String> paths) {
			this.paths = paths;
		}

	}

	/**
	 * A per-session cache of the signed-in user, which saves the Appwrite round trip on
	 * every request. The trade-off: a session deleted elsewhere (sign-out on another
	 * device, a blocked user) keeps working until its entry expires, unless Appwrite's
	 * webhook ({@code appwrite.security.events.*}) says so first.
	 */
	public static class Cache {

		/** The TTL without Appwrite's webhook. */
		public static final Duration DEFAULT_TTL = Duration.ofSeconds(30);

		/** The TTL with Appwrite's webhook: the safety net when an event is lost. */
		public static final Duration DEFAULT_TTL_WITH_EVENTS = Duration.ofMinutes(5);

		/**
		 * Whether to cache resolved sessions. By default on when Appwrite's webhook is
		 * configured (appwrite.security.events.signature-key), else off.
		 */
		private @Nullable Boolean enabled;

		/**
		 * How long a resolved session is trusted without asking Appwrite again. By
		 * default 30s, or 5m when Appwrite's webhook is configured (then the TTL is only
		 * the safety net for a lost event).
		 */
		private @Nullable Duration ttl;

		/**
		 * Most sessions kept in the cache.
		 */
		private long maxSize = 10_000;

		/**
		 * How long a session Appwrite refused (401) is refused again without asking
		 * Appwrite, whether the cache is on or not: a dead cookie sent again and again
		 * costs one call. Zero asks every time.
		 */
		private Duration refusedTtl = Duration.ofSeconds(10);

		/**
		 * Returns how long a resolved session is trusted, or {@code null} for no cache.
		 * @param events whether Appwrite's webhook is configured
		 * @return how long a resolved session is trusted, or {@code null} for no cache
		 */
		public @Nullable Duration effectiveTtl(boolean events) {
			boolean on = (this.enabled != null) ? this.enabled : events;
			if (!on) {
				return null;
			}
			return (this.ttl != null) ? this.ttl : (events ? DEFAULT_TTL_WITH_EVENTS : DEFAULT_TTL);
		}

		public @Nullable Boolean getEnabled() {
			return this.enabled;
		}

		public void setEnabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable Duration getTtl() {
			return this.ttl;
		}

		public void setTtl(@Nullable Duration ttl) {
			this.ttl = ttl;
		}

		public long getMaxSize() {
			return this.maxSize;
		}

		public void setMaxSize(long maxSize) {
			this.maxSize = maxSize;
		}

		public Duration getRefusedTtl() {
			return this.refusedTtl;
		}

		public void setRefusedTtl(Duration refusedTtl) {
			this.refusedTtl = refusedTtl;
		}

	}

	/**
	 * Passkeys (WebAuthn) on Appwrite sessions: registered by signed-in users, kept in an
	 * Appwrite table, and signing in to an ordinary Appwrite session.
	 */
	public static class Passkeys {

		/**
		 * Whether users may register passkeys and sign in with them (servlet stack only:
		 * Spring Security has no reactive WebAuthn support).
		 */
		private boolean enabled;

		/**
		 * The relying party ID passkeys are bound to: the application's domain or a
		 * registrable suffix of it (e.g. example.com for app.example.com). Empty uses the
		 * host of the application's public URL as each request reaches it (the URL the
		 * OAuth2 callback is built from). Passkeys registered under one ID never work
		 * under another, so set it in production.
		 */
		private @Nullable String rpId;

		/**
		 * The relying party name browsers show when creating a passkey.
		 */
		private String rpName = "Appwrite application";

		/**
		 * The origins (scheme://host[:port]) ceremonies may come from. Empty allows the
		 * origin of the application's public URL as each request reaches it. Browsers
		 * offer passkeys only over HTTPS, or on http://localhost.
		 */
		private List<String> allowedOrigins = new ArrayList<>();

		/**
		 * The Appwrite database that holds the passkeys' table; created if missing.
		 */
		private String databaseId = "appwrite_starter";

		/**
		 * The Appwrite table that holds the passkeys (readable and writable with the API
		 * key only); created with its columns if missing.
		 */
		private String tableId = "passkeys";

		/**
		 * Name of the short-lived cookie that binds a started passkey ceremony (its
		 * challenge) to the browser.
		 */
		private String challengeCookieName = "appwrite_passkey_challenge";

		/**
		 * How long a started passkey ceremony may take.
		 */
		private Duration challengeLifetime = Duration.ofMinutes(5);

		/**
		 * Name of the cookie that says a browser's session began with a passkey (signed,
		 * bound to that session), so that its every request carries the WebAuthn factor
		 * authority. It travels with the session cookie, with its attributes.
		 */
		private String factorCookieName = "appwrite_passkey_factor";

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable String getRpId() {
			return this.rpId;
		}

		public void setRpId(@Nullable String rpId) {
			this.rpId = rpId;
		}

		public String getRpName() {
			return this.rpName;
		}

		public void setRpName(String rpName) {
			this.rpName = rpName;
		}

		public List<String> getAllowedOrigins() {
			return this.allowedOrigins;
		}

		public void setAllowedOrigins(List<String> allowedOrigins) {
			this.allowedOrigins = allowedOrigins;
		}

		public String getDatabaseId() {
			return this.databaseId;
		}

		public void setDatabaseId(String databaseId) {
			this.databaseId = databaseId;
		}

		public String getTableId() {
			return this.tableId;
		}

		public void setTableId(String tableId) {
			this.tableId = tableId;
		}

		public String getChallengeCookieName() {
			return this.challengeCookieName;
		}

		public void setChallengeCookieName(String challengeCookieName) {
			this.challengeCookieName = challengeCookieName;
		}

		public Duration getChallengeLifetime() {
			return this.challengeLifetime;
		}

		public void setChallengeLifetime(Duration challengeLifetime) {
			this.challengeLifetime = challengeLifetime;
		}

		public String getFactorCookieName() {
			return this.factorCookieName;
		}

		public void setFactorCookieName(String factorCookieName) {
			this.factorCookieName = factorCookieName;
		}

	}

	/**
	 * Appwrite's webhook: Appwrite posts its user, session and membership events to
	 * {@code appwrite.security.endpoints.events}, and the cached sessions and users they
	 * name are forgotten at once, on every instance with Redis. Off until the signature
	 * key is set.
	 */
	public static class Events {

		/**
		 * The webhook's signature key, as shown in the Appwrite console. Setting it turns
		 * the webhook endpoint on (and the session cache, unless
		 * appwrite.security.cache.enabled says otherwise).
		 */
		private @Nullable String signatureKey;

		/**
		 * The webhook's URL exactly as configured in the Appwrite console (Appwrite signs
		 * it with the body, so the one behind a proxy would not match). Required with the
		 * signature key.
		 */
		private @Nullable String url;

		/**
		 * The webhook's HTTP Basic user, when one is set in the Appwrite console.
		 */
		private @Nullable String username;

		/**
		 * The webhook's HTTP Basic password, when one is set in the Appwrite console.
		 */
		private @Nullable String password;

		/**
		 * The largest webhook body read; larger ones are refused (413) unread.
		 */
		private DataSize maxBodySize = DataSize.ofKilobytes(256);

		/**
		 * How evictions reach the other instances: "local" (this instance only) or
		 * "redis" (published to every instance; needs spring-boot-starter-data-redis).
		 */
		private Broadcast broadcast = Broadcast.LOCAL;

		/**
		 * The Redis pub/sub channel evictions are published on.
		 */
		private String redisChannel = "appwrite-session-evictions";

		/**
		 * How often each instance checks its Redis subscription by sending itself a
		 * message; a subscription silent for three times this long counts as lost, and
		 * sessions are then resolved with Appwrite until it is back.
		 */
		private Duration redisHeartbeat = Duration.ofSeconds(1);

		/**
		 * Returns whether the webhook endpoint is on (a signature key is set).
		 * @return whether the webhook endpoint is on
		 */
		public boolean isEnabled() {
			return this.signatureKey != null && !this.signatureKey.isEmpty();
		}

		public @Nullable String getSignatureKey() {
			return this.signatureKey;
		}

		public void setSignatureKey(@Nullable String signatureKey) {
			this.signatureKey = signatureKey;
		}

		public @Nullable String getUrl() {
			return this.url;
		}

		public void setUrl(@Nullable String url) {
			this.url = url;
		}

		public @Nullable String getUsername() {
			return this.username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public @Nullable String getPassword() {
			return this.password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}

		public DataSize getMaxBodySize() {
			return this.maxBodySize;
		}

		public void setMaxBodySize(DataSize maxBodySize) {
			this.maxBodySize = maxBodySize;
		}

		public Broadcast getBroadcast() {
			return this.broadcast;
		}

		public void setBroadcast(Broadcast broadcast) {
			this.broadcast = broadcast;
		}

		public String getRedisChannel() {
			return this.redisChannel;
		}

		public void setRedisChannel(String redisChannel) {
			this.redisChannel = redisChannel;
		}

		public Duration getRedisHeartbeat() {
			return this.redisHeartbeat;
		}

		public void setRedisHeartbeat(Duration redisHeartbeat) {
			this.redisHeartbeat = redisHeartbeat;
		}

		/** How evictions reach the other instances. */
		public enum Broadcast {

			/** Not at all: each instance forgets only what its own webhook tells it. */
			LOCAL,

			/** Through Redis pub/sub, to every instance. */
			REDIS

		}

	}

	/**
	 * Throttling of sign-in attempts. Appwrite's own rate limits do not apply to calls
	 * made with an API key, which server-side sign-in needs, so the integration throttles
	 * by account and by client IP itself.
	 */
	public static class Throttle {

		/**
		 * Whether to throttle failed sign-ins.
		 */
		private boolean enabled = true;

		/**
		 * Failures per account (email) allowed before each further attempt has to wait.
		 */
		private int accountFreeFailures = 5;

		/**
		 * Failures per client IP allowed before each further attempt has to wait.
		 */
		private int ipFreeFailures = 20;

		/**
		 * The first wait; each further failure doubles it.
		 */
		private Duration baseDelay = Duration.ofSeconds(1);

		/**
		 * The longest wait, so that no one is ever locked out for good.
		 */
		private Duration maxDelay = Duration.ofMinutes(15);

		/**
		 * Failures are forgotten this long after the last one.
		 */
		private Duration forgetAfter = Duration.ofHours(1);

		/**
		 * Sign-ups allowed per client address and hour, successes included (Appwrite's
		 * own limit of 10 does not apply to calls with an API key). 0 for no cap.
		 */
		private int signupsPerHour = 10;

		/**
		 * OAuth2 sign-ins that may be started per client address and hour (each start is
		 * an API-key call to Appwrite). 0 for no cap.
		 */
		private int oauth2StartsPerHour = 50;

		/**
		 * Emails (recovery, verification, sign-in links and codes) the integration may
		 * ask Appwrite to send per client address and hour, whether the account exists or
		 * not. 0 for no cap.
		 */
		private int emailsPerAddressPerHour = 20;

		/**
		 * Emails the integration may ask Appwrite to send to one address and hour. 0 for
		 * no cap.
		 */
		private int emailsPerRecipientPerHour = 5;

		/**
		 * Proxies (IP addresses or CIDR ranges such as 10.0.0.0/8) whose X-Forwarded-For
		 * entries are believed. When set, the client address is the right-most
		 * X-Forwarded-For entry that is not one of them, read from the request as it
		 * arrived. When empty, the address the server reports is used
		 * (server.forward-headers-strategy decides which that is).
		 */
		private List<String> trustedProxies = new ArrayList<>();

		/**
		 * Trusted-device cookies: a browser that has signed in to an account before is
		 * not kept waiting by failures others caused on that account.
		 */
		private final TrustedDevice trustedDevice = new TrustedDevice();

		/**
		 * Where failures are counted: "memory" (this instance) or "redis" (shared by
		 * every instance; needs spring-boot-starter-data-redis).
		 */
		private Store store = Store.MEMORY;

		/**
		 * Prefix of the Redis keys.
		 */
		private String redisKeyPrefix = "{appwrite-throttle}:";

		/**
		 * Returns the limits as the throttle takes them.
		 * @return the limits as the throttle takes them
		 */
		public ThrottlePolicy toPolicy() {
			return new ThrottlePolicy(this.enabled, this.accountFreeFailures, this.ipFreeFailures, this.baseDelay,
					this.maxDelay, this.forgetAfter, this.signupsPerHour, this.oauth2StartsPerHour,
					this.emailsPerAddressPerHour, this.emailsPerRecipientPerHour);
		}

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getAccountFreeFailures() {
			return this.accountFreeFailures;
		}

		public void setAccountFreeFailures(int accountFreeFailures) {
			this.accountFreeFailures = accountFreeFailures;
		}

		public int getIpFreeFailures() {
			return this.ipFreeFailures;
		}

		public void setIpFreeFailures(int ipFreeFailures) {
			this.ipFreeFailures = ipFreeFailures;
		}

		public Duration getBaseDelay() {
			return this.baseDelay;
		}

		public void setBaseDelay(Duration baseDelay) {
			this.baseDelay = baseDelay;
		}

		public Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(Duration maxDelay) {
			this.maxDelay = maxDelay;
		}

		public Duration getForgetAfter() {
			return this.forgetAfter;
		}

		public void setForgetAfter(Duration forgetAfter) {
			this.forgetAfter = forgetAfter;
		}

		public int getSignupsPerHour() {
			return this.signupsPerHour;
		}

		public void setSignupsPerHour(int signupsPerHour) {
			this.signupsPerHour = signupsPerHour;
		}

		public int getOauth2StartsPerHour() {
			return this.oauth2StartsPerHour;
		}

		public void setOauth2StartsPerHour(int oauth2StartsPerHour) {
			this.oauth2StartsPerHour = oauth2StartsPerHour;
		}

		public int getEmailsPerAddressPerHour() {
			return this.emailsPerAddressPerHour;
		}

		public void setEmailsPerAddressPerHour(int emailsPerAddressPerHour) {
			this.emailsPerAddressPerHour = emailsPerAddressPerHour;
		}

		public int getEmailsPerRecipientPerHour() {
			return this.emailsPerRecipientPerHour;
		}

		public void setEmailsPerRecipientPerHour(int emailsPerRecipientPerHour) {
			this.emailsPerRecipientPerHour = emailsPerRecipientPerHour;
		}

		public List<String> getTrustedProxies() {
			return this.trustedProxies;
		}

		public void setTrustedProxies(List<String> trustedProxies) {
			this.trustedProxies = trustedProxies;
		}

		public TrustedDevice getTrustedDevice() {
			return this.trustedDevice;
		}

		public Store getStore() {
			return this.store;
		}

		public void setStore(Store store) {
			this.store = store;
		}

		public String getRedisKeyPrefix() {
			return this.redisKeyPrefix;
		}

		public void setRedisKeyPrefix(String redisKeyPrefix) {
			this.redisKeyPrefix = redisKeyPrefix;
		}

		/** Trusted-device cookies against account lockout. */
		public static class TrustedDevice {

			/**
			 * Whether a browser that signed in to an account gets a trusted-device cookie
			 * that keeps failures caused by others from making it wait.
			 */
			private boolean enabled = true;

			/**
			 * Name of the cookie.
			 */
			private String cookieName = "appwrite_device";

			/**
			 * How long a trusted-device cookie is accepted after the sign-in that set it.
			 */
			private Duration lifetime = Duration.ofDays(90);

			/**
			 * Secret that signs the cookies, the same on every instance (at least 16
			 * characters). By default derived from appwrite.api-key.
			 */
			private @Nullable String secret;

			public boolean isEnabled() {
				return this.enabled;
			}

			public void setEnabled(boolean enabled) {
				this.enabled = enabled;
			}

			public String getCookieName() {
				return this.cookieName;
			}

			public void setCookieName(String cookieName) {
				this.cookieName = cookieName;
			}

			public Duration getLifetime() {
				return this.lifetime;
			}

			public void setLifetime(Duration lifetime) {
				this.lifetime = lifetime;
			}

			public @Nullable String getSecret() {
				return this.secret;
			}

			public void setSecret(@Nullable String secret) {
				this.secret = secret;
			}

		}

		/** Where sign-in failures are counted. */
		public enum Store {

			/** In this instance's memory. */
			MEMORY,

			/** In Redis, shared by every instance. */
			REDIS

		}

	}

}
