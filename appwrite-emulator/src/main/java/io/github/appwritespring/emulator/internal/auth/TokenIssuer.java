package io.github.appwritespring.emulator.internal.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.store.DocumentStore;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Documents;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * One-time tokens (collection {@link AuthCollections#TOKENS}) that
 * {@code POST /account/sessions/token} exchanges for a session: made by the OAuth2 flow
 * and by {@code POST /users/{userId}/tokens}. Only the hash of the secret is stored;
 * redeeming deletes the token.
 */
public final class TokenIssuer {

	/**
	 * Internal field: the session provider the token leads to ({@code oauth2},
	 * {@code token}).
	 */
	private static final String PROVIDER = "_provider";

	/** Internal field: what redeems the token. */
	private static final String TYPE = "_type";

	/** Internal field: the factor of the session a session token creates. */
	private static final String FACTOR = "_factor";

	/** Internal field: what redeeming verifies. */
	private static final String VERIFIES = "_verifies";

	/** The type of tokens exchanged for sessions. */
	public static final String SESSION = "session";

	private final DocumentStore store;

	private final Clock clock;

	/** Tokens kept in {@code store}. */
	public TokenIssuer(DocumentStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
		store.index(AuthCollections.TOKENS, AuthCollections.SECRET_HASH);
		store.index(AuthCollections.TOKENS, "userId");
	}

	/**
	 * Issues a token.
	 * @param secretLength number of hex characters of the secret
	 * @param provider the provider of the session it will create ({@code oauth2} or
	 * {@code token})
	 */
	public Issued issue(String userId, int secretLength, Duration lifetime, String provider) {
		String secret = SessionSecrets.newSecret((secretLength + 1) / 2).substring(0, secretLength);
		String factor = "oauth2".equals(provider) ? "email" : "token";
		return issue(userId, secret, lifetime, SESSION, provider, factor, "");
	}

	/**
	 * Issues a token with a given secret.
	 * @param type what redeems it: {@link #SESSION} (exchanged for a session),
	 * {@code recovery}, {@code verification}, {@code phoneVerification}
	 * @param provider for session tokens, the session's provider ({@code magic-url},
	 * {@code token}, {@code phone}, {@code oauth2})
	 * @param factor for session tokens, the factor the session gets
	 * @param verifies {@code email} or {@code phone} when redeeming verifies it, else
	 * {@code ""}
	 */
	public Issued issue(String userId, String secret, Duration lifetime, String type, String provider, String factor,
			String verifies) {
		Instant now = this.clock.instant();
		ObjectNode token = Json.object();
		token.put("$id", Ids.unique());
		token.put("$createdAt", AppwriteDates.format(now));
		token.put("userId", userId);
		token.put("expire", AppwriteDates.format(now.plus(lifetime)));
		token.put("phrase", "");
		token.put(PROVIDER, provider);
		token.put(TYPE, type);
		token.put(FACTOR, factor);
		token.put(VERIFIES, verifies);
		token.put(AuthCollections.SECRET_HASH, SessionSecrets.hash(secret));
		this.store.put(AuthCollections.TOKENS, token.path("$id").asString(), token);
		return new Issued(token, secret);
	}

	/**
	 * Redeems a token: if {@code secret} belongs to an unexpired token of {@code userId},
	 * deletes it and returns the session provider it leads to.
	 */
	public Optional<String> redeem(String userId, String secret) {
		return redeem(userId, secret, SESSION).map((t) -> t.path(PROVIDER).asString("token"));
	}

	/**
	 * Redeems a token of a type atomically (so a secret sent twice at once works once):
	 * if {@code secret} belongs to an unexpired token of {@code userId} and that type,
	 * deletes it and returns it.
	 */
	public Optional<ObjectNode> redeem(String userId, String secret, String type) {
		Instant now = this.clock.instant();
		return this.store.write(() -> this.store
			.findBy(AuthCollections.TOKENS, AuthCollections.SECRET_HASH, SessionSecrets.hash(secret))
			.stream()
			.filter((t) -> userId.equals(t.path("userId").asString("")))
			.filter((t) -> type.equals(t.path(TYPE).asString(SESSION)))
			.filter((t) -> AppwriteDates.notExpired(t, now))
			.findFirst()
			.map((t) -> {
				this.store.delete(AuthCollections.TOKENS, t.path("$id").asString());
				return t;
			}));
	}

	/** The session provider a redeemed session token leads to. */
	public static String provider(ObjectNode token) {
		return token.path(PROVIDER).asString("token");
	}

	/** The factor a redeemed session token gives the session. */
	public static String factor(ObjectNode token) {
		return token.path(FACTOR).asString("token");
	}

	/** What redeeming the token verifies: {@code email}, {@code phone} or {@code ""}. */
	public static String verifies(ObjectNode token) {
		return token.path(VERIFIES).asString("");
	}

	/** The Token model; {@code secret} only for API-key callers. */
	public static ObjectNode toModel(Issued issued, Caller caller) {
		ObjectNode model = Documents.publicView(issued.stored());
		model.put("secret", caller.isKey() ? issued.secret() : "");
		return model;
	}

	/** A new token and its secret (to hand out once). */
	public record Issued(ObjectNode stored, String secret) {

		@Override
		public String toString() {
			return "Issued[" + this.stored.path("$id").asString("") + ", secret=<hidden>]";
		}

	}

}
