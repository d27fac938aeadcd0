package io.github.appwritespring.autoconfigure.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * The {@code state} of an OAuth2 sign-in: a random value put both in the callback URL
 * given to Appwrite and in a short-lived cookie of the browser that started it. A
 * callback whose state does not match the cookie was not started by this browser (e.g. a
 * link that would sign the victim into an attacker's account) and is refused.
 */
public final class OAuth2States {

	private static final SecureRandom RANDOM = new SecureRandom();

	private OAuth2States() {
	}

	/**
	 * Returns a new random state (256 bits, URL-safe).
	 * @return a new random state (256 bits, URL-safe)
	 */
	public static String newState() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Returns whether both are present and equal (compared in constant time).
	 * @param fromUrl the state the callback URL carries
	 * @param fromCookie the state of the browser's cookie
	 * @return whether both are present and equal (compared in constant time)
	 */
	public static boolean matches(@Nullable String fromUrl, @Nullable String fromCookie) {
		if (fromUrl == null || fromCookie == null || fromUrl.isEmpty() || fromCookie.isEmpty()) {
			return false;
		}
		return MessageDigest.isEqual(fromUrl.getBytes(StandardCharsets.UTF_8),
				fromCookie.getBytes(StandardCharsets.UTF_8));
	}

}
