package io.github.appwritespring.autoconfigure.security;

import java.time.Duration;

import org.springframework.http.ResponseCookie;

/**
 * Reads a {@code Set-Cookie} header back into a {@link ResponseCookie}, to check its attributes as sent on the
 * wire.
 */
public final class SetCookies {

	private SetCookies() {
	}

	/**
	 * @param header a Set-Cookie header value
	 * @return the cookie it sets
	 */
	public static ResponseCookie parse(String header) {
		String[] parts = header.split(";");
		int eq = parts[0].indexOf('=');
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(parts[0].substring(0, eq).trim(),
				parts[0].substring(eq + 1).trim());
		cookie.maxAge(Duration.ofSeconds(-1));
		for (int i = 1; i < parts.length; i++) {
			String part = parts[i].trim();
			int sep = part.indexOf('=');
			String key = ((sep < 0) ? part : part.substring(0, sep)).toLowerCase(java.util.Locale.ROOT);
			String value = (sep < 0) ? "" : part.substring(sep + 1);
			switch (key) {
				case "max-age" -> cookie.maxAge(Long.parseLong(value));
				case "path" -> cookie.path(value);
				case "domain" -> cookie.domain(value);
				case "secure" -> cookie.secure(true);
				case "httponly" -> cookie.httpOnly(true);
				case "samesite" -> cookie.sameSite(value);
				default -> {
				}
			}
		}
		return cookie.build();
	}

}
