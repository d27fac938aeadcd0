package io.github.appwritespring.emulator.internal.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.json.Json;

/**
 * The cookies Appwrite 1.8.1 sets on session creation and deletion:
 * {@code a_session_<project>} ({@code SameSite=None}) and
 * {@code a_session_<project>_legacy} (no SameSite), HttpOnly, path {@code /}, no domain
 * (the emulator runs on localhost), never Secure (plain http); plus the
 * {@code X-Fallback-Cookies} header for clients that cannot read cookies.
 */
public final class SessionCookies {

	private static final DateTimeFormatter EXPIRES = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	private SessionCookies() {
	}

	/** Adds the session cookies and the fallback header for a new session value. */
	public static void set(ApiRequest request, String cookieName, String value, Instant expire) {
		String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
		String attributes = "; expires=" + EXPIRES.format(expire) + "; path=/; httponly";
		request.addResponseHeader("Set-Cookie", cookieName + "_legacy=" + encoded + attributes);
		request.addResponseHeader("Set-Cookie", cookieName + "=" + encoded + attributes + "; samesite=None");
		ObjectNode fallback = Json.object();
		fallback.put(cookieName, value);
		request.addResponseHeader("X-Fallback-Cookies", fallback.toString());
	}

	/**
	 * Adds cookies that expire the session cookies (after deleting the current session).
	 */
	public static void clear(ApiRequest request, String cookieName) {
		String attributes = "=deleted; expires=" + EXPIRES.format(Instant.EPOCH) + "; path=/; httponly";
		request.addResponseHeader("Set-Cookie", cookieName + "_legacy" + attributes);
		request.addResponseHeader("Set-Cookie", cookieName + attributes + "; samesite=None");
	}

}
