package io.github.appwritespring.client.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.client.model.AuthenticatorType;
import io.github.appwritespring.client.model.Identity;
import io.github.appwritespring.client.model.IdentityList;
import io.github.appwritespring.client.model.Jwt;
import io.github.appwritespring.client.model.LogList;
import io.github.appwritespring.client.model.Membership;
import io.github.appwritespring.client.model.MembershipList;
import io.github.appwritespring.client.model.MessagingProviderType;
import io.github.appwritespring.client.model.MfaFactors;
import io.github.appwritespring.client.model.MfaRecoveryCodes;
import io.github.appwritespring.client.model.Session;
import io.github.appwritespring.client.model.SessionList;
import io.github.appwritespring.client.model.Target;
import io.github.appwritespring.client.model.TargetList;
import io.github.appwritespring.client.model.Token;
import io.github.appwritespring.client.model.User;
import io.github.appwritespring.client.model.UserList;
import io.github.appwritespring.client.transport.Blocking;

/**
 * Appwrite's Users service, blocking face. Each method waits for {@link ReactiveUsers}'s
 * answer; see there for the details. Never call it on a Netty event loop.
 *
 * @since 0.1.0
 */
public class Users {

	private final ReactiveUsers reactive;

	/**
	 * Creates a new {@code Users}.
	 * @param reactive the reactive face this one waits for
	 */
	public Users(ReactiveUsers reactive) {
		this.reactive = reactive;
	}

	/**
	 * Returns the new user.
	 * @param userId the new user's ID, or {@code ID.unique()}
	 * @param email the email address, or {@code null}
	 * @param phone the phone number, or {@code null}
	 * @param password the password, or {@code null}
	 * @param name the name, or {@code null}
	 * @return the new user
	 */
	public User create(String userId, @Nullable String email, @Nullable String phone, @Nullable String password,
			@Nullable String name) {
		return Blocking.await(this.reactive.create(userId, email, phone, password, name), "users().create()");
	}

	/**
	 * Returns a page of users.
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of users
	 */
	public UserList list(@Nullable List<String> queries, @Nullable String search) {
		return Blocking.await(this.reactive.list(queries, search), "users().list()");
	}

	/**
	 * Returns every matching user, fetched lazily page by page; close the stream to stop
	 * early.
	 * @param queries filters and ordering (no limit, offset or cursor), or {@code null}
	 * @return every matching user, fetched lazily page by page; close the stream to stop
	 * early
	 */
	public Stream<User> listAll(@Nullable List<String> queries) {
		return Blocking.stream(this.reactive.listAll(queries), "users().listAll()");
	}

	/**
	 * Returns every matching user, fetched page by page as the stream is consumed; close
	 * it to stop early.
	 * @param queries filters and ordering (no limit, offset or cursor), or {@code null}
	 * @param search a search term, or {@code null}
	 * @return every matching user, fetched page by page as the stream is consumed; close
	 * it to stop early
	 */
	public Stream<User> listAll(@Nullable List<String> queries, @Nullable String search) {
		return Blocking.stream(this.reactive.listAll(queries, search), "users().listAll()");
	}

	/**
	 * Returns the user.
	 * @param userId the user ID
	 * @return the user
	 */
	public User get(String userId) {
		return Blocking.await(this.reactive.get(userId), "users().get()");
	}

	/**
	 * Deletes the user.
	 * @param userId the user ID
	 */
	public void delete(String userId) {
		Blocking.run(this.reactive.delete(userId), "users().delete()");
	}

	/**
	 * Returns the user.
	 * @param userId the user ID
	 * @param labels the labels, replacing the old ones
	 * @return the user
	 */
	public User updateLabels(String userId, List<String> labels) {
		return Blocking.await(this.reactive.updateLabels(userId, labels), "users().updateLabels()");
	}

	/**
	 * Returns the user.
	 * @param userId the user ID
	 * @param status {@code false} blocks the user
	 * @return the user
	 */
	public User updateStatus(String userId, boolean status) {
		return Blocking.await(this.reactive.updateStatus(userId, status), "users().updateStatus()");
	}

	/**
	 * Returns the user.
	 * @param userId the user ID
	 * @param name the new name
	 * @return the user
	 */
	public User updateName(String userId, String name) {
		return Blocking.await(this.reactive.updateName(userId, name), "users().updateName()");
	}

	/**
	 * Returns the user.
	 * @param userId the user ID
	 * @param email the new email address
	 * @return the user
	 */
	public User updateEmail(String userId, String email) {
		return Blocking.await(this.reactive.updateEmail(userId, email), "users().updateEmail()");
	}

	/**
	 * Returns the user.
	 * @param userId the user ID
	 * @param password the new password
	 * @return the user
	 */
	public User updatePassword(String userId, String password) {
		return Blocking.await(this.reactive.updatePassword(userId, password), "users().updatePassword()");
	}

	/**
	 * Returns the preferences.
	 * @param userId the user ID
	 * @return the preferences
	 */
	public Map<String, Object> getPrefs(String userId) {
		return Blocking.await(this.reactive.getPrefs(userId), "users().getPrefs()");
	}

	/**
	 * Returns the user's preferences as that type.
	 * @param userId the user ID
	 * @param type a record or class the preferences map onto (unknown keys are ignored)
	 * @param <T> that type
	 * @return the user's preferences as that type
	 */
	public <T> T getPrefs(String userId, Class<T> type) {
		return Blocking.await(this.reactive.getPrefs(userId, type), "users().getPrefs()");
	}

	/**
	 * Returns the user.
	 * @param userId the user ID
	 * @param phone the new phone number in E.164 format
	 * @return the user
	 */
	public User updatePhone(String userId, String phone) {
		return Blocking.await(this.reactive.updatePhone(userId, phone), "users().updatePhone()");
	}

	/**
	 * Returns the user.
	 * @param userId the user ID
	 * @param verified whether the email address is verified
	 * @return the user
	 */
	public User updateEmailVerification(String userId, boolean verified) {
		return Blocking.await(this.reactive.updateEmailVerification(userId, verified),
				"users().updateEmailVerification()");
	}

	/**
	 * Returns the user.
	 * @param userId the user ID
	 * @param verified whether the phone number is verified
	 * @return the user
	 */
	public User updatePhoneVerification(String userId, boolean verified) {
		return Blocking.await(this.reactive.updatePhoneVerification(userId, verified),
				"users().updatePhoneVerification()");
	}

	/**
	 * Returns the preferences.
	 * @param userId the user ID
	 * @param prefs the new preferences
	 * @return the preferences
	 */
	public Map<String, Object> updatePrefs(String userId, Map<String, ?> prefs) {
		return Blocking.await(this.reactive.updatePrefs(userId, prefs), "users().updatePrefs()");
	}

	/**
	 * Returns the user's sessions.
	 * @param userId the user ID
	 * @return the user's sessions
	 */
	public SessionList listSessions(String userId) {
		return Blocking.await(this.reactive.listSessions(userId), "users().listSessions()");
	}

	/**
	 * Returns a new session with its secret.
	 * @param userId the user ID
	 * @return a new session with its secret
	 */
	public Session createSession(String userId) {
		return Blocking.await(this.reactive.createSession(userId), "users().createSession()");
	}

	/**
	 * Deletes the sessions.
	 * @param userId the user ID
	 */
	public void deleteSessions(String userId) {
		Blocking.run(this.reactive.deleteSessions(userId), "users().deleteSessions()");
	}

	/**
	 * Deletes the session.
	 * @param userId the user ID
	 * @param sessionId the session ID
	 */
	public void deleteSession(String userId, String sessionId) {
		Blocking.run(this.reactive.deleteSession(userId, sessionId), "users().deleteSession()");
	}

	/**
	 * Returns the token, with its secret.
	 * @param userId the user ID
	 * @param length the secret's length, or {@code null}
	 * @param expireSeconds the lifetime in seconds, or {@code null}
	 * @return the token, with its secret
	 */
	public Token createToken(String userId, @Nullable Integer length, @Nullable Integer expireSeconds) {
		return Blocking.await(this.reactive.createToken(userId, length, expireSeconds), "users().createToken()");
	}

	/**
	 * Returns the JWT.
	 * @param userId the user ID
	 * @param sessionId the session, or {@code null} for the most recent
	 * @param durationSeconds the lifetime in seconds, or {@code null}
	 * @return the JWT
	 */
	public Jwt createJWT(String userId, @Nullable String sessionId, @Nullable Integer durationSeconds) {
		return Blocking.await(this.reactive.createJWT(userId, sessionId, durationSeconds), "users().createJWT()");
	}

	/**
	 * Returns a page of memberships.
	 * @param userId the user ID
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of memberships
	 */
	public MembershipList listMemberships(String userId, @Nullable List<String> queries, @Nullable String search) {
		return Blocking.await(this.reactive.listMemberships(userId, queries, search), "users().listMemberships()");
	}

	/**
	 * Returns every membership, lazily; close the stream to stop early.
	 * @param userId the user ID
	 * @param queries filters and ordering, or {@code null}
	 * @return every membership, lazily; close the stream to stop early
	 */
	public Stream<Membership> listAllMemberships(String userId, @Nullable List<String> queries) {
		return Blocking.stream(this.reactive.listAllMemberships(userId, queries), "users().listAllMemberships()");
	}

	/**
	 * Turns MFA on or off for the user.
	 * @param userId the user ID
	 * @param mfa whether MFA is on
	 * @return the user
	 */
	public User updateMFA(String userId, boolean mfa) {
		return Blocking.await(this.reactive.updateMFA(userId, mfa), "users().updateMFA()");
	}

	/**
	 * Returns the factors the user can complete an MFA challenge with.
	 * @param userId the user ID
	 * @return the factors
	 */
	public MfaFactors listMFAFactors(String userId) {
		return Blocking.await(this.reactive.listMFAFactors(userId), "users().listMFAFactors()");
	}

	/**
	 * Removes the user's authenticator.
	 * @param userId the user ID
	 * @param type the authenticator type
	 */
	public void deleteMFAAuthenticator(String userId, AuthenticatorType type) {
		Blocking.run(this.reactive.deleteMFAAuthenticator(userId, type), "users().deleteMFAAuthenticator()");
	}

	/**
	 * Creates the user's recovery codes.
	 * @param userId the user ID
	 * @return the recovery codes
	 */
	public MfaRecoveryCodes createMFARecoveryCodes(String userId) {
		return Blocking.await(this.reactive.createMFARecoveryCodes(userId), "users().createMFARecoveryCodes()");
	}

	/**
	 * Returns the user's recovery codes.
	 * @param userId the user ID
	 * @return the recovery codes
	 */
	public MfaRecoveryCodes getMFARecoveryCodes(String userId) {
		return Blocking.await(this.reactive.getMFARecoveryCodes(userId), "users().getMFARecoveryCodes()");
	}

	/**
	 * Replaces the user's recovery codes with new ones.
	 * @param userId the user ID
	 * @return the new recovery codes
	 */
	public MfaRecoveryCodes updateMFARecoveryCodes(String userId) {
		return Blocking.await(this.reactive.updateMFARecoveryCodes(userId), "users().updateMFARecoveryCodes()");
	}

	/**
	 * Returns a page of the user's audit log.
	 * @param userId the user ID
	 * @param queries {@code Query.limit(..)} and {@code Query.offset(..)} only, or
	 * {@code null}
	 * @return a page of the user's audit log
	 */
	public LogList listLogs(String userId, @Nullable List<String> queries) {
		return Blocking.await(this.reactive.listLogs(userId, queries), "users().listLogs()");
	}

	/**
	 * Returns a page of the project's OAuth2 identities.
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of identities
	 */
	public IdentityList listIdentities(@Nullable List<String> queries, @Nullable String search) {
		return Blocking.await(this.reactive.listIdentities(queries, search), "users().listIdentities()");
	}

	/**
	 * Returns every matching OAuth2 identity, fetched lazily page by page (close the
	 * stream to stop early).
	 * @param queries filters and ordering (no limit, offset or cursor), or {@code null}
	 * @return the identities
	 */
	public Stream<Identity> listAllIdentities(@Nullable List<String> queries) {
		return Blocking.stream(this.reactive.listAllIdentities(queries), "users().listAllIdentities()");
	}

	/**
	 * Unlinks an OAuth2 identity from its user.
	 * @param identityId the identity ID
	 */
	public void deleteIdentity(String identityId) {
		Blocking.run(this.reactive.deleteIdentity(identityId), "users().deleteIdentity()");
	}

	/**
	 * Adds a messaging target to the user; see {@link ReactiveUsers#createTarget}.
	 * @param userId the user ID
	 * @param targetId the new target's ID, or {@code ID.unique()}
	 * @param providerType the kind of target
	 * @param identifier the address: email, phone number or push token
	 * @param providerId the messaging provider, or {@code null} for the default
	 * @param name a name for the target, or {@code null}
	 * @return the target
	 */
	public Target createTarget(String userId, String targetId, MessagingProviderType providerType, String identifier,
			@Nullable String providerId, @Nullable String name) {
		return Blocking.await(this.reactive.createTarget(userId, targetId, providerType, identifier, providerId, name),
				"users().createTarget()");
	}

	/**
	 * Returns a page of the user's messaging targets.
	 * @param userId the user ID
	 * @param queries queries, or {@code null}
	 * @return a page of targets
	 */
	public TargetList listTargets(String userId, @Nullable List<String> queries) {
		return Blocking.await(this.reactive.listTargets(userId, queries), "users().listTargets()");
	}

	/**
	 * Returns every messaging target of the user, fetched lazily page by page (close the
	 * stream to stop early).
	 * @param userId the user ID
	 * @param queries filters and ordering (no limit, offset or cursor), or {@code null}
	 * @return the targets
	 */
	public Stream<Target> listAllTargets(String userId, @Nullable List<String> queries) {
		return Blocking.stream(this.reactive.listAllTargets(userId, queries), "users().listAllTargets()");
	}

	/**
	 * Returns the target.
	 * @param userId the user ID
	 * @param targetId the target ID
	 * @return the target
	 */
	public Target getTarget(String userId, String targetId) {
		return Blocking.await(this.reactive.getTarget(userId, targetId), "users().getTarget()");
	}

	/**
	 * Changes a target; {@code null} arguments leave that field as it is.
	 * @param userId the user ID
	 * @param targetId the target ID
	 * @param identifier the new address, or {@code null}
	 * @param providerId the new messaging provider, or {@code null}
	 * @param name the new name, or {@code null}
	 * @return the target
	 */
	public Target updateTarget(String userId, String targetId, @Nullable String identifier, @Nullable String providerId,
			@Nullable String name) {
		return Blocking.await(this.reactive.updateTarget(userId, targetId, identifier, providerId, name),
				"users().updateTarget()");
	}

	/**
	 * Removes a target.
	 * @param userId the user ID
	 * @param targetId the target ID
	 */
	public void deleteTarget(String userId, String targetId) {
		Blocking.run(this.reactive.deleteTarget(userId, targetId), "users().deleteTarget()");
	}

}
