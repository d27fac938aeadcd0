package io.github.appwritespring.client.service;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.internal.Require;
import io.github.appwritespring.client.model.AuthenticationFactor;
import io.github.appwritespring.client.model.AuthenticatorType;
import io.github.appwritespring.client.model.Identity;
import io.github.appwritespring.client.model.IdentityList;
import io.github.appwritespring.client.model.Jwt;
import io.github.appwritespring.client.model.LogList;
import io.github.appwritespring.client.model.MfaChallenge;
import io.github.appwritespring.client.model.MfaFactors;
import io.github.appwritespring.client.model.MfaRecoveryCodes;
import io.github.appwritespring.client.model.MfaType;
import io.github.appwritespring.client.model.Session;
import io.github.appwritespring.client.model.SessionList;
import io.github.appwritespring.client.model.Token;
import io.github.appwritespring.client.model.User;
import io.github.appwritespring.client.transport.ApiRequest;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.BlockingFace;
import io.github.appwritespring.client.transport.CallContext;
import io.github.appwritespring.client.transport.JsonBody;
import io.github.appwritespring.client.transport.Paginator;
import io.github.appwritespring.client.transport.Service;

/**
 * Appwrite's Account service, reactive face: the signed-in user's own account and
 * sessions. Used with a session or JWT view, or with the admin client for the calls that
 * create sessions.
 *
 * @since 0.1.0
 */
@BlockingFace
public class ReactiveAccount extends Service {

	/**
	 * Creates a new {@code ReactiveAccount}.
	 * @param transport the shared transport
	 * @param context who calls are made as
	 */
	public ReactiveAccount(AppwriteTransport transport, CallContext context) {
		super(transport, context);
	}

	/**
	 * Returns the signed-in user.
	 * @return the signed-in user
	 */
	public Mono<User> get() {
		return this.transport.call(ApiRequest.get("account"), this.context, User.class);
	}

	/**
	 * Signs up a new user.
	 * @param userId the new user's ID, or {@code ID.unique()}
	 * @param email the email address
	 * @param password the password, 8 to 256 characters
	 * @param name the name, or {@code null}
	 * @return the new user
	 */
	public Mono<User> create(String userId, String email, String password, @Nullable String name) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("account")
			.json(JsonBody.create()
				.with("userId", Require.id("userId", userId))
				.with("email", Require.nonBlank("email", email))
				.with("password", Require.nonBlank("password", password))
				.with("name", name)), this.context, User.class));
	}

	/**
	 * Signs in with email and password. Called with an API key, the answer carries the
	 * session {@code secret}.
	 * @param email the email address
	 * @param password the password
	 * @return the new session
	 */
	public Mono<Session> createEmailPasswordSession(String email, String password) {
		return Mono.defer(
				() -> this.transport.call(
						ApiRequest.post("account", "sessions", "email")
							.json(JsonBody.create()
								.with("email", Require.nonBlank("email", email))
								.with("password", Require.nonBlank("password", password))),
						this.context, Session.class));
	}

	/**
	 * Exchanges a token (from OAuth2, a magic URL or {@code users.createToken}) for a
	 * session.
	 * @param userId the user ID the token was issued for
	 * @param secret the token secret
	 * @return the new session
	 */
	public Mono<Session> createSession(String userId, String secret) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("account", "sessions", "token")
			.json(JsonBody.create()
				.with("userId", Require.nonBlank("userId", userId))
				.with("secret", Require.nonBlank("secret", secret))), this.context, Session.class));
	}

	/**
	 * Starts the OAuth2 token flow: asks Appwrite for the provider's sign-in URL without
	 * following the redirect. After sign-in, the provider sends the browser to
	 * {@code success} with {@code userId} and {@code secret} appended, for
	 * {@link #createSession(String, String)}.
	 * @param provider the provider, e.g. {@code github}
	 * @param success where the browser goes after sign-in
	 * @param failure where the browser goes on failure
	 * @param scopes extra OAuth2 scopes, or {@code null}
	 * @return the URL to redirect the browser to
	 */
	public Mono<URI> createOAuth2Token(String provider, String success, String failure, @Nullable List<String> scopes) {
		return Mono.defer(() -> this.transport
			.callForRedirect(ApiRequest.get("account", "tokens", "oauth2", Require.nonBlank("provider", provider))
				.query("success", Require.nonBlank("success", success))
				.query("failure", Require.nonBlank("failure", failure))
				.queryArray("scopes", scopes)
				.accept("text/html"), this.context));
	}

	/**
	 * Starts a guest session without credentials (rate-limited by Appwrite per IP).
	 * @return the new session
	 */
	public Mono<Session> createAnonymousSession() {
		return this.transport.call(ApiRequest.post("account", "sessions", "anonymous"), this.context, Session.class);
	}

	/**
	 * Sends a one-time code to the email address (creating the user if needed); redeem it
	 * with {@link #createSession(String, String)}.
	 * @param userId the user's ID, or {@code ID.unique()} for a new user
	 * @param email the email address
	 * @param phrase whether the email shows a security phrase, which the answer's
	 * {@code phrase} repeats
	 * @return the token (its secret is filled only for API-key calls)
	 */
	public Mono<Token> createEmailToken(String userId, String email, boolean phrase) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("account", "tokens", "email")
			.json(JsonBody.create()
				.with("userId", Require.id("userId", userId))
				.with("email", Require.nonBlank("email", email))
				.with("phrase", phrase ? Boolean.TRUE : null)), this.context, Token.class));
	}

	/**
	 * Sends a password-recovery email whose link leads to {@code url} with {@code userId}
	 * and {@code secret} appended, for {@link #updateRecovery(String, String, String)}.
	 * @param email the user's email address
	 * @param url the page of this application that asks for the new password (a
	 * registered platform host)
	 * @return the recovery token (its secret is filled only for API-key calls)
	 */
	public Mono<Token> createRecovery(String email, String url) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("account", "recovery")
			.json(JsonBody.create()
				.with("email", Require.nonBlank("email", email))
				.with("url", Require.nonBlank("url", url))), this.context, Token.class));
	}

	/**
	 * Completes a password recovery with the {@code userId} and {@code secret} from the
	 * recovery link.
	 * @param userId the user ID from the link
	 * @param secret the secret from the link
	 * @param password the new password
	 * @return the used recovery token
	 */
	public Mono<Token> updateRecovery(String userId, String secret, String password) {
		return Mono.defer(() -> this.transport.call(ApiRequest.put("account", "recovery")
			.json(JsonBody.create()
				.with("userId", Require.nonBlank("userId", userId))
				.with("secret", Require.nonBlank("secret", secret))
				.with("password", Require.nonBlank("password", password))), this.context, Token.class));
	}

	/**
	 * Returns the user's sessions.
	 * @return the user's sessions
	 */
	public Mono<SessionList> listSessions() {
		return this.transport.call(ApiRequest.get("account", "sessions"), this.context, SessionList.class);
	}

	/**
	 * Returns the session.
	 * @param sessionId a session ID, or {@code current}
	 * @return the session
	 */
	public Mono<Session> getSession(String sessionId) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get("account", "sessions", Require.nonBlank("sessionId", sessionId)), this.context,
				Session.class));
	}

	/**
	 * Extends a session's life; for OAuth2 sessions, also refreshes the provider's access
	 * token.
	 * @param sessionId a session ID, or {@code current}
	 * @return the updated session
	 */
	public Mono<Session> updateSession(String sessionId) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.patch("account", "sessions", Require.nonBlank("sessionId", sessionId)), this.context,
				Session.class));
	}

	/**
	 * Signs out one session.
	 * @param sessionId a session ID, or {@code current}
	 * @return completion
	 */
	public Mono<Void> deleteSession(String sessionId) {
		return Mono.defer(() -> this.transport.callForNoContent(
				ApiRequest.delete("account", "sessions", Require.nonBlank("sessionId", sessionId)), this.context));
	}

	/**
	 * Returns completion once every session of the user is deleted.
	 * @return completion once every session of the user is deleted
	 */
	public Mono<Void> deleteSessions() {
		return this.transport.callForNoContent(ApiRequest.delete("account", "sessions"), this.context);
	}

	/**
	 * Returns a JWT for the current session (valid 15 minutes).
	 * @return a JWT for the current session (valid 15 minutes)
	 */
	public Mono<Jwt> createJWT() {
		return this.transport.call(ApiRequest.post("account", "jwts"), this.context, Jwt.class);
	}

	/**
	 * Returns the user's preferences.
	 * @return the user's preferences
	 */
	public Mono<Map<String, Object>> getPrefs() {
		return this.transport.call(ApiRequest.get("account", "prefs"), this.context, JSON_OBJECT);
	}

	/**
	 * Returns the user's preferences as that type.
	 * @param type a record or class the preferences map onto (unknown keys are ignored)
	 * @param <T> that type
	 * @return the user's preferences as that type
	 */
	public <T> Mono<T> getPrefs(Class<T> type) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("account", "prefs"), this.context,
				Require.nonNull("type", type)));
	}

	/**
	 * Returns the user.
	 * @param prefs the new preferences (replace the old ones)
	 * @return the user
	 */
	public Mono<User> updatePrefs(Map<String, ?> prefs) {
		return Mono
			.defer(() -> this.transport.call(
					ApiRequest.patch("account", "prefs")
						.json(JsonBody.create().with("prefs", Require.nonNull("prefs", prefs))),
					this.context, User.class));
	}

	/**
	 * Returns the user.
	 * @param name the new name
	 * @return the user
	 */
	public Mono<User> updateName(String name) {
		return Mono
			.defer(() -> this.transport.call(
					ApiRequest.patch("account", "name")
						.json(JsonBody.create().with("name", Require.nonBlank("name", name))),
					this.context, User.class));
	}

	/**
	 * Returns the user.
	 * @param email the new email address
	 * @param password the current password
	 * @return the user
	 */
	public Mono<User> updateEmail(String email, String password) {
		return Mono.defer(() -> this.transport.call(ApiRequest.patch("account", "email")
			.json(JsonBody.create()
				.with("email", Require.nonBlank("email", email))
				.with("password", Require.nonBlank("password", password))), this.context, User.class));
	}

	/**
	 * Returns the user.
	 * @param password the new password
	 * @param oldPassword the current password, or {@code null} when the user has none
	 * (e.g. OAuth2 users)
	 * @return the user
	 */
	public Mono<User> updatePassword(String password, @Nullable String oldPassword) {
		return Mono.defer(() -> this.transport.call(ApiRequest.patch("account", "password")
			.json(JsonBody.create()
				.with("password", Require.nonBlank("password", password))
				.with("oldPassword", oldPassword)), this.context, User.class));
	}

	/**
	 * Returns the user.
	 * @param phone the new phone number in E.164 format, e.g. {@code +14155552671}
	 * @param password the current password
	 * @return the user
	 */
	public Mono<User> updatePhone(String phone, String password) {
		return Mono.defer(() -> this.transport.call(ApiRequest.patch("account", "phone")
			.json(JsonBody.create()
				.with("phone", Require.nonBlank("phone", phone))
				.with("password", Require.nonBlank("password", password))), this.context, User.class));
	}

	/**
	 * Blocks the signed-in user's own account (a user's "delete my account"): its
	 * sessions stay but every call answers 401 {@code user_blocked}. Only the API key
	 * ({@code users.updateStatus}) unblocks it.
	 * @return the user, now blocked
	 */
	public Mono<User> updateStatus() {
		return this.transport.call(ApiRequest.patch("account", "status"), this.context, User.class);
	}

	/**
	 * Sends a verification email whose link leads to {@code url} with {@code userId},
	 * {@code secret} and {@code expire} appended, for
	 * {@link #updateEmailVerification(String, String)}. Needs a session.
	 * @param url the page of this application that confirms the address (a registered
	 * platform host; no {@code #fragment})
	 * @return the verification token (its secret is filled only for API-key calls)
	 */
	public Mono<Token> createEmailVerification(String url) {
		return Mono.defer(
				() -> this.transport.call(
						ApiRequest.post("account", "verifications", "email")
							.json(JsonBody.create().with("url", Require.nonBlank("url", url))),
						this.context, Token.class));
	}

	/**
	 * Confirms an email address with the {@code userId} and {@code secret} from the
	 * verification link. A public route: call it without the API key (a guest view,
	 * {@code client.asGuest()}, or the user's session).
	 * @param userId the user ID from the link
	 * @param secret the secret from the link
	 * @return the used verification token
	 */
	public Mono<Token> updateEmailVerification(String userId, String secret) {
		return Mono.defer(() -> this.transport.call(ApiRequest.put("account", "verifications", "email")
			.json(JsonBody.create()
				.with("userId", Require.nonBlank("userId", userId))
				.with("secret", Require.nonBlank("secret", secret))), this.context, Token.class));
	}

	/**
	 * Sends an SMS with a code to the user's phone number, for
	 * {@link #updatePhoneVerification(String, String)}. Needs a session and an SMS
	 * provider.
	 * @return the verification token (its secret is filled only for API-key calls)
	 */
	public Mono<Token> createPhoneVerification() {
		return this.transport.call(ApiRequest.post("account", "verifications", "phone"), this.context, Token.class);
	}

	/**
	 * Confirms the phone number with the code from the SMS. A public route: call it
	 * without the API key.
	 * @param userId the user ID
	 * @param secret the code from the SMS
	 * @return the used verification token
	 */
	public Mono<Token> updatePhoneVerification(String userId, String secret) {
		return Mono.defer(() -> this.transport.call(ApiRequest.put("account", "verifications", "phone")
			.json(JsonBody.create()
				.with("userId", Require.nonBlank("userId", userId))
				.with("secret", Require.nonBlank("secret", secret))), this.context, Token.class));
	}

	/**
	 * Sends a sign-in link to the email address (creating the user if needed). The link
	 * leads to {@code url} with {@code userId}, {@code secret}, {@code expire} and
	 * {@code project} appended; redeem it with {@link #createSession(String, String)}.
	 * For a known email Appwrite ignores {@code userId}: use the answer's
	 * {@link Token#userId()}.
	 * @param userId the user's ID, or {@code ID.unique()} for a new user
	 * @param email the email address
	 * @param url the page of this application the link leads to (a registered platform
	 * host), or {@code null} for Appwrite's console page
	 * @param phrase whether the email shows a security phrase, which the answer's
	 * {@code phrase} repeats
	 * @return the token (its secret is filled only for API-key calls)
	 */
	public Mono<Token> createMagicURLToken(String userId, String email, @Nullable String url, boolean phrase) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("account", "tokens", "magic-url")
			.json(JsonBody.create()
				.with("userId", Require.id("userId", userId))
				.with("email", Require.nonBlank("email", email))
				.with("url", url)
				.with("phrase", phrase ? Boolean.TRUE : null)), this.context, Token.class));
	}

	/**
	 * Sends a one-time code by SMS (creating the user if needed); redeem it with
	 * {@link #createSession(String, String)}. Needs an SMS provider.
	 * @param userId the user's ID, or {@code ID.unique()} for a new user
	 * @param phone the phone number in E.164 format
	 * @return the token (its secret is filled only for API-key calls)
	 */
	public Mono<Token> createPhoneToken(String userId, String phone) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("account", "tokens", "phone")
			.json(JsonBody.create()
				.with("userId", Require.id("userId", userId))
				.with("phone", Require.nonBlank("phone", phone))), this.context, Token.class));
	}

	/**
	 * Returns a page of the user's audit log (newest first).
	 * @param queries {@code Query.limit(..)} and {@code Query.offset(..)} only, or
	 * {@code null}
	 * @return a page of the user's audit log
	 */
	public Mono<LogList> listLogs(@Nullable List<String> queries) {
		return listLogs(queries, null);
	}

	/**
	 * Returns a page of the user's audit log (newest first).
	 * @param queries {@code Query.limit(..)} and {@code Query.offset(..)} only, or
	 * {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return a page of the user's audit log
	 */
	public Mono<LogList> listLogs(@Nullable List<String> queries, @Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get("account", "logs").queryArray("queries", queries(queries)).query("total", total),
				this.context, LogList.class));
	}

	/**
	 * Returns a page of the user's OAuth2 identities.
	 * @param queries queries on userId, provider, providerUid, providerEmail,
	 * providerAccessTokenExpiry; or {@code null}
	 * @return a page of the user's OAuth2 identities
	 */
	public Mono<IdentityList> listIdentities(@Nullable List<String> queries) {
		return listIdentities(queries, null);
	}

	/**
	 * Returns a page of the user's OAuth2 identities.
	 * @param queries queries on userId, provider, providerUid, providerEmail,
	 * providerAccessTokenExpiry; or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return a page of the user's OAuth2 identities
	 */
	public Mono<IdentityList> listIdentities(@Nullable List<String> queries, @Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get("account", "identities").queryArray("queries", queries(queries)).query("total", total),
				this.context, IdentityList.class));
	}

	/**
	 * Every OAuth2 identity of the user, fetched page by page.
	 * @param queries filters and ordering (no limit, offset or cursor), or {@code null}
	 * @return the identities
	 */
	public Flux<Identity> listAllIdentities(@Nullable List<String> queries) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE, this::listIdentities, Identity::id);
	}

	/**
	 * Unlinks an OAuth2 identity from the user.
	 * @param identityId the identity ID
	 * @return completion
	 */
	public Mono<Void> deleteIdentity(String identityId) {
		return Mono.defer(() -> this.transport.callForNoContent(
				ApiRequest.delete("account", "identities", Require.nonBlank("identityId", identityId)), this.context));
	}

	/**
	 * Turns multi-factor authentication on or off for the user. On, a session needs a
	 * second factor once the user has a verified email, phone or authenticator.
	 * @param mfa whether MFA is on
	 * @return the user
	 */
	public Mono<User> updateMFA(boolean mfa) {
		return this.transport.call(ApiRequest.patch("account", "mfa").json(JsonBody.create().with("mfa", mfa)),
				this.context, User.class);
	}

	/**
	 * Returns the factors the user can complete a challenge with. Allowed for a session
	 * that still needs a factor.
	 * @return the factors
	 */
	public Mono<MfaFactors> listMFAFactors() {
		return this.transport.call(ApiRequest.get("account", "mfa", "factors"), this.context, MfaFactors.class);
	}

	/**
	 * Starts adding an authenticator: returns its secret and {@code otpauth://} URI for
	 * the app; verify it with {@link #updateMFAAuthenticator(AuthenticatorType, String)}.
	 * An unverified one is replaced.
	 * @param type the authenticator type
	 * @return the secret and URI
	 */
	public Mono<MfaType> createMFAAuthenticator(AuthenticatorType type) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.post("account", "mfa", "authenticators", Require.nonNull("type", type).value()),
				this.context, MfaType.class));
	}

	/**
	 * Verifies the new authenticator with a code from the app (only the current 30 s code
	 * is accepted).
	 * @param type the authenticator type
	 * @param otp the app's current code
	 * @return the user
	 */
	public Mono<User> updateMFAAuthenticator(AuthenticatorType type, String otp) {
		return Mono.defer(
				() -> this.transport.call(
						ApiRequest.put("account", "mfa", "authenticators", Require.nonNull("type", type).value())
							.json(JsonBody.create().with("otp", Require.nonBlank("otp", otp))),
						this.context, User.class));
	}

	/**
	 * Removes the authenticator. Needs an MFA challenge completed in the last 30 minutes
	 * (else 401 {@code user_challenge_required}).
	 * @param type the authenticator type
	 * @return completion
	 */
	public Mono<Void> deleteMFAAuthenticator(AuthenticatorType type) {
		return Mono.defer(() -> this.transport.callForNoContent(
				ApiRequest.delete("account", "mfa", "authenticators", Require.nonNull("type", type).value()),
				this.context));
	}

	/**
	 * Starts an MFA challenge: for {@code EMAIL} and {@code PHONE} Appwrite sends a code;
	 * for {@code TOTP} and {@code RECOVERY_CODE} the user has it. Complete it with
	 * {@link #updateMFAChallenge(String, String)}.
	 * @param factor the factor
	 * @return the challenge
	 */
	public Mono<MfaChallenge> createMFAChallenge(AuthenticationFactor factor) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.post("account", "mfa", "challenges")
					.json(JsonBody.create().with("factor", Require.nonNull("factor", factor).value())),
				this.context, MfaChallenge.class));
	}

	/**
	 * Completes an MFA challenge: adds the factor to the current session (which is then
	 * no longer limited) and marks MFA as just passed.
	 * @param challengeId the challenge ID
	 * @param otp the code (from the email, SMS or app, or a recovery code)
	 * @return the session, with the new factor
	 */
	public Mono<Session> updateMFAChallenge(String challengeId, String otp) {
		return Mono.defer(() -> this.transport.call(ApiRequest.put("account", "mfa", "challenges")
			.json(JsonBody.create()
				.with("challengeId", Require.nonBlank("challengeId", challengeId))
				.with("otp", Require.nonBlank("otp", otp))), this.context, Session.class));
	}

	/**
	 * Creates the user's recovery codes (once; show them to the user to keep).
	 * @return the recovery codes
	 */
	public Mono<MfaRecoveryCodes> createMFARecoveryCodes() {
		return this.transport.call(ApiRequest.post("account", "mfa", "recovery-codes"), this.context,
				MfaRecoveryCodes.class);
	}

	/**
	 * Returns the user's recovery codes. Needs an MFA challenge completed in the last 30
	 * minutes.
	 * @return the recovery codes
	 */
	public Mono<MfaRecoveryCodes> getMFARecoveryCodes() {
		return this.transport.call(ApiRequest.get("account", "mfa", "recovery-codes"), this.context,
				MfaRecoveryCodes.class);
	}

	/**
	 * Replaces the user's recovery codes with new ones. Needs an MFA challenge completed
	 * in the last 30 minutes.
	 * @return the new recovery codes
	 */
	public Mono<MfaRecoveryCodes> updateMFARecoveryCodes() {
		return this.transport.call(ApiRequest.patch("account", "mfa", "recovery-codes"), this.context,
				MfaRecoveryCodes.class);
	}

	/**
	 * Returns a page of the user's audit log (newest first). Leaves out {@code queries}.
	 * @return a page of the user's audit log
	 */
	public Mono<LogList> listLogs() {
		return listLogs(null);
	}

	/**
	 * Returns a page of the user's OAuth2 identities. Leaves out {@code queries}.
	 * @return a page of the user's OAuth2 identities
	 */
	public Mono<IdentityList> listIdentities() {
		return listIdentities(null);
	}

	/**
	 * Every OAuth2 identity of the user, fetched page by page. Leaves out
	 * {@code queries}.
	 * @return the identities
	 */
	public Flux<Identity> listAllIdentities() {
		return listAllIdentities(null);
	}

}
