package io.github.appwritespring.client.service;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JavaType;

import io.github.appwritespring.client.internal.Json;
import io.github.appwritespring.client.internal.Require;
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
import io.github.appwritespring.client.transport.ApiRequest;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.BlockingFace;
import io.github.appwritespring.client.transport.CallContext;
import io.github.appwritespring.client.transport.JsonBody;
import io.github.appwritespring.client.transport.Paginator;
import io.github.appwritespring.client.transport.Service;

/**
 * Appwrite's Users service, reactive face: managing every user of the project. Needs the
 * API key.
 *
 * @since 0.1.0
 */
@BlockingFace
public class ReactiveUsers extends Service {

	/**
	 * Creates a new {@code ReactiveUsers}.
	 * @param transport the shared transport
	 * @param context who calls are made as
	 */
	public ReactiveUsers(AppwriteTransport transport, CallContext context) {
		super(transport, context);
	}

	/**
	 * Returns the new user.
	 * @param userId the new user's ID, or {@code ID.unique()}
	 * @param email the email address, or {@code null}
	 * @param phone the phone number in E.164 format, or {@code null}
	 * @param password the password (at least 8 characters), or {@code null}
	 * @param name the name, or {@code null}
	 * @return the new user
	 */
	public Mono<User> create(String userId, @Nullable String email, @Nullable String phone, @Nullable String password,
			@Nullable String name) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("users")
			.json(JsonBody.create()
				.with("userId", Require.id("userId", userId))
				.with("email", email)
				.with("phone", phone)
				.with("password", password)
				.with("name", name)), this.context, User.class));
	}

	/**
	 * Returns a page of users.
	 * @param queries queries on name, email, phone, status, passwordUpdate, registration,
	 * emailVerification, phoneVerification, labels; or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of users
	 */
	public Mono<UserList> list(@Nullable List<String> queries, @Nullable String search) {
		return list(queries, search, null);
	}

	/**
	 * Returns a page of users.
	 * @param queries queries on name, email, phone, status, passwordUpdate, registration,
	 * emailVerification, phoneVerification, labels; or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return a page of users
	 */
	public Mono<UserList> list(@Nullable List<String> queries, @Nullable String search, @Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("users")
			.queryArray("queries", queries(queries))
			.query("total", total)
			.query("search", search), this.context, UserList.class));
	}

	/**
	 * Every matching user, fetched page by page with cursors as the sequence is consumed.
	 * @param queries filters and ordering (no limit, offset or cursor), or {@code null}
	 * @return the users
	 */
	public Flux<User> listAll(@Nullable List<String> queries) {
		return listAll(queries, null);
	}

	/**
	 * Every user matching the queries and the search term, fetched page by page with
	 * cursors.
	 * @param queries filters and ordering (no limit, offset or cursor), or {@code null}
	 * @param search a search term, or {@code null}
	 * @return the users
	 */
	public Flux<User> listAll(@Nullable List<String> queries, @Nullable String search) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE, (page) -> list(page, search), User::id);
	}

	/**
	 * Returns the user.
	 * @param userId the user ID
	 * @return the user
	 */
	public Mono<User> get(String userId) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("users", Require.nonBlank("userId", userId)),
				this.context, User.class));
	}

	/**
	 * Returns completion once the user is deleted.
	 * @param userId the user ID
	 * @return completion once the user is deleted
	 */
	public Mono<Void> delete(String userId) {
		return Mono.defer(() -> this.transport
			.callForNoContent(ApiRequest.delete("users", Require.nonBlank("userId", userId)), this.context));
	}

	/**
	 * Returns the user.
	 * @param userId the user ID
	 * @param labels the labels, replacing the old ones (alphanumeric, at most 36
	 * characters each)
	 * @return the user
	 */
	public Mono<User> updateLabels(String userId, List<String> labels) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.put("users", Require.nonBlank("userId", userId), "labels")
					.json(JsonBody.create().with("labels", Require.nonNull("labels", labels))),
				this.context, User.class));
	}

	/**
	 * Returns the user.
	 * @param userId the user ID
	 * @param status {@code false} blocks the user, {@code true} unblocks
	 * @return the user
	 */
	public Mono<User> updateStatus(String userId, boolean status) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.patch("users", Require.nonBlank("userId", userId), "status")
				.json(JsonBody.create().with("status", status)), this.context, User.class));
	}

	/**
	 * Returns the user.
	 * @param userId the user ID
	 * @param name the new name
	 * @return the user
	 */
	public Mono<User> updateName(String userId, String name) {
		return Mono
			.defer(() -> this.transport.call(
					ApiRequest.patch("users", Require.nonBlank("userId", userId), "name")
						.json(JsonBody.create().with("name", Require.nonNull("name", name))),
					this.context, User.class));
	}

	/**
	 * Returns the user.
	 * @param userId the user ID
	 * @param email the new email address
	 * @return the user
	 */
	public Mono<User> updateEmail(String userId, String email) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.patch("users", Require.nonBlank("userId", userId), "email")
					.json(JsonBody.create().with("email", Require.nonBlank("email", email))),
				this.context, User.class));
	}

	/**
	 * Returns the user.
	 * @param userId the user ID
	 * @param password the new password
	 * @return the user
	 */
	public Mono<User> updatePassword(String userId, String password) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.patch("users", Require.nonBlank("userId", userId), "password")
					.json(JsonBody.create().with("password", Require.nonBlank("password", password))),
				this.context, User.class));
	}

	/**
	 * Returns the user's preferences.
	 * @param userId the user ID
	 * @return the user's preferences
	 */
	public Mono<Map<String, Object>> getPrefs(String userId) {
		return getPrefs(userId, Json.mapper().constructType(JSON_OBJECT));
	}

	/**
	 * Returns the user's preferences as that type.
	 * @param userId the user ID
	 * @param type a record or class the preferences map onto (unknown keys are ignored)
	 * @param <T> that type
	 * @return the user's preferences as that type
	 */
	public <T> Mono<T> getPrefs(String userId, Class<T> type) {
		return getPrefs(userId, Json.mapper().constructType(Require.nonNull("type", type)));
	}

	private <T> Mono<T> getPrefs(String userId, JavaType type) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.get("users", Require.nonBlank("userId", userId), "prefs"), this.context, type));
	}

	/**
	 * Returns the user.
	 * @param userId the user ID
	 * @param phone the new phone number in E.164 format, e.g. {@code +14155552671}
	 * @return the user
	 */
	public Mono<User> updatePhone(String userId, String phone) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.patch("users", Require.nonBlank("userId", userId), "phone")
					.json(JsonBody.create().with("number", Require.nonBlank("phone", phone))),
				this.context, User.class));
	}

	/**
	 * Marks the email address verified or not; verified users hold the
	 * {@code users/verified} role.
	 * @param userId the user ID
	 * @param verified whether the email address is verified
	 * @return the user
	 */
	public Mono<User> updateEmailVerification(String userId, boolean verified) {
		return Mono.defer(
				() -> this.transport.call(ApiRequest.patch("users", Require.nonBlank("userId", userId), "verification")
					.json(JsonBody.create().with("emailVerification", verified)), this.context, User.class));
	}

	/**
	 * Marks the phone number verified or not.
	 * @param userId the user ID
	 * @param verified whether the phone number is verified
	 * @return the user
	 */
	public Mono<User> updatePhoneVerification(String userId, boolean verified) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch("users", Require.nonBlank("userId", userId), "verification", "phone")
				.json(JsonBody.create().with("phoneVerification", verified)), this.context, User.class));
	}

	/**
	 * Returns the preferences.
	 * @param userId the user ID
	 * @param prefs the new preferences (replace the old ones)
	 * @return the preferences
	 */
	public Mono<Map<String, Object>> updatePrefs(String userId, Map<String, ?> prefs) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.patch("users", Require.nonBlank("userId", userId), "prefs")
					.json(JsonBody.create().with("prefs", Require.nonNull("prefs", prefs))),
				this.context, JSON_OBJECT));
	}

	/**
	 * Returns the user's sessions.
	 * @param userId the user ID
	 * @return the user's sessions
	 */
	public Mono<SessionList> listSessions(String userId) {
		return listSessions(userId, null);
	}

	/**
	 * Returns the user's sessions.
	 * @param userId the user ID
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the user's sessions
	 */
	public Mono<SessionList> listSessions(String userId, @Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get("users", Require.nonBlank("userId", userId), "sessions").query("total", total),
				this.context, SessionList.class));
	}

	/**
	 * Creates a session for the user without their password (server-side sign-in). The
	 * answer carries the {@code secret}.
	 * @param userId the user ID
	 * @return the new session
	 */
	public Mono<Session> createSession(String userId) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.post("users", Require.nonBlank("userId", userId), "sessions"),
					this.context, Session.class));
	}

	/**
	 * Returns completion once all the user's sessions are deleted.
	 * @param userId the user ID
	 * @return completion once all the user's sessions are deleted
	 */
	public Mono<Void> deleteSessions(String userId) {
		return Mono.defer(() -> this.transport.callForNoContent(
				ApiRequest.delete("users", Require.nonBlank("userId", userId), "sessions"), this.context));
	}

	/**
	 * Returns completion once the session is deleted.
	 * @param userId the user ID
	 * @param sessionId the session ID
	 * @return completion once the session is deleted
	 */
	public Mono<Void> deleteSession(String userId, String sessionId) {
		return Mono
			.defer(() -> this.transport.callForNoContent(ApiRequest.delete("users", Require.nonBlank("userId", userId),
					"sessions", Require.nonBlank("sessionId", sessionId)), this.context));
	}

	/**
	 * Creates a token the user can exchange for a session with
	 * {@code account.createSession(userId, secret)}.
	 * @param userId the user ID
	 * @param length the secret's length, 4 to 128, or {@code null} for Appwrite's default
	 * (6)
	 * @param expireSeconds the lifetime in seconds, 60 to 31536000, or {@code null} for
	 * the default (900)
	 * @return the token, with its secret
	 */
	public Mono<Token> createToken(String userId, @Nullable Integer length, @Nullable Integer expireSeconds) {
		return Mono.defer(() -> {
			if (length != null) {
				Require.range("length", length, 4, 128);
			}
			if (expireSeconds != null) {
				Require.range("expire", expireSeconds, 60, 31_536_000);
			}
			return this.transport.call(
					ApiRequest.post("users", Require.nonBlank("userId", userId), "tokens")
						.json(JsonBody.create().with("length", length).with("expire", expireSeconds)),
					this.context, Token.class);
		});
	}

	/**
	 * Returns the JWT.
	 * @param userId the user ID
	 * @param sessionId the session the JWT belongs to, or {@code null} for the most
	 * recent one
	 * @param durationSeconds the lifetime in seconds (0 to 3600), or {@code null} for the
	 * default
	 * @return the JWT
	 */
	public Mono<Jwt> createJWT(String userId, @Nullable String sessionId, @Nullable Integer durationSeconds) {
		return Mono.defer(() -> {
			if (durationSeconds != null) {
				Require.range("duration", durationSeconds, 0, 3600);
			}
			return this.transport.call(
					ApiRequest.post("users", Require.nonBlank("userId", userId), "jwts")
						.json(JsonBody.create().with("sessionId", sessionId).with("duration", durationSeconds)),
					this.context, Jwt.class);
		});
	}

	/**
	 * Returns a page of the user's team memberships.
	 * @param userId the user ID
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of the user's team memberships
	 */
	public Mono<MembershipList> listMemberships(String userId, @Nullable List<String> queries,
			@Nullable String search) {
		return listMemberships(userId, queries, search, null);
	}

	/**
	 * Returns a page of the user's team memberships.
	 * @param userId the user ID
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return a page of the user's team memberships
	 */
	public Mono<MembershipList> listMemberships(String userId, @Nullable List<String> queries, @Nullable String search,
			@Nullable Boolean total) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("users", Require.nonBlank("userId", userId), "memberships")
				.queryArray("queries", queries(queries))
				.query("total", total)
				.query("search", search), this.context, MembershipList.class));
	}

	/**
	 * Returns every membership of the user, page by page.
	 * @param userId the user ID
	 * @param queries filters and ordering (no limit, offset or cursor), or {@code null}
	 * @return every membership of the user, page by page
	 */
	public Flux<Membership> listAllMemberships(String userId, @Nullable List<String> queries) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE,
				(page) -> listMemberships(userId, page, null), Membership::id);
	}

	/**
	 * Turns multi-factor authentication on or off for the user.
	 * @param userId the user ID
	 * @param mfa whether MFA is on
	 * @return the user
	 */
	public Mono<User> updateMFA(String userId, boolean mfa) {
		return Mono.defer(() -> this.transport.call(ApiRequest.patch("users", Require.nonBlank("userId", userId), "mfa")
			.json(JsonBody.create().with("mfa", mfa)), this.context, User.class));
	}

	/**
	 * Returns the factors the user can complete an MFA challenge with.
	 * @param userId the user ID
	 * @return the factors
	 */
	public Mono<MfaFactors> listMFAFactors(String userId) {
		return Mono.defer(
				() -> this.transport.call(ApiRequest.get("users", Require.nonBlank("userId", userId), "mfa", "factors"),
						this.context, MfaFactors.class));
	}

	/**
	 * Removes the user's authenticator, e.g. when they lost the device (no MFA challenge
	 * needed with the API key).
	 * @param userId the user ID
	 * @param type the authenticator type
	 * @return completion
	 */
	public Mono<Void> deleteMFAAuthenticator(String userId, AuthenticatorType type) {
		return Mono
			.defer(() -> this.transport.callForNoContent(ApiRequest.delete("users", Require.nonBlank("userId", userId),
					"mfa", "authenticators", Require.nonNull("type", type).value()), this.context));
	}

	/**
	 * Creates the user's recovery codes ({@code PATCH}: in the Users API PATCH creates
	 * and PUT regenerates, the reverse of Account).
	 * @param userId the user ID
	 * @return the recovery codes
	 */
	public Mono<MfaRecoveryCodes> createMFARecoveryCodes(String userId) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.patch("users", Require.nonBlank("userId", userId), "mfa", "recovery-codes"), this.context,
				MfaRecoveryCodes.class));
	}

	/**
	 * Returns the user's recovery codes.
	 * @param userId the user ID
	 * @return the recovery codes
	 */
	public Mono<MfaRecoveryCodes> getMFARecoveryCodes(String userId) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get("users", Require.nonBlank("userId", userId), "mfa", "recovery-codes"), this.context,
				MfaRecoveryCodes.class));
	}

	/**
	 * Replaces the user's recovery codes with new ones ({@code PUT}).
	 * @param userId the user ID
	 * @return the new recovery codes
	 */
	public Mono<MfaRecoveryCodes> updateMFARecoveryCodes(String userId) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.put("users", Require.nonBlank("userId", userId), "mfa", "recovery-codes"), this.context,
				MfaRecoveryCodes.class));
	}

	/**
	 * Returns a page of the user's audit log (newest first).
	 * @param userId the user ID
	 * @param queries {@code Query.limit(..)} and {@code Query.offset(..)} only, or
	 * {@code null}
	 * @return a page of the user's audit log
	 */
	public Mono<LogList> listLogs(String userId, @Nullable List<String> queries) {
		return listLogs(userId, queries, null);
	}

	/**
	 * Returns a page of the user's audit log (newest first).
	 * @param userId the user ID
	 * @param queries {@code Query.limit(..)} and {@code Query.offset(..)} only, or
	 * {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return a page of the user's audit log
	 */
	public Mono<LogList> listLogs(String userId, @Nullable List<String> queries, @Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("users", Require.nonBlank("userId", userId), "logs")
			.queryArray("queries", queries(queries))
			.query("total", total), this.context, LogList.class));
	}

	/**
	 * Returns a page of the project's OAuth2 identities (every user's).
	 * @param queries queries on userId, provider, providerUid, providerEmail,
	 * providerAccessTokenExpiry; or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of identities
	 */
	public Mono<IdentityList> listIdentities(@Nullable List<String> queries, @Nullable String search) {
		return listIdentities(queries, search, null);
	}

	/**
	 * Returns a page of the project's OAuth2 identities (every user's).
	 * @param queries queries on userId, provider, providerUid, providerEmail,
	 * providerAccessTokenExpiry; or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return a page of identities
	 */
	public Mono<IdentityList> listIdentities(@Nullable List<String> queries, @Nullable String search,
			@Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("users", "identities")
			.queryArray("queries", queries(queries))
			.query("total", total)
			.query("search", search), this.context, IdentityList.class));
	}

	/**
	 * Every matching OAuth2 identity, fetched page by page, e.g. one user's with
	 * {@code Query.equal("userId", id)}.
	 * @param queries filters and ordering (no limit, offset or cursor), or {@code null}
	 * @return the identities
	 */
	public Flux<Identity> listAllIdentities(@Nullable List<String> queries) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE, (page) -> listIdentities(page, null),
				Identity::id);
	}

	/**
	 * Unlinks an OAuth2 identity from its user.
	 * @param identityId the identity ID
	 * @return completion
	 */
	public Mono<Void> deleteIdentity(String identityId) {
		return Mono.defer(() -> this.transport.callForNoContent(
				ApiRequest.delete("users", "identities", Require.nonBlank("identityId", identityId)), this.context));
	}

	/**
	 * Adds a messaging target (email address, phone number or push token) to the user.
	 * @param userId the user ID
	 * @param targetId the new target's ID, or {@code ID.unique()}
	 * @param providerType the kind of target
	 * @param identifier the address: email, phone number (E.164) or push token
	 * @param providerId the messaging provider to send through, or {@code null} for the
	 * default one of that kind
	 * @param name a name for the target, e.g. the device, or {@code null}
	 * @return the target
	 */
	public Mono<Target> createTarget(String userId, String targetId, MessagingProviderType providerType,
			String identifier, @Nullable String providerId, @Nullable String name) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.post("users", Require.nonBlank("userId", userId), "targets")
				.json(JsonBody.create()
					.with("targetId", Require.id("targetId", targetId))
					.with("providerType", Require.nonNull("providerType", providerType).value())
					.with("identifier", Require.nonBlank("identifier", identifier))
					.with("providerId", providerId)
					.with("name", name)), this.context, Target.class));
	}

	/**
	 * Returns a page of the user's messaging targets.
	 * @param userId the user ID
	 * @param queries queries on userId, providerId, identifier, providerType; or
	 * {@code null}
	 * @return a page of targets
	 */
	public Mono<TargetList> listTargets(String userId, @Nullable List<String> queries) {
		return listTargets(userId, queries, null);
	}

	/**
	 * Returns a page of the user's messaging targets.
	 * @param userId the user ID
	 * @param queries queries on userId, providerId, identifier, providerType; or
	 * {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return a page of targets
	 */
	public Mono<TargetList> listTargets(String userId, @Nullable List<String> queries, @Nullable Boolean total) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("users", Require.nonBlank("userId", userId), "targets")
				.queryArray("queries", queries(queries))
				.query("total", total), this.context, TargetList.class));
	}

	/**
	 * Every messaging target of the user, fetched page by page.
	 * @param userId the user ID
	 * @param queries filters and ordering (no limit, offset or cursor), or {@code null}
	 * @return the targets
	 */
	public Flux<Target> listAllTargets(String userId, @Nullable List<String> queries) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE, (page) -> listTargets(userId, page),
				Target::id);
	}

	/**
	 * Returns the target.
	 * @param userId the user ID
	 * @param targetId the target ID
	 * @return the target
	 */
	public Mono<Target> getTarget(String userId, String targetId) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("users", Require.nonBlank("userId", userId),
				"targets", Require.nonBlank("targetId", targetId)), this.context, Target.class));
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
	public Mono<Target> updateTarget(String userId, String targetId, @Nullable String identifier,
			@Nullable String providerId, @Nullable String name) {
		return Mono.defer(() -> this.transport.call(ApiRequest
			.patch("users", Require.nonBlank("userId", userId), "targets", Require.nonBlank("targetId", targetId))
			.json(JsonBody.create().with("identifier", identifier).with("providerId", providerId).with("name", name)),
				this.context, Target.class));
	}

	/**
	 * Removes a target.
	 * @param userId the user ID
	 * @param targetId the target ID
	 * @return completion
	 */
	public Mono<Void> deleteTarget(String userId, String targetId) {
		return Mono.defer(() -> this.transport.callForNoContent(ApiRequest.delete("users",
				Require.nonBlank("userId", userId), "targets", Require.nonBlank("targetId", targetId)), this.context));
	}

	/**
	 * Create user with Argon2 password.
	 * @param userId user ID
	 * @param email user email
	 * @param password user password hashed using Argon2
	 * @param name user name, or {@code null}
	 * @return the user
	 */
	public Mono<User> createArgon2User(String userId, String email, String password, @Nullable String name) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("users", "argon2")
			.json(JsonBody.create()
				.with("userId", Require.id("userId", userId))
				.with("email", Require.nonBlank("email", email))
				.with("password", Require.nonBlank("password", password))
				.with("name", name)), this.context, User.class));
	}

	/**
	 * Create user with bcrypt password.
	 * @param userId user ID
	 * @param email user email
	 * @param password user password hashed using Bcrypt
	 * @param name user name, or {@code null}
	 * @return the user
	 */
	public Mono<User> createBcryptUser(String userId, String email, String password, @Nullable String name) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("users", "bcrypt")
			.json(JsonBody.create()
				.with("userId", Require.id("userId", userId))
				.with("email", Require.nonBlank("email", email))
				.with("password", Require.nonBlank("password", password))
				.with("name", name)), this.context, User.class));
	}

	/**
	 * Create user with MD5 password.
	 * @param userId user ID
	 * @param email user email
	 * @param password user password hashed using MD5
	 * @param name user name, or {@code null}
	 * @return the user
	 */
	public Mono<User> createMD5User(String userId, String email, String password, @Nullable String name) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("users", "md5")
			.json(JsonBody.create()
				.with("userId", Require.id("userId", userId))
				.with("email", Require.nonBlank("email", email))
				.with("password", Require.nonBlank("password", password))
				.with("name", name)), this.context, User.class));
	}

	/**
	 * Create user with PHPass password.
	 * @param userId user ID
	 * @param email user email
	 * @param password user password hashed using PHPass
	 * @param name user name, or {@code null}
	 * @return the user
	 */
	public Mono<User> createPHPassUser(String userId, String email, String password, @Nullable String name) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("users", "phpass")
			.json(JsonBody.create()
				.with("userId", Require.id("userId", userId))
				.with("email", Require.nonBlank("email", email))
				.with("password", Require.nonBlank("password", password))
				.with("name", name)), this.context, User.class));
	}

	/**
	 * Create user with Scrypt password.
	 * @param userId user ID
	 * @param email user email
	 * @param password user password hashed using Scrypt
	 * @param passwordSalt optional salt used to hash password
	 * @param passwordCpu optional CPU cost used to hash password
	 * @param passwordMemory optional memory cost used to hash password
	 * @param passwordParallel optional parallelization cost used to hash password
	 * @param passwordLength optional hash length used to hash password
	 * @param name user name, or {@code null}
	 * @return the user
	 */
	public Mono<User> createScryptUser(String userId, String email, String password, String passwordSalt,
			long passwordCpu, long passwordMemory, long passwordParallel, long passwordLength, @Nullable String name) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("users", "scrypt")
			.json(JsonBody.create()
				.with("userId", Require.id("userId", userId))
				.with("email", Require.nonBlank("email", email))
				.with("password", Require.nonBlank("password", password))
				.with("passwordSalt", Require.nonBlank("passwordSalt", passwordSalt))
				.with("passwordCpu", passwordCpu)
				.with("passwordMemory", passwordMemory)
				.with("passwordParallel", passwordParallel)
				.with("passwordLength", passwordLength)
				.with("name", name)), this.context, User.class));
	}

	/**
	 * Create user with Scrypt modified password.
	 * @param userId user ID
	 * @param email user email
	 * @param password user password hashed using Scrypt Modified
	 * @param passwordSalt salt used to hash password
	 * @param passwordSaltSeparator salt separator used to hash password
	 * @param passwordSignerKey signer key used to hash password
	 * @param name user name, or {@code null}
	 * @return the user
	 */
	public Mono<User> createScryptModifiedUser(String userId, String email, String password, String passwordSalt,
			String passwordSaltSeparator, String passwordSignerKey, @Nullable String name) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("users", "scrypt-modified")
			.json(JsonBody.create()
				.with("userId", Require.id("userId", userId))
				.with("email", Require.nonBlank("email", email))
				.with("password", Require.nonBlank("password", password))
				.with("passwordSalt", Require.nonBlank("passwordSalt", passwordSalt))
				.with("passwordSaltSeparator", Require.nonBlank("passwordSaltSeparator", passwordSaltSeparator))
				.with("passwordSignerKey", Require.nonBlank("passwordSignerKey", passwordSignerKey))
				.with("name", name)), this.context, User.class));
	}

	/**
	 * Create user with SHA password.
	 * @param userId user ID
	 * @param email user email
	 * @param password user password hashed using SHA
	 * @param passwordVersion optional SHA version used to hash password, or {@code null}
	 * @param name user name, or {@code null}
	 * @return the user
	 */
	public Mono<User> createSHAUser(String userId, String email, String password, @Nullable String passwordVersion,
			@Nullable String name) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("users", "sha")
			.json(JsonBody.create()
				.with("userId", Require.id("userId", userId))
				.with("email", Require.nonBlank("email", email))
				.with("password", Require.nonBlank("password", password))
				.with("passwordVersion", passwordVersion)
				.with("name", name)), this.context, User.class));
	}

	/**
	 * Returns a page of users. Leaves out {@code queries}, {@code search}.
	 * @return a page of users
	 */
	public Mono<UserList> list() {
		return list(null, null);
	}

	/**
	 * Returns a page of users. Leaves out {@code search}.
	 * @param queries queries on name, email, phone, status, passwordUpdate, registration,
	 * emailVerification, phoneVerification, labels; or {@code null}
	 * @return a page of users
	 */
	public Mono<UserList> list(List<String> queries) {
		return list(queries, null);
	}

	/**
	 * Every matching user, fetched page by page with cursors as the sequence is consumed.
	 * Leaves out {@code queries}.
	 * @return the users
	 */
	public Flux<User> listAll() {
		return listAll(null);
	}

	/**
	 * Returns a page of the user's team memberships. Leaves out {@code queries},
	 * {@code search}.
	 * @param userId the user ID
	 * @return a page of the user's team memberships
	 */
	public Mono<MembershipList> listMemberships(String userId) {
		return listMemberships(userId, null, null);
	}

	/**
	 * Returns a page of the user's team memberships. Leaves out {@code search}.
	 * @param userId the user ID
	 * @param queries queries
	 * @return a page of the user's team memberships
	 */
	public Mono<MembershipList> listMemberships(String userId, List<String> queries) {
		return listMemberships(userId, queries, null);
	}

	/**
	 * Returns every membership of the user, page by page. Leaves out {@code queries}.
	 * @param userId the user ID
	 * @return every membership of the user, page by page
	 */
	public Flux<Membership> listAllMemberships(String userId) {
		return listAllMemberships(userId, null);
	}

	/**
	 * Returns a page of the user's audit log (newest first). Leaves out {@code queries}.
	 * @param userId the user ID
	 * @return a page of the user's audit log
	 */
	public Mono<LogList> listLogs(String userId) {
		return listLogs(userId, null);
	}

	/**
	 * Returns a page of the project's OAuth2 identities (every user's). Leaves out
	 * {@code queries}, {@code search}.
	 * @return a page of identities
	 */
	public Mono<IdentityList> listIdentities() {
		return listIdentities(null, null);
	}

	/**
	 * Returns a page of the project's OAuth2 identities (every user's). Leaves out
	 * {@code search}.
	 * @param queries queries on userId, provider, providerUid, providerEmail,
	 * providerAccessTokenExpiry; or {@code null}
	 * @return a page of identities
	 */
	public Mono<IdentityList> listIdentities(List<String> queries) {
		return listIdentities(queries, null);
	}

	/**
	 * Every matching OAuth2 identity, fetched page by page, e.g. one user's with
	 * {@code Query.equal("userId", id)}. Leaves out {@code queries}.
	 * @return the identities
	 */
	public Flux<Identity> listAllIdentities() {
		return listAllIdentities(null);
	}

	/**
	 * Returns a page of the user's messaging targets. Leaves out {@code queries}.
	 * @param userId the user ID
	 * @return a page of targets
	 */
	public Mono<TargetList> listTargets(String userId) {
		return listTargets(userId, null);
	}

	/**
	 * Every messaging target of the user, fetched page by page. Leaves out
	 * {@code queries}.
	 * @param userId the user ID
	 * @return the targets
	 */
	public Flux<Target> listAllTargets(String userId) {
		return listAllTargets(userId, null);
	}

}
