package io.github.appwritespring.emulator.internal.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.store.DocumentStore;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Documents;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * Creates sessions (collection {@link AuthCollections#SESSIONS}) and renders the Session
 * model. The session value (see {@link SessionSecrets}) exists only in the creation
 * response; the store keeps the hash of its secret. Beyond the per-user maximum the
 * oldest sessions are deleted.
 */
public final class SessionIssuer {

	private final DocumentStore store;

	private final Clock clock;

	private final Duration length;

	private final int maxPerUser;

	/** An issuer with the project's session length and per-user maximum. */
	public SessionIssuer(DocumentStore store, Clock clock, Duration length, int maxPerUser) {
		this.store = store;
		this.clock = clock;
		this.length = length;
		this.maxPerUser = maxPerUser;
	}

	/** The session lifetime. */
	public Duration length() {
		return this.length;
	}

	/**
	 * Creates a session for a user.
	 * @param provider {@code email}, {@code token}, {@code oauth2}, {@code server}, ...
	 * @param providerUid the email for email logins, else {@code ""}
	 * @param factors e.g. {@code ["password"]}
	 */
	public Issued issue(String userId, String provider, String providerUid, List<String> factors, String ip,
			String userAgent) {
		Instant now = this.clock.instant();
		String secret = SessionSecrets.newSecret(128);
		String date = AppwriteDates.format(now);
		ObjectNode session = Json.object();
		session.put("$id", Ids.unique());
		session.put("$createdAt", date);
		session.put("$updatedAt", date);
		session.put("userId", userId);
		session.put("expire", AppwriteDates.format(now.plus(this.length)));
		session.put("provider", provider);
		session.put("providerUid", providerUid);
		session.put("providerAccessToken", "");
		session.put("providerAccessTokenExpiry", "");
		session.put("providerRefreshToken", "");
		session.put("ip", ip);
		UserAgentInfo.describe(userAgent, session);
		session.put("countryCode", "--");
		session.put("countryName", "Unknown");
		session.set("factors", Json.strings(factors));
		session.put("mfaUpdatedAt", "");
		session.put(AuthCollections.SECRET_HASH, SessionSecrets.hash(secret));
		this.store.write(() -> {
			this.store.put(AuthCollections.SESSIONS, session.path("$id").asString(), session);
			List<ObjectNode> sessions = this.store.findBy(AuthCollections.SESSIONS, "userId", userId);
			for (int i = 0; i < sessions.size() - this.maxPerUser; i++) {
				this.store.delete(AuthCollections.SESSIONS, sessions.get(i).path("$id").asString());
			}
		});
		return new Issued(session, SessionSecrets.encode(userId, secret));
	}

	/**
	 * The Session model: internal fields removed, {@code current} set when it is the
	 * caller's session, {@code secret} the session value only for API-key callers at
	 * creation (else {@code ""}).
	 */
	public static ObjectNode toModel(ObjectNode stored, Caller caller, @Nullable String value) {
		ObjectNode model = Documents.publicView(stored);
		String id = stored.path("$id").asString("");
		model.put("current", id.equals(caller.sessionId()));
		model.put("secret", (caller.isKey() && value != null) ? value : "");
		return model;
	}

	/**
	 * A SessionList model {@code {total, sessions}} of the sessions that have not
	 * expired, oldest first.
	 * @param withTotal false when the client sent {@code total=false} ({@code total} is
	 * then 0)
	 */
	public ObjectNode listModel(List<ObjectNode> sessions, Caller caller, boolean withTotal) {
		Instant now = this.clock.instant();
		ArrayNode list = Json.array();
		for (ObjectNode session : sessions) {
			if (AppwriteDates.notExpired(session, now)) {
				list.add(toModel(session, caller, null));
			}
		}
		ObjectNode body = Json.object();
		body.put("total", withTotal ? list.size() : 0);
		body.set("sessions", list);
		return body;
	}

	/** The user's sessions, oldest first. */
	public List<ObjectNode> sessionsOf(String userId) {
		return this.store.findBy(AuthCollections.SESSIONS, "userId", userId);
	}

	/**
	 * A new session: the stored document and the session value to hand out (cookie /
	 * secret).
	 */
	public record Issued(ObjectNode stored, String value) {

		@Override
		public String toString() {
			return "Issued[" + this.stored.path("$id").asString("") + ", value=<hidden>]";
		}

	}

}
