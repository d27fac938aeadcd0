package io.github.appwritespring.autoconfigure.security.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;

/**
 * The JSON bodies of the integration's endpoints, the same on both stacks: the signed-in
 * user, an error, and the fields of a JSON sign-in or sign-up request.
 */
public final class SecurityJson {

	/** The largest JSON request body read. */
	public static final int MAX_BODY = 16 * 1024;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private SecurityJson() {
	}

	/**
	 * Returns {@code {"user": {...}}}.
	 * @param user the signed-in user
	 * @return {@code {"user": {...}}}
	 */
	public static byte[] user(AppwriteUser user) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("$id", user.getId());
		fields.put("email", user.getEmail());
		fields.put("name", user.getName());
		fields.put("labels", user.getLabels());
		fields.put("emailVerification", user.isEmailVerification());
		fields.put("phoneVerification", user.isPhoneVerification());
		fields.put("prefs", user.getPrefs());
		return MAPPER.writeValueAsBytes(Map.of("user", fields));
	}

	/**
	 * Returns a JSON object of those fields.
	 * @param fields the fields, in order
	 * @return the JSON body
	 */
	public static byte[] object(Map<String, ?> fields) {
		return MAPPER.writeValueAsBytes(fields);
	}

	/**
	 * Returns {@code {"error": code, "message": message}}.
	 * @param code a short machine-readable code, e.g. {@code credentials}
	 * @param message a message for people
	 * @return {@code {"error": code, "message": message}}
	 */
	public static byte[] error(String code, String message) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("error", code);
		fields.put("message", message);
		return MAPPER.writeValueAsBytes(fields);
	}

	/**
	 * Returns whether the body is JSON.
	 * @param contentType a request's {@code Content-Type}, or {@code null}
	 * @return whether the body is JSON
	 */
	public static boolean isJson(@Nullable String contentType) {
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
	}

	/**
	 * Returns whether the client sent or asked for JSON rather than a page.
	 * @param contentType a request's {@code Content-Type}, or {@code null}
	 * @param accept its {@code Accept}, or {@code null}
	 * @return whether the client sent or asked for JSON rather than a page
	 */
	public static boolean wanted(@Nullable String contentType, @Nullable String accept) {
		return isJson(contentType)
				|| (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
	}

	/**
	 * Returns the CSRF endpoint's answer.
	 * @param token the raw CSRF token (what the header carries)
	 * @param headerName the header to send it in
	 * @param parameterName the form field to send it in (masked, as pages render it)
	 * @return the CSRF endpoint's answer
	 */
	public static byte[] csrfToken(String token, String headerName, String parameterName) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("token", token);
		fields.put("headerName", headerName);
		fields.put("parameterName", parameterName);
		return MAPPER.writeValueAsBytes(fields);
	}

	/**
	 * Returns the body's top-level string fields, or {@code null} when it is not a JSON
	 * object.
	 * @param body a request body
	 * @return the body's top-level string fields, or {@code null} when it is not a JSON
	 * object
	 */
	public static @Nullable Map<String, String> fields(byte[] body) {
		try {
			JsonNode node = MAPPER.readTree(body);
			if (node == null || !node.isObject()) {
				return null;
			}
			Map<String, String> fields = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				if (field.getValue().isString()) {
					fields.put(field.getKey(), field.getValue().asString());
				}
			}
			return fields;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
