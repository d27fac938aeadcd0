package io.github.appwritespring.autoconfigure.security.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;

/**
 * The OAuth2 state cookie, for both web stacks: it binds the random {@code state} of a
 * started OAuth2 sign-in to the browser that started it, with where to go after signing
 * in when the sign-in was started with a {@code redirect} (kept only when it is a safe
 * relative path). {@code HttpOnly}, {@code SameSite=Lax} (it must come back on the
 * provider's top-level redirect), sent only to the callback, short-lived and used up by
 * the callback.
 */
public final class OAuth2StateCookie {

	/** The longest cookie value read. */
	private static final int MAX_LENGTH = 4096;

	private final String name;

	private final Duration lifetime;

	private final String callbackPath;

	private final boolean secure;

	/**
	 * Creates a new {@code OAuth2StateCookie}.
	 * @param name the cookie's name
	 * @param lifetime how long a started sign-in may take
	 * @param callbackPath the callback's path within the application
	 * @param secure whether it is {@code Secure}
	 */
	public OAuth2StateCookie(String name, Duration lifetime, String callbackPath, boolean secure) {
		this.name = name;
		this.lifetime = lifetime;
		this.callbackPath = callbackPath;
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
	 * Returns the cookie that binds a started sign-in to the browser.
	 * @param state the random state
	 * @param after a safe relative path, or {@code null} for the success URL
	 * @param contextPath the application's context path (servlet) or base path (WebFlux),
	 * {@code ""} for none: the callback lies below it
	 * @return the cookie that binds a started sign-in to the browser
	 */
	public ResponseCookie set(String state, @Nullable String after, String contextPath) {
		return builder(encode(state, after), contextPath).maxAge(this.lifetime).build();
	}

	/**
	 * Returns the cookie that deletes the state cookie.
	 * @param contextPath the application's context path or base path, {@code ""} for none
	 * @return the cookie that deletes the state cookie
	 */
	public ResponseCookie expired(String contextPath) {
		return builder("", contextPath).maxAge(0).build();
	}

	/**
	 * Returns the state and target the browser's cookie holds, or {@code null} when it
	 * sent none or a malformed one.
	 * @param value the cookie's value, or {@code null} when the browser sent none
	 * @return the state and target the browser's cookie holds, or {@code null} when it
	 * sent none or a malformed one
	 */
	public static @Nullable Bound read(@Nullable String value) {
		if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
			return null;
		}
		int dot = value.indexOf('.');
		if (dot < 0) {
			return new Bound(value, null);
		}
		try {
			String after = new String(Base64.getUrlDecoder().decode(value.substring(dot + 1)), StandardCharsets.UTF_8);
			return new Bound(value.substring(0, dot), RedirectTargets.safeRelative(after));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String encode(String state, @Nullable String after) {
		return (after != null)
				? state + "."
						+ Base64.getUrlEncoder().withoutPadding().encodeToString(after.getBytes(StandardCharsets.UTF_8))
				: state;
	}

	private ResponseCookie.ResponseCookieBuilder builder(String value, String contextPath) {
		return ResponseCookie.from(this.name, value)
			.httpOnly(true)
			.secure(this.secure)
			.sameSite("Lax")
			.path(contextPath + this.callbackPath);
	}

	/**
	 * What the state cookie of a browser holds.
	 *
	 * @param state the random state bound to the browser
	 * @param after where to go after signing in, or {@code null} for the success URL
	 */
	public record Bound(String state, @Nullable String after) {

	}

}
