package io.github.appwritespring.emulator.internal.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Reads {@code Cookie} request headers. */
final class Cookies {

	private Cookies() {
	}

	/**
	 * The value of cookie {@code name} in the given {@code Cookie} header values, if
	 * present.
	 */
	static Optional<String> find(@Nullable List<String> cookieHeaders, String name) {
		if (cookieHeaders == null) {
			return Optional.empty();
		}
		for (String header : cookieHeaders) {
			for (String pair : header.split(";")) {
				int eq = pair.indexOf('=');
				if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
					String value = pair.substring(eq + 1).trim();
					if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
						value = value.substring(1, value.length() - 1);
					}
					return Optional.of(decode(value));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * URL-decodes a cookie value as PHP does when it reads cookies, keeping a literal
	 * '+'.
	 */
	private static String decode(String value) {
		try {
			return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
	}

}
