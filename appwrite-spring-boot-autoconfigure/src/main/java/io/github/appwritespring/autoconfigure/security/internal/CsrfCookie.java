package io.github.appwritespring.autoconfigure.security.internal;

import java.util.function.Consumer;

import org.springframework.http.ResponseCookie;

/**
 * The CSRF token cookie, {@code XSRF-TOKEN}, as both stacks' Spring Security cookie token
 * repositories set it: readable by the page's JavaScript (so that it can send the token
 * as {@code X-XSRF-TOKEN}), {@code SameSite=Strict}, {@code Path=/}, {@code Secure} like
 * the session cookie.
 */
public final class CsrfCookie {

	private CsrfCookie() {
	}

	/**
	 * Returns the customizer the cookie token repositories apply.
	 * @param secure whether the cookie is {@code Secure}
	 * @return the customizer the cookie token repositories apply
	 */
	public static Consumer<ResponseCookie.ResponseCookieBuilder> attributes(boolean secure) {
		return (cookie) -> cookie.secure(secure).sameSite("Strict").path("/");
	}

}
