package io.github.appwritespring.client.service;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

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
import io.github.appwritespring.client.transport.Blocking;

/**
 * Appwrite's Account service, blocking face. Each method waits for
 * {@link ReactiveAccount}'s answer; see there for the details. Never call it on a Netty
 * event loop.
 *
 * @since 0.1.0
 */
public class Account {

	private final ReactiveAccount reactive;

	/**
	 * Creates a new {@code Account}.
	 * @param reactive the reactive face this one waits for
	 */
	public Account(ReactiveAccount reactive) {
		this.reactive = reactive;
	}

	/**
	 * Returns the signed-in user.
	 * @return the signed-in user
	 */
	public User get() {
		return Blocking.await(this.reactive.get(), "account().get()");
	}

	/**
	 * Returns the new user.
	 * @param userId the new user's ID, or {@code ID.unique()}
	 * @param email the email address
	 * @param password the password
	 * @param name the name, or {@code null}
	 * @return the new user
	 */
	public User create(String userId, String email, String password, @Nullable String name) {
		return Blocking.await(this.reactive.create(userId, email, password, name), "account().create()");
	}

	/**
	 * Returns the new session.
	 * @param email the email address
	 * @param password the password
	 * @return the new session
	 */
	public Session createEmailPasswordSession(String email, String password) {
		return Blocking.await(this.reactive.createEmailPasswordSession(email, password),
				"account().createEmailPasswordSession()");
	}

	/**
	 * Returns the new session.
	 * @param userId the user ID the token was issued for
	 * @param secret the token secret
	 * @return the new session
	 */
	public Session createSession(String userId, String secret) {
		return Blocking.await(this.reactive.createSession(userId, secret), "account().createSession()");
	}

	/**
	 * Returns the URL to redirect the browser to.
	 * @param provider the provider, e.g. {@code github}
	 * @param success where the browser goes after sign-in
	 * @param failure where the browser goes on failure
	 * @param scopes extra OAuth2 scopes, or {@code null}
	 * @return the URL to redirect the browser to
	 */
	public URI createOAuth2Token(String provider, String success, String failure, @Nullable List<String> scopes) {
		return Blocking.await(this.reactive.createOAuth2Token(provider, success, failure, scopes),
				"account().createOAuth2Token()");
	}

	/**
	 * Returns a new guest session.
	 * @return a new guest session
	 */
	public Session createAnonymousSession() {
		return Blocking.await(this.reactive.createAnonymousSession(), "account().createAnonymousSession()");
	}

	/**
	 * Returns the token.
	 * @param userId the user's ID, or {@code ID.unique()} for a new user
	 * @param email the email address the one-time code goes to
	 * @param phrase whether the email shows a security phrase
	 * @return the token
	 */
	public Token createEmailToken(String userId, String email, boolean phrase) {
		return Blocking.await(this.reactive.createEmailToken(userId, email, phrase), "account().createEmailToken()");
	}

	/**
	 * Returns the recovery token.
	 * @param email the user's email address
	 * @param url the page that asks for the new password
	 * @return the recovery token
	 */
	public Token createRecovery(String email, String url) {
		return Blocking.await(this.reactive.createRecovery(email, url), "account().createRecovery()");
	}

	/**
	 * Returns the used recovery token.
	 * @param userId the user ID from the recovery link
	 * @param secret the secret from the recovery link
	 * @param password the new password
	 * @return the used recovery token
	 */
	public Token updateRecovery(String userId, String secret, String password) {
		return Blocking.await(this.reactive.updateRecovery(userId, secret, password), "account().updateRecovery()");
	}

	/**
	 * Returns the user's sessions.
	 * @return the user's sessions
	 */
	public SessionList listSessions() {
		return Blocking.await(this.reactive.listSessions(), "account().listSessions()");
	}

	/**
	 * Returns the session.
	 * @param sessionId a session ID, or {@code current}
	 * @return the session
	 */
	public Session getSession(String sessionId) {
		return Blocking.await(this.reactive.getSession(sessionId), "account().getSession()");
	}

	/**
	 * Returns the session with its new expiry (and refreshed provider token for OAuth2).
	 * @param sessionId a session ID, or {@code current}
	 * @return the session with its new expiry (and refreshed provider token for OAuth2)
	 */
	public Session updateSession(String sessionId) {
		return Blocking.await(this.reactive.updateSession(sessionId), "account().updateSession()");
	}

	/**
	 * Deletes the session.
	 * @param sessionId a session ID, or {@code current}
	 */
	public void deleteSession(String sessionId) {
		Blocking.run(this.reactive.deleteSession(sessionId), "account().deleteSession()");
	}

	/** Deletes every session of the user. */
	public void deleteSessions() {
		Blocking.run(this.reactive.deleteSessions(), "account().deleteSessions()");
	}

	/**
	 * Returns a JWT for the current session.
	 * @return a JWT for the current session
	 */
	public Jwt createJWT() {
		return Blocking.await(this.reactive.createJWT(), "account().createJWT()");
	}

	/**
	 * Returns the user's preferences.
	 * @return the user's preferences
	 */
	public Map<String, Object> getPrefs() {
		return Blocking.await(this.reactive.getPrefs(), "account().getPrefs()");
	}

	/**
	 * Returns the user's preferences as that type.
	 * @param type a record or class the preferences map onto (unknown keys are ignored)
	 * @param <T> that type
	 * @return the user's preferences as that type
	 */
	public <T> T getPrefs(Class<T> type) {
		return Blocking.await(this.reactive.getPrefs(type), "account().getPrefs()");
	}

	/**
	 * Returns the user.
	 * @param prefs the new preferences
	 * @return the user
	 */
	public User updatePrefs(Map<String, ?> prefs) {
		return Blocking.await(this.reactive.updatePrefs(prefs), "account().updatePrefs()");
	}

	/**
	 * Returns the user.
	 * @param name the new name
	 * @return the user
	 */
	public User updateName(String name) {
		return Blocking.await(this.reactive.updateName(name), "account().updateName()");
	}

	/**
	 * Returns the user.
	 * @param email the new email address
	 * @param password the current password
	 * @return the user
	 */
	public User updateEmail(String email, String password) {
		return Blocking.await(this.reactive.updateEmail(email, password), "account().updateEmail()");
	}

	/**
	 * Returns the user.
	 * @param password the new password
	 * @param oldPassword the current password, or {@code null}
	 * @return the user
	 */
	public User updatePassword(String password, @Nullable String oldPassword) {
		return Blocking.await(this.reactive.updatePassword(password, oldPassword), "account().updatePassword()");
	}

	/**
	 * Returns the user.
	 * @param phone the new phone number in E.164 format
	 * @param password the current password
	 * @return the user
	 */
	public User updatePhone(String phone, String password) {
		return Blocking.await(this.reactive.updatePhone(phone, password), "account().updatePhone()");
	}

	/**
	 * Blocks the signed-in user's own account; see
	 * {@link ReactiveAccount#updateStatus()}.
	 * @return the user, now blocked
	 */
	public User updateStatus() {
		return Blocking.await(this.reactive.updateStatus(), "account().updateStatus()");
	}

	/**
	 * Sends a verification email; see {@link ReactiveAccount#createEmailVerification}.
	 * @param url the page of this application that confirms the address
	 * @return the verification token
	 */
	public Token createEmailVerification(String url) {
		return Blocking.await(this.reactive.createEmailVerification(url), "account().createEmailVerification()");
	}

	/**
	 * Confirms an email address (a public route: call it without the API key).
	 * @param userId the user ID from the verification link
	 * @param secret the secret from the verification link
	 * @return the used verification token
	 */
	public Token updateEmailVerification(String userId, String secret) {
		return Blocking.await(this.reactive.updateEmailVerification(userId, secret),
				"account().updateEmailVerification()");
	}

	/**
	 * Sends an SMS with a verification code to the user's phone number.
	 * @return the verification token
	 */
	public Token createPhoneVerification() {
		return Blocking.await(this.reactive.createPhoneVerification(), "account().createPhoneVerification()");
	}

	/**
	 * Confirms the phone number (a public route: call it without the API key).
	 * @param userId the user ID
	 * @param secret the code from the SMS
	 * @return the used verification token
	 */
	public Token updatePhoneVerification(String userId, String secret) {
		return Blocking.await(this.reactive.updatePhoneVerification(userId, secret),
				"account().updatePhoneVerification()");
	}

	/**
	 * Sends a sign-in link; see {@link ReactiveAccount#createMagicURLToken}.
	 * @param userId the user's ID, or {@code ID.unique()} for a new user
	 * @param email the email address
	 * @param url the page the link leads to, or {@code null}
	 * @param phrase whether the email shows a security phrase
	 * @return the token
	 */
	public Token createMagicURLToken(String userId, String email, @Nullable String url, boolean phrase) {
		return Blocking.await(this.reactive.createMagicURLToken(userId, email, url, phrase),
				"account().createMagicURLToken()");
	}

	/**
	 * Sends a one-time code by SMS, for {@link #createSession(String, String)}.
	 * @param userId the user's ID, or {@code ID.unique()} for a new user
	 * @param phone the phone number in E.164 format
	 * @return the token
	 */
	public Token createPhoneToken(String userId, String phone) {
		return Blocking.await(this.reactive.createPhoneToken(userId, phone), "account().createPhoneToken()");
	}

	/**
	 * Returns a page of the user's audit log.
	 * @param queries {@code Query.limit(..)} and {@code Query.offset(..)} only, or
	 * {@code null}
	 * @return a page of the user's audit log
	 */
	public LogList listLogs(@Nullable List<String> queries) {
		return Blocking.await(this.reactive.listLogs(queries), "account().listLogs()");
	}

	/**
	 * Returns a page of the user's OAuth2 identities.
	 * @param queries queries, or {@code null}
	 * @return a page of the user's OAuth2 identities
	 */
	public IdentityList listIdentities(@Nullable List<String> queries) {
		return Blocking.await(this.reactive.listIdentities(queries), "account().listIdentities()");
	}

	/**
	 * Returns every OAuth2 identity of the user, fetched lazily page by page (close the
	 * stream to stop early).
	 * @param queries filters and ordering (no limit, offset or cursor), or {@code null}
	 * @return the identities
	 */
	public Stream<Identity> listAllIdentities(@Nullable List<String> queries) {
		return Blocking.stream(this.reactive.listAllIdentities(queries), "account().listAllIdentities()");
	}

	/**
	 * Unlinks an OAuth2 identity from the user.
	 * @param identityId the identity ID
	 */
	public void deleteIdentity(String identityId) {
		Blocking.run(this.reactive.deleteIdentity(identityId), "account().deleteIdentity()");
	}

	/**
	 * Turns MFA on or off for the user.
	 * @param mfa whether MFA is on
	 * @return the user
	 */
	public User updateMFA(boolean mfa) {
		return Blocking.await(this.reactive.updateMFA(mfa), "account().updateMFA()");
	}

	/**
	 * Returns the factors the user can complete a challenge with.
	 * @return the factors
	 */
	public MfaFactors listMFAFactors() {
		return Blocking.await(this.reactive.listMFAFactors(), "account().listMFAFactors()");
	}

	/**
	 * Starts adding an authenticator; see {@link ReactiveAccount#createMFAAuthenticator}.
	 * @param type the authenticator type
	 * @return the secret and URI for the app
	 */
	public MfaType createMFAAuthenticator(AuthenticatorType type) {
		return Blocking.await(this.reactive.createMFAAuthenticator(type), "account().createMFAAuthenticator()");
	}

	/**
	 * Verifies the new authenticator with a code from the app.
	 * @param type the authenticator type
	 * @param otp the app's current code
	 * @return the user
	 */
	public User updateMFAAuthenticator(AuthenticatorType type, String otp) {
		return Blocking.await(this.reactive.updateMFAAuthenticator(type, otp), "account().updateMFAAuthenticator()");
	}

	/**
	 * Removes the authenticator (needs a recent MFA challenge).
	 * @param type the authenticator type
	 */
	public void deleteMFAAuthenticator(AuthenticatorType type) {
		Blocking.run(this.reactive.deleteMFAAuthenticator(type), "account().deleteMFAAuthenticator()");
	}

	/**
	 * Starts an MFA challenge; see {@link ReactiveAccount#createMFAChallenge}.
	 * @param factor the factor
	 * @return the challenge
	 */
	public MfaChallenge createMFAChallenge(AuthenticationFactor factor) {
		return Blocking.await(this.reactive.createMFAChallenge(factor), "account().createMFAChallenge()");
	}

	/**
	 * Completes an MFA challenge.
	 * @param challengeId the challenge ID
	 * @param otp the code
	 * @return the session, with the new factor
	 */
	public Session updateMFAChallenge(String challengeId, String otp) {
		return Blocking.await(this.reactive.updateMFAChallenge(challengeId, otp), "account().updateMFAChallenge()");
	}

	/**
	 * Creates the user's recovery codes.
	 * @return the recovery codes
	 */
	public MfaRecoveryCodes createMFARecoveryCodes() {
		return Blocking.await(this.reactive.createMFARecoveryCodes(), "account().createMFARecoveryCodes()");
	}

	/**
	 * Returns the user's recovery codes (needs a recent MFA challenge).
	 * @return the recovery codes
	 */
	public MfaRecoveryCodes getMFARecoveryCodes() {
		return Blocking.await(this.reactive.getMFARecoveryCodes(), "account().getMFARecoveryCodes()");
	}

	/**
	 * Replaces the user's recovery codes (needs a recent MFA challenge).
	 * @return the new recovery codes
	 */
	public MfaRecoveryCodes updateMFARecoveryCodes() {
		return Blocking.await(this.reactive.updateMFARecoveryCodes(), "account().updateMFARecoveryCodes()");
	}

}
