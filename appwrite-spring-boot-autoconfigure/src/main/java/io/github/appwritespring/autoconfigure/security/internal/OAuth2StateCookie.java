package io.github.appwritespring.autoconfigure.security.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * The value of the OAuth2 state cookie, for both web stacks: the random state, and where
 * to go after signing in when the sign-in was started with a {@code redirect} (kept only
 * when it is a safe relative path).
 *
 * @param state the random state bound to the browser
 * @param after where to go after signing in, or {@code null} for the success URL
 */
public record OAuth2StateCookie(String state, @Nullable String after) {

	/** The longest cookie value read. */
	private static final int MAX_LENGTH = 4096;

	/**
	 * Returns the cookie's value.
	 * @param state the random state
	 * @param after a safe relative path, or {@code null}
	 * @return the cookie's value
	 */
	public static String encode(String state, @Nullable String after) {
		return (after != null)
				? state + "."
						+ Base64.getUrlEncoder().withoutPadding().encodeToString(after.getBytes(StandardCharsets.UTF_8))
				: state;
	}

	/**
	 * Returns the state and target, or {@code null} when absent or malformed.
	 * @param value the cookie's value, or {@code null} when the browser sent none
	 * @return the state and target, or {@code null} when absent or malformed
	 */
	public static @Nullable OAuth2StateCookie decode(@Nullable String value) {
		if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
			return null;
		}
		int dot = value.indexOf('.');
		if (dot < 0) {
			return new OAuth2StateCookie(value, null);
		}
		try {
			String after = new String(Base64.getUrlDecoder().decode(value.substring(dot + 1)), StandardCharsets.UTF_8);
			return new OAuth2StateCookie(value.substring(0, dot), RedirectTargets.safeRelative(after));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
