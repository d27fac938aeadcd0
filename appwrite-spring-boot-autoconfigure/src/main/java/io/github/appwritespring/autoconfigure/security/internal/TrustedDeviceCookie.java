package io.github.appwritespring.autoconfigure.security.internal;

import java.time.Duration;

import org.springframework.http.ResponseCookie;

/**
 * The trusted-device cookie, for both web stacks: a signed token saying that this browser
 * has signed in to an account before, which the login throttle trusts. {@code HttpOnly},
 * {@code SameSite=Strict}, and sent only to the sign-in endpoint, the one place it is
 * read.
 */
public final class TrustedDeviceCookie {

	private final String name;

	private final String loginPath;

	private final boolean secure;

	/**
	 * Creates a new {@code TrustedDeviceCookie}.
	 * @param name the cookie's name
	 * @param loginPath the sign-in endpoint's path within the application
	 * @param secure whether it is {@code Secure}
	 */
	public TrustedDeviceCookie(String name, String loginPath, boolean secure) {
		this.name = name;
		this.loginPath = loginPath;
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
	 * Returns the trusted-device cookie.
	 * @param token the signed device token
	 * @param lifetime how long the token is accepted
	 * @param contextPath the application's context path or base path, {@code ""} for none
	 * @return the trusted-device cookie
	 */
	public ResponseCookie set(String token, Duration lifetime, String contextPath) {
		return ResponseCookie.from(this.name, token)
			.httpOnly(true)
			.secure(this.secure)
			.sameSite("Strict")
			.path(contextPath + this.loginPath)
			.maxAge(lifetime)
			.build();
	}

}
