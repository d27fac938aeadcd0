package io.github.appwritespring.emulator.internal.auth;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.error.ErrorTypes;
import io.github.appwritespring.emulator.internal.json.Json;

/**
 * Who sent a request, resolved once per request: the API key, a signed-in user (with the
 * session used, absent for a JWT whose session was checked), or a guest.
 *
 * <p>
 * {@link #roles()} are the Appwrite role strings the caller holds, used by permission
 * checks: {@code any} and {@code guests} for guests; {@code any}, {@code users},
 * {@code user:ID}, {@code users/verified|unverified},
 * {@code user:ID/verified|unverified}, then per confirmed membership {@code team:T},
 * {@code team:T/ROLE}, {@code member:M}, and per label {@code label:L} for users;
 * {@code any} and {@code apps} for the API key (which skips permission checks anyway).
 */
public final class Caller {

	private static final Caller KEY = new Caller(true, null, null, List.of("any", "apps"));

	private static final Caller GUEST = new Caller(false, null, null, List.of("any", "guests"));

	private final boolean key;

	private final @Nullable ObjectNode user;

	private final @Nullable ObjectNode session;

	private final Set<String> roles;

	private final List<String> orderedRoles;

	private Caller(boolean key, @Nullable ObjectNode user, @Nullable ObjectNode session, List<String> roles) {
		this.key = key;
		this.user = user;
		this.session = session;
		this.orderedRoles = List.copyOf(roles);
		this.roles = Set.copyOf(roles);
	}

	/** The caller authenticated with the emulator's API key. */
	public static Caller apiKey() {
		return KEY;
	}

	/** A caller without user and without a valid key. */
	public static Caller guest() {
		return GUEST;
	}

	/**
	 * A signed-in user.
	 * @param user the stored user document
	 * @param session the stored session document used, if any
	 * @param memberships the user's stored membership documents (unconfirmed ones are
	 * ignored)
	 */
	public static Caller signedIn(ObjectNode user, @Nullable ObjectNode session, List<ObjectNode> memberships) {
		return new Caller(false, user, session, UserRoles.of(user, memberships));
	}

	/** Whether the request carried the emulator's API key. */
	public boolean isKey() {
		return this.key;
	}

	/** Whether there is neither a user nor a valid key. */
	public boolean isGuest() {
		return !this.key && this.user == null;
	}

	/** The signed-in user's stored document (a copy), if any. */
	public Optional<ObjectNode> user() {
		return Optional.ofNullable(this.user).map(ObjectNode::deepCopy);
	}

	/** The signed-in user's ID, or {@code null}. */
	public @Nullable String userId() {
		return (this.user == null) ? null : this.user.path("$id").asString(null);
	}

	/** The stored session document (a copy) the user signed in with, if any. */
	public Optional<ObjectNode> session() {
		return Optional.ofNullable(this.session).map(ObjectNode::deepCopy);
	}

	/** The session's ID, or {@code null}. */
	public @Nullable String sessionId() {
		return (this.session == null) ? null : this.session.path("$id").asString(null);
	}

	/**
	 * Whether the caller signed in with a session that MFA still limits (Appwrite answers
	 * 401 {@code user_more_factors_required} outside the {@code mfa} routes).
	 */
	public boolean needsMoreFactors() {
		return !this.key && this.user != null && this.session != null && MfaState.limited(this.user, this.session);
	}

	/** The role strings the caller holds (see the class comment). */
	public Set<String> roles() {
		return this.roles;
	}

	/** The role strings in Appwrite's order, for messages. */
	public List<String> rolesInOrder() {
		return this.orderedRoles;
	}

	/**
	 * Appwrite's role label for scope messages: {@code guests}, {@code users} or
	 * {@code applications}.
	 */
	public String roleLabel() {
		return this.key ? "applications" : (this.user == null) ? "guests" : "users";
	}

	/**
	 * Whether the caller holds {@code scope}. The API key holds every scope but
	 * {@code account} (Appwrite keys cannot have it: account routes need a user).
	 */
	public boolean hasScope(String scope) {
		if (this.key) {
			return !Scopes.ACCOUNT.equals(scope);
		}
		return ((this.user == null) ? Scopes.GUESTS : Scopes.USERS).contains(scope);
	}

	/**
	 * Throws 401 {@code general_unauthorized_scope} unless the caller holds
	 * {@code scope}, with Appwrite's message, e.g.
	 * {@code User (role: guests) missing scopes (["account"])}.
	 */
	public void requireScope(String scope) {
		if (!hasScope(scope)) {
			String who = (this.user == null) ? "User" : this.user.path("email").asString("User");
			if (who.isEmpty()) {
				who = "User";
			}
			throw new ApiException(ErrorTypes.GENERAL_UNAUTHORIZED_SCOPE, 401,
					who + " (role: " + roleLabel() + ") missing scopes (" + Json.strings(List.of(scope)) + ")");
		}
	}

	@Override
	public String toString() {
		return this.key ? "Caller[apiKey]" : (this.user == null) ? "Caller[guest]" : "Caller[user " + userId() + "]";
	}

}
