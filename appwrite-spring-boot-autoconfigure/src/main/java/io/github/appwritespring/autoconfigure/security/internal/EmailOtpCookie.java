package io.github.appwritespring.autoconfigure.security.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;

/**
 * The email-code cookie, for both web stacks: it binds a pending sign-in by emailed code
 * to the browser that asked for the code, so that the user types only the code. It holds
 * the Appwrite user ID the code was made for and when the binding ends, never the code.
 * {@code HttpOnly}, {@code SameSite=Strict} (the code is posted from the application's
 * own page), sent only to the verify endpoint, short-lived, and used up by a successful
 * sign-in.
 * <p>
 * It is not signed, because it grants nothing: anyone can get one for any account by
 * asking for a code for its email. What protects the account is the code, which only the
 * mailbox sees, and the throttle, which counts wrong codes per user and per client
 * address whatever cookie comes with them. Its end is checked here as well as by its
 * {@code Max-Age}, and Appwrite expires the code itself.
 */
public final class EmailOtpCookie {

	private static final int MAX_LENGTH = 1024;

	private final String name;

	private final Duration lifetime;

	private final String verifyPath;

	private final boolean secure;

	private final Clock clock;

	/**
	 * Creates a new {@code EmailOtpCookie}.
	 * @param name the cookie's name
	 * @param lifetime how long the pending sign-in lasts
	 * @param verifyPath the verify endpoint's path within the application
	 * @param secure whether it is {@code Secure}
	 * @param clock the clock
	 */
	public EmailOtpCookie(String name, Duration lifetime, String verifyPath, boolean secure, Clock clock) {
		this.name = name;
		this.lifetime = lifetime;
		this.verifyPath = verifyPath;
		this.secure = secure;
		this.clock = clock;
	}

	/**
	 * Returns the cookie's name.
	 * @return the cookie's name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Returns the cookie that binds a pending sign-in to the browser.
	 * @param userId the Appwrite user the code was made for
	 * @param contextPath the application's context path (servlet) or base path (WebFlux),
	 * {@code ""} for none
	 * @return the cookie
	 */
	public ResponseCookie set(String userId, String contextPath) {
		long until = this.clock.instant().plus(this.lifetime).getEpochSecond();
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString(userId.getBytes(StandardCharsets.UTF_8))
				+ "." + until;
		return builder(value, contextPath).maxAge(this.lifetime).build();
	}

	/**
	 * Returns the cookie that deletes the email-code cookie.
	 * @param contextPath the application's context path or base path, {@code ""} for none
	 * @return the cookie that deletes it
	 */
	public ResponseCookie expired(String contextPath) {
		return builder("", contextPath).maxAge(0).build();
	}

	/**
	 * Returns the user ID of a pending sign-in the browser's cookie binds.
	 * @param value the cookie's value, or {@code null} when the browser sent none
	 * @return the user ID, or {@code null} when the cookie is missing, malformed or past
	 * its end
	 */
	public @Nullable String userId(@Nullable String value) {
		if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
			return null;
		}
		int dot = value.lastIndexOf('.');
		if (dot <= 0) {
			return null;
		}
		try {
			long until = Long.parseLong(value.substring(dot + 1));
			if (this.clock.instant().getEpochSecond() >= until) {
				return null;
			}
			String userId = new String(Base64.getUrlDecoder().decode(value.substring(0, dot)), StandardCharsets.UTF_8);
			return userId.isBlank() ? null : userId;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private ResponseCookie.ResponseCookieBuilder builder(String value, String contextPath) {
		return ResponseCookie.from(this.name, value)
			.httpOnly(true)
			.secure(this.secure)
			.sameSite("Strict")
			.path(contextPath + this.verifyPath);
	}

}
