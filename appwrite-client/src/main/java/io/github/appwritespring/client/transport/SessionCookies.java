package io.github.appwritespring.client.transport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.client.internal.Json;

/**
 * Reads the session Appwrite sets in its answer's cookie headers: the
 * {@code a_session_<PROJECT_ID>} cookie (its {@code _legacy} twin as a fallback), else
 * the {@code X-Fallback-Cookies} header (a JSON object of cookie name to value). Only for
 * the calls that hand a session over in no other way; the values are never logged.
 */
final class SessionCookies {

	/** Appwrite's header for clients that cannot read cookies. */
	static final String FALLBACK_HEADER = "X-Fallback-Cookies";

	private SessionCookies() {
	}

	/**
	 * Returns the session value Appwrite set, or {@code null} when it set none (or
	 * expired it).
	 * @param cookies the answer's {@code Set-Cookie} cookies by name
	 * @param headers the answer's headers
	 * @param projectId the project ID the cookie is named after
	 * @return the session value, or {@code null}
	 */
	static @Nullable String read(MultiValueMap<String, ResponseCookie> cookies, HttpHeaders headers, String projectId) {
		String name = "a_session_" + projectId;
		String value = fromCookies(cookies.get(name));
		if (value == null) {
			value = fromCookies(cookies.get(name + "_legacy"));
		}
		if (value == null) {
			value = fromFallbackHeader(headers.getFirst(FALLBACK_HEADER), name);
		}
		return value;
	}

	private static @Nullable String fromCookies(@Nullable List<ResponseCookie> cookies) {
		if (cookies == null) {
			return null;
		}
		for (ResponseCookie cookie : cookies) {
			// Appwrite expires a session's cookies with an empty value (the emulator:
			// "deleted"); Max-Age=0 expires any cookie
			String value = cookie.getValue();
			if (!value.isEmpty() && !"deleted".equals(value) && !cookie.getMaxAge().isZero()) {
				return percentDecoded(value);
			}
		}
		return null;
	}

	private static @Nullable String fromFallbackHeader(@Nullable String header, String name) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			JsonNode cookies = Json.mapper().readTree(header);
			JsonNode value = (cookies != null) ? cookies.get(name) : null;
			if (value != null && value.isString() && !value.asString().isEmpty()) {
				return value.asString();
			}
		}
		catch (JacksonException ex) {
			// not JSON: no session from this header (its value is never repeated)
		}
		return null;
	}

	/**
	 * Appwrite's server URL-encodes cookie values ({@code =} as {@code %3D}); only
	 * {@code %XX} escapes are decoded, so a raw {@code +} of a Base64 value stays.
	 */
	static String percentDecoded(String value) {
		if (value.indexOf('%') < 0) {
			return value;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '%' && i + 2 < value.length() && hex(value.charAt(i + 1)) >= 0 && hex(value.charAt(i + 2)) >= 0) {
				bytes.write(hex(value.charAt(i + 1)) * 16 + hex(value.charAt(i + 2)));
				i += 2;
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static int hex(char c) {
		return Character.digit(c, 16);
	}

}
