package io.github.appwritespring.emulator.internal.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.error.ErrorTypes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.store.DocumentStore;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;

/**
 * Resolves the {@link Caller} of a request the way Appwrite 1.8 does:
 * <ol>
 * <li>a session value from cookie {@code a_session_<project>} (or {@code _legacy}), else
 * {@code X-Appwrite-Session}, else {@code X-Fallback-Cookies}; an unknown, expired or
 * malformed value silently means "no user";</li>
 * <li>{@code X-Appwrite-JWT} overrides it: a bad signature or an expired token is 401
 * {@code user_jwt_invalid}; a token whose session was deleted means "no user";</li>
 * <li>{@code X-Appwrite-Key} together with a resolved user is 403
 * {@code user_key_and_session_set}; the configured key makes the caller the API key; any
 * other key is a guest;</li>
 * <li>a blocked user ({@code status=false}) is 401 {@code user_blocked}.</li>
 * </ol>
 */
public final class CallerResolver {

	private final String projectId;

	private final String apiKey;

	private final DocumentStore store;

	private final JwtCodec jwt;

	private final Clock clock;

	/** A resolver for one project, key, store and JWT codec. */
	public CallerResolver(String projectId, String apiKey, DocumentStore store, JwtCodec jwt, Clock clock) {
		this.projectId = projectId;
		this.apiKey = apiKey;
		this.store = store;
		this.jwt = jwt;
		this.clock = clock;
		store.index(AuthCollections.SESSIONS, AuthCollections.SECRET_HASH);
		store.index(AuthCollections.SESSIONS, "userId");
		store.index(AuthCollections.MEMBERSHIPS, "userId");
	}

	/** The session cookie name: {@code a_session_<projectId>}. */
	public String cookieName() {
		return "a_session_" + this.projectId;
	}

	/**
	 * Resolves the caller; throws the {@link ApiException}s listed in the class comment.
	 */
	public Caller resolve(RequestCredentials credentials) {
		Instant now = this.clock.instant();
		ObjectNode user = null;
		ObjectNode session = null;
		String sessionValue = firstNonEmpty(credentials.sessionCookie(), credentials.sessionHeader(),
				fallbackCookie(credentials.fallbackCookies()));
		if (sessionValue != null) {
			Optional<ObjectNode> found = findSession(sessionValue, now);
			if (found.isPresent()) {
				session = found.get();
				user = this.store.get(AuthCollections.USERS, session.path("userId").asString("")).orElse(null);
				if (user == null) {
					session = null;
				}
			}
		}
		String token = credentials.jwt();
		if (token != null && !token.isEmpty()) {
			JwtCodec.Claims claims = this.jwt.verify(token, now)
				.orElseThrow(() -> new ApiException(ErrorTypes.USER_JWT_INVALID, 401,
						"The JWT token is invalid. Please check the value of the X-Appwrite-JWT header to ensure the correct token is being used."));
			user = this.store.get(AuthCollections.USERS, claims.userId()).orElse(null);
			session = this.store.get(AuthCollections.SESSIONS, claims.sessionId())
				.filter((s) -> claims.userId().equals(s.path("userId").asString("")))
				.filter((s) -> AppwriteDates.notExpired(s, now))
				.orElse(null);
			if (session == null) {
				user = null;
			}
		}
		String key = credentials.apiKey();
		if (key != null && !key.isEmpty()) {
			if (user != null) {
				throw new ApiException(ErrorTypes.USER_KEY_AND_SESSION_SET, 403,
						"API key and session used in the same request. Use either `setSession` or `setKey`. Learn about which authentication method to use in the SSR docs: https://appwrite.io/docs/products/auth/server-side-rendering");
			}
			return SessionSecrets.constantTimeEquals(key, this.apiKey) ? Caller.apiKey() : Caller.guest();
		}
		if (user == null) {
			return Caller.guest();
		}
		if (!user.path("status").asBoolean(true)) {
			throw new ApiException(ErrorTypes.USER_BLOCKED, 401, "The current user has been blocked.");
		}
		List<ObjectNode> memberships = this.store.findBy(AuthCollections.MEMBERSHIPS, "userId",
				user.path("$id").asString(""));
		return Caller.signedIn(user, session, memberships);
	}

	/**
	 * The API key caller when {@code key} is the emulator's key, else a guest; sessions
	 * are not looked at (for the emulator's own pages outside {@code /v1}).
	 */
	public Caller resolveKeyOnly(@Nullable String key) {
		return (key != null && !key.isEmpty() && SessionSecrets.constantTimeEquals(key, this.apiKey)) ? Caller.apiKey()
				: Caller.guest();
	}

	/**
	 * The stored session matching a session value (base64 JSON of user ID and secret), if
	 * valid now.
	 */
	public Optional<ObjectNode> findSession(String sessionValue, Instant now) {
		return SessionSecrets.decode(sessionValue)
			.flatMap((decoded) -> this.store
				.findBy(AuthCollections.SESSIONS, AuthCollections.SECRET_HASH, SessionSecrets.hash(decoded.secret()))
				.stream()
				.filter((s) -> decoded.userId().equals(s.path("userId").asString("")))
				.filter((s) -> AppwriteDates.notExpired(s, now))
				.findFirst());
	}

	private @Nullable String fallbackCookie(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			JsonNode cookies = Json.MAPPER.readTree(header);
			JsonNode value = cookies.get(cookieName());
			if (value == null || !value.isString()) {
				value = cookies.get(cookieName() + "_legacy");
			}
			return (value != null && value.isString()) ? value.stringValue() : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static @Nullable String firstNonEmpty(@Nullable String... values) {
		for (String value : values) {
			if (value != null && !value.isEmpty()) {
				return value;
			}
		}
		return null;
	}

}
