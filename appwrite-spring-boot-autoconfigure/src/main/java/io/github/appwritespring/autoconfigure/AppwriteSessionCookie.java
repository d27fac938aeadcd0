package io.github.appwritespring.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The session cookie, {@code a_session_<PROJECT_ID>} (or {@code __Host-a_session_...}):
 * its name, how a request's values are read, and the {@code Set-Cookie} that sets or
 * expires it. Reading: anything that is not a well-formed Appwrite session value (not
 * base64 of a JSON object with a secret, oversized, or several different cookies of that
 * name) counts as no session, never an error, never logged. Writing: {@code HttpOnly},
 * {@code Secure}, {@code SameSite=Strict} (or Lax), {@code Path=/}, no {@code Domain},
 * expiring with the Appwrite session, then {@link AppwriteSessionCookieCustomizer}s;
 * expiring repeats the attributes it was set with, so browsers really delete it. The
 * settings are {@code appwrite.session-cookie.*}.
 *
 * @since 0.1.0
 */
public class AppwriteSessionCookie {

	/** The longest value accepted; Appwrite's are about 400 characters. */
	public static final int MAX_LENGTH = 4096;

	private static final byte[] SEXTETS = sextets();

	private static final JsonMapper USER_ID_READER = JsonMapper.builder().build();

	private final String name;

	private final boolean secure;

	private final String sameSite;

	private final List<AppwriteSessionCookieCustomizer> customizers;

	/**
	 * Creates a new {@code AppwriteSessionCookie}.
	 * @param name the cookie's name (see {@link #name(String, boolean)})
	 * @param secure whether it is {@code Secure}
	 * @param sameSite its {@code SameSite} attribute, {@code Strict} or {@code Lax}
	 * @param customizers applied, in order, whenever it is set or expired
	 */
	public AppwriteSessionCookie(String name, boolean secure, String sameSite,
			List<AppwriteSessionCookieCustomizer> customizers) {
		this.name = name;
		this.secure = secure;
		this.sameSite = sameSite;
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * Returns the cookie's name.
	 * @return the cookie's name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Returns whether the cookie is {@code Secure}; the Spring Security integration's
	 * other cookies follow it.
	 * @return whether the cookie is {@code Secure}
	 */
	public boolean isSecure() {
		return this.secure;
	}

	/**
	 * Returns the session value a request carries, or {@code null} (see
	 * {@link #select(List)}).
	 * @param values every value the request carries for this cookie's name, in order
	 * @return the session value a request carries, or {@code null}
	 */
	public @Nullable String read(List<String> values) {
		return select(values);
	}

	/**
	 * Returns the cookie that signs the browser in.
	 * @param secret the session secret
	 * @param expire when the Appwrite session expires, or {@code null} for a
	 * browser-session cookie
	 * @return the cookie that signs the browser in
	 */
	public ResponseCookie set(String secret, @Nullable Instant expire) {
		return companion(this.name, secret, expire);
	}

	/**
	 * Returns the cookie that deletes the session cookie.
	 * @return the cookie that deletes the session cookie
	 */
	public ResponseCookie expired() {
		return companionExpired(this.name);
	}

	/**
	 * Returns a cookie that travels with the session cookie: another name and value with
	 * the session cookie's attributes, customizations and lifetime, so that the browser
	 * sends it wherever and for as long as it sends the session cookie.
	 * @param name the companion cookie's name
	 * @param value its value
	 * @param expire when the Appwrite session expires, or {@code null} for a
	 * browser-session cookie
	 * @return the companion cookie
	 */
	public ResponseCookie companion(String name, String value, @Nullable Instant expire) {
		ResponseCookie.ResponseCookieBuilder cookie = builder(name, value);
		if (expire != null) {
			cookie.maxAge(Duration.between(Instant.now(), expire).toSeconds());
		}
		return customized(cookie);
	}

	/**
	 * Returns the cookie that deletes a companion cookie.
	 * @param name the companion cookie's name
	 * @return the cookie that deletes it
	 */
	public ResponseCookie companionExpired(String name) {
		return customized(builder(name, "").maxAge(0));
	}

	private ResponseCookie.ResponseCookieBuilder builder(String name, String value) {
		return ResponseCookie.from(name, value).httpOnly(true).secure(this.secure).sameSite(this.sameSite).path("/");
	}

	private ResponseCookie customized(ResponseCookie.ResponseCookieBuilder cookie) {
		for (AppwriteSessionCookieCustomizer customizer : this.customizers) {
			customizer.customize(cookie);
		}
		return cookie.build();
	}

	/**
	 * Returns the cookie's name, {@code a_session_<PROJECT_ID>}.
	 * @param projectId the project ID
	 * @return the cookie's name, {@code a_session_<PROJECT_ID>}
	 */
	public static String name(String projectId) {
		return "a_session_" + projectId;
	}

	/**
	 * Returns the cookie's name, {@code a_session_<PROJECT_ID>} or
	 * {@code __Host-a_session_<PROJECT_ID>}.
	 * @param projectId the project ID
	 * @param hostPrefix whether the name carries the {@code __Host-} prefix
	 * @return the cookie's name, {@code a_session_<PROJECT_ID>} or
	 * {@code __Host-a_session_<PROJECT_ID>}
	 */
	public static String name(String projectId, boolean hostPrefix) {
		return (hostPrefix ? "__Host-" : "") + name(projectId);
	}

	/**
	 * Returns the session value, or {@code null} when there is none or it is malformed or
	 * ambiguous.
	 * @param values every value the request carries for the cookie, in order
	 * @return the session value, or {@code null} when there is none or it is malformed or
	 * ambiguous
	 */
	public static @Nullable String select(List<String> values) {
		String selected = unambiguous(values);
		return (selected != null && isWellFormed(selected)) ? selected : null;
	}

	/**
	 * Returns the value, or {@code null} when there is none or several different ones
	 * (which one the browser meant cannot be known).
	 * @param values every value a request carries for one cookie name
	 * @return the value, or {@code null} when there is none or several different ones
	 * (which one the browser meant cannot be known)
	 */
	public static @Nullable String unambiguous(List<String> values) {
		String selected = null;
		for (String value : values) {
			if (selected != null && !selected.equals(value)) {
				return null;
			}
			selected = value;
		}
		return selected;
	}

	/**
	 * Returns the user ID an Appwrite session value names: the value is the Base64 of
	 * {@code {"id": userId, "secret": ...}}. A forged ID gains nothing, since Appwrite
	 * refuses a session whose ID and secret do not belong together; it serves to count
	 * attempts per account.
	 * @param value a session value
	 * @return the user ID, or {@code null} when the value names none
	 */
	public static @Nullable String userId(String value) {
		try {
			JsonNode node = USER_ID_READER.readTree(Base64.getDecoder().decode(value.trim()));
			JsonNode id = (node != null) ? node.get("id") : null;
			return (id != null && id.isString() && !id.asString().isBlank() && id.asString().length() <= 64)
					? id.asString() : null;
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return null;
		}
	}

	/**
	 * Checks, without allocating, that a value is base64 (standard or URL alphabet) of a
	 * JSON object that names a {@code "secret"}, as Appwrite's session values are.
	 * @param value a cookie value
	 * @return whether it looks like an Appwrite session value
	 */
	public static boolean isWellFormed(String value) {
		int length = value.length();
		if (length < 8 || length > MAX_LENGTH) {
			return false;
		}
		JsonShape shape = new JsonShape();
		int bits = 0;
		int bitCount = 0;
		int padding = 0;
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c == '=') {
				padding++;
				continue;
			}
			int sextet = sextet(c);
			if (sextet < 0 || padding > 0) {
				return false;
			}
			bits = (bits << 6) | sextet;
			bitCount += 6;
			if (bitCount >= 8) {
				bitCount -= 8;
				shape.accept((bits >> bitCount) & 0xFF);
			}
		}
		return padding <= 2 && shape.isObjectWithSecret();
	}

	private static int sextet(char c) {
		return (c < SEXTETS.length) ? SEXTETS[c] : -1;
	}

	private static byte[] sextets() {
		byte[] table = new byte[128];
		java.util.Arrays.fill(table, (byte) -1);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
		for (int i = 0; i < alphabet.length(); i++) {
			table[alphabet.charAt(i)] = (byte) i;
		}
		table['+'] = 62;
		table['-'] = 62;
		table['/'] = 63;
		table['_'] = 63;
		return table;
	}

	/**
	 * Follows decoded bytes: the first non-blank one must open an object, the last close
	 * it, and the key {@code "secret"} must appear.
	 */
	private static final class JsonShape {

		private static final byte[] SECRET = "\"secret\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

		private int first = -1;

		private int last = -1;

		private int matched;

		private boolean sawSecret;

		void accept(int b) {
			if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
				if (this.first < 0) {
					this.first = b;
				}
				this.last = b;
			}
			if (!this.sawSecret) {
				this.matched = (b == SECRET[this.matched]) ? this.matched + 1 : ((b == SECRET[0]) ? 1 : 0);
				this.sawSecret = this.matched == SECRET.length;
			}
		}

		boolean isObjectWithSecret() {
			return this.first == '{' && this.last == '}' && this.sawSecret;
		}

	}

}
