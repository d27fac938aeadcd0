package io.github.appwritespring.autoconfigure.security.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;

/**
 * How both stacks read an Appwrite JWT from an API client's request, on the paths
 * {@code appwrite.security.jwt.paths} names: from {@code Authorization: Bearer <jwt>} or
 * Appwrite's own {@code X-Appwrite-JWT}. On those paths the session cookie is never read
 * (a JWT on JWT paths, the cookie elsewhere, never both), so no CSRF token is needed and
 * no cookie is set. A token that is not a JWT, or several different tokens, or a JWT
 * whose {@code exp} has passed, is refused without asking Appwrite: 401 with
 * {@code WWW-Authenticate: Bearer error="invalid_token"} and nothing else. A request
 * without a token is anonymous, and gets 401 with {@code WWW-Authenticate: Bearer} where
 * it needs a user.
 */
public final class AppwriteJwts {

	/** Appwrite's own header for a JWT. */
	public static final String HEADER = "X-Appwrite-JWT";

	/** The request attribute that marks a request on a JWT path. */
	public static final String ATTRIBUTE = AppwriteJwts.class.getName() + ".path";

	/** The longest JWT read; Appwrite's are a few hundred characters. */
	private static final int MAX_LENGTH = 4096;

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final List<PathPattern> paths;

	private AppwriteJwts(List<PathPattern> paths) {
		this.paths = paths;
	}

	/**
	 * Returns the JWT paths, or {@code null} when JWTs are off (no paths).
	 * @param patterns path patterns within the application, e.g. {@code /api/**}
	 * @return the JWT paths, or {@code null}
	 */
	public static @Nullable AppwriteJwts of(List<String> patterns) {
		if (patterns.isEmpty()) {
			return null;
		}
		PathPatternParser parser = PathPatternParser.defaultInstance;
		return new AppwriteJwts(patterns.stream().map(parser::parse).toList());
	}

	/**
	 * Returns whether a path is a JWT path.
	 * @param pathWithinApplication the request's path within the application
	 * @return whether JWTs, not the cookie, authenticate it
	 */
	public boolean matches(String pathWithinApplication) {
		PathContainer path = PathContainer.parsePath(pathWithinApplication);
		return this.paths.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	/**
	 * Returns what a request presents: no token, one JWT, or something refused.
	 * @param authorization every {@code Authorization} value (only {@code Bearer} ones
	 * count)
	 * @param appwriteJwt every {@code X-Appwrite-JWT} value
	 * @return what the request presents
	 */
	public static Presented presented(List<String> authorization, List<String> appwriteJwt) {
		String found = null;
		int count = 0;
		for (String value : authorization) {
			if (value.length() >= 7 && value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
				String token = value.substring(7).strip();
				if (found != null && !found.equals(token)) {
					return Presented.INVALID;
				}
				found = token;
				count++;
			}
		}
		for (String token : appwriteJwt) {
			if (found != null && !found.equals(token.strip())) {
				return Presented.INVALID;
			}
			found = token.strip();
			count++;
		}
		if (count == 0 || found == null) {
			return Presented.NONE;
		}
		Instant expire = expiry(found);
		return (expire != null) ? new Presented(found, expire) : Presented.INVALID;
	}

	/**
	 * Returns a JWT's {@code exp} claim, read without checking its signature (Appwrite
	 * checks it), or {@code null} when the token is not a JWT with one.
	 * @param jwt a token
	 * @return its expiry, or {@code null}
	 */
	static @Nullable Instant expiry(String jwt) {
		if (jwt.length() > MAX_LENGTH || !SHAPE.matcher(jwt).matches()) {
			return null;
		}
		try {
			String payload = jwt.substring(jwt.indexOf('.') + 1, jwt.lastIndexOf('.'));
			JsonNode claims = MAPPER
				.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
			JsonNode exp = (claims != null) ? claims.get("exp") : null;
			return (exp != null && exp.isIntegralNumber()) ? Instant.ofEpochSecond(exp.asLong()) : null;
		}
		catch (IllegalArgumentException | JacksonException | java.time.DateTimeException ex) {
			return null;
		}
	}

	/**
	 * Returns the answer to a refused token: 401 with
	 * {@code WWW-Authenticate: Bearer error="invalid_token"} and no body.
	 * @return the answer
	 */
	public static Answer invalidToken() {
		return Answer.empty(401).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
	}

	/**
	 * Returns the answer to a JWT the starter would not ask Appwrite about (the client is
	 * throttled): the reason's status and JSON error, with {@code Retry-After}.
	 * @param ex why
	 * @return the answer
	 */
	public static Answer refused(AppwriteSignInException ex) {
		Reason reason = ex.getReason();
		return Answer.failure(true, reason.status(), reason.code(), reason.message())
			.withRetryAfter((reason == Reason.THROTTLED) ? ex.getRetryAfter() : null);
	}

	/**
	 * Returns the answer to a request on a JWT path that needs a user and brought no
	 * token: 401 with {@code WWW-Authenticate: Bearer}.
	 * @return the answer
	 */
	public static Answer tokenRequired() {
		return Answer.empty(401).withHeader("WWW-Authenticate", "Bearer");
	}

	/**
	 * What a request presents on a JWT path.
	 *
	 * @param jwt the JWT, or {@code null} for none or a refused one
	 * @param expire its expiry, or {@code null}
	 */
	public record Presented(@Nullable String jwt, @Nullable Instant expire) {

		/** No token: the request is anonymous. */
		public static final Presented NONE = new Presented(null, null);

		/** A token refused without asking Appwrite. */
		public static final Presented INVALID = new Presented(null, Instant.EPOCH);

		/**
		 * Returns whether the request is refused at once: a malformed token, different
		 * tokens, or an expired one.
		 * @param now the time now
		 * @return whether it is refused without asking Appwrite
		 */
		public boolean refused(Instant now) {
			return this.expire != null && !this.expire.isAfter(now);
		}

		@Override
		public String toString() {
			return "Presented[" + ((this.jwt != null) ? "jwt" : (this.expire != null) ? "invalid" : "none") + "]";
		}

	}

}
