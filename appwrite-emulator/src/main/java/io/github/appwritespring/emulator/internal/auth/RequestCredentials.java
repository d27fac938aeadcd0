package io.github.appwritespring.emulator.internal.auth;

import org.jspecify.annotations.Nullable;

/**
 * The credential-bearing parts of a request, as sent (null when absent).
 *
 * @param apiKey {@code X-Appwrite-Key}
 * @param sessionCookie cookie {@code a_session_<project>}, else
 * {@code a_session_<project>_legacy}
 * @param sessionHeader {@code X-Appwrite-Session}
 * @param fallbackCookies {@code X-Fallback-Cookies} (a JSON object of cookie name to
 * value)
 * @param jwt {@code X-Appwrite-JWT}
 */
public record RequestCredentials(@Nullable String apiKey, @Nullable String sessionCookie,
		@Nullable String sessionHeader, @Nullable String fallbackCookies, @Nullable String jwt) {

	@Override
	public String toString() {
		return "RequestCredentials[<hidden>]";
	}
}
