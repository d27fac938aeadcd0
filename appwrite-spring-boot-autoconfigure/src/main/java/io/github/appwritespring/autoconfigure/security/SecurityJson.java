package io.github.appwritespring.autoconfigure.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON bodies of the integration's endpoints, the same on both stacks: the signed-in user, an error, and the
 * fields of a JSON sign-in or sign-up request.
 */
public final class SecurityJson {

	/** The largest JSON request body read. */
	public static final int MAX_BODY = 16 * 1024;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private SecurityJson() {
	}

	/**
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
	 * @param body a request body
	 * @return the body's top-level string fields, or {@code null} when it is not a JSON object
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
