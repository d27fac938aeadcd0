package io.github.appwritespring.autoconfigure.security.internal;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;

/**
 * The MFA challenge cookie, for both web stacks: it binds the MFA challenge a browser
 * started (its ID) to that browser until it sends the code. {@code HttpOnly},
 * {@code SameSite=Strict} (the MFA page is the application's own), sent only to the MFA
 * endpoints, short-lived, and expired once the challenge is completed. The ID alone is
 * worth nothing: Appwrite completes a challenge only through the session that made it.
 */
public final class MfaChallengeCookie {

	private static final int MAX_LENGTH = 64;

	private final String name;

	private final Duration lifetime;

	private final String path;

	private final boolean secure;

	/**
	 * Creates a new {@code MfaChallengeCookie}.
	 * @param name the cookie's name
	 * @param lifetime how long a started challenge may take
	 * @param path the MFA endpoints' base path within the application
	 * @param secure whether it is {@code Secure}
	 */
	public MfaChallengeCookie(String name, Duration lifetime, String path, boolean secure) {
		this.name = name;
		this.lifetime = lifetime;
		this.path = path;
		this.secure = secure;
	}

	/**
	 * Returns the cookie's name.
	 * @return the cookie's name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Returns the cookie that binds a started challenge to the browser.
	 * @param challengeId the challenge's ID
	 * @param contextPath the application's context path or base path, {@code ""} for none
	 * @return the cookie
	 */
	public ResponseCookie set(String challengeId, String contextPath) {
		return builder(challengeId, contextPath).maxAge(this.lifetime).build();
	}

	/**
	 * Returns the cookie that deletes the challenge cookie.
	 * @param contextPath the application's context path or base path, {@code ""} for none
	 * @return the cookie
	 */
	public ResponseCookie expired(String contextPath) {
		return builder("", contextPath).maxAge(0).build();
	}

	/**
	 * Returns the challenge ID a cookie's value holds, or {@code null} when it is missing
	 * or not an Appwrite ID.
	 * @param value the cookie's value, or {@code null}
	 * @return the challenge ID, or {@code null}
	 */
	public static @Nullable String read(@Nullable String value) {
		if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
			return null;
		}
		boolean id = value.chars()
			.allMatch((c) -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
					|| c == '-' || c == '_');
		return id ? value : null;
	}

	/**
	 * Returns the challenge a verify request names: the browser's challenge cookie, else
	 * the {@code challengeId} field a JSON client may send instead.
	 * @param cookieValue the challenge cookie's value, or {@code null}
	 * @param fields the request's fields
	 * @return the challenge ID, or {@code null} when none is named
	 */
	public static @Nullable String challengeId(@Nullable String cookieValue, Map<String, String> fields) {
		String fromCookie = read(cookieValue);
		return (fromCookie != null) ? fromCookie : read(fields.get("challengeId"));
	}

	private ResponseCookie.ResponseCookieBuilder builder(String value, String contextPath) {
		return ResponseCookie.from(this.name, value)
			.httpOnly(true)
			.secure(this.secure)
			.sameSite("Strict")
			.path(contextPath + this.path);
	}

}
