package io.github.appwritespring.autoconfigure;

import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reading the {@code a_session_<PROJECT_ID>} cookie. Anything that is not a well-formed Appwrite session value (not
 * base64 of a JSON object with a secret, oversized, or several different cookies of that name) counts as no
 * session: never an error, never logged.
 */
public final class AppwriteSessionCookie {

	/** The longest value accepted; Appwrite's are about 400 characters. */
	public static final int MAX_LENGTH = 4096;

	private AppwriteSessionCookie() {
	}

	/**
	 * @param projectId the project ID
	 * @return the cookie's name, {@code a_session_<PROJECT_ID>}
	 */
	public static String name(String projectId) {
		return "a_session_" + projectId;
	}

	/**
	 * @param values every value the request carries for the cookie, in order
	 * @return the session value, or {@code null} when there is none or it is malformed or ambiguous
	 */
	public static @Nullable String select(List<String> values) {
		String selected = null;
		for (String value : values) {
			if (selected != null && !selected.equals(value)) {
				return null;
			}
			selected = value;
		}
		return (selected != null && isWellFormed(selected)) ? selected : null;
	}

	/**
	 * @param value a cookie value
	 * @return whether it looks like an Appwrite session value
	 */
	public static boolean isWellFormed(String value) {
		if (value.isEmpty() || value.length() > MAX_LENGTH) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean base64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
					|| c == '/' || c == '=' || c == '-' || c == '_';
			if (!base64) {
				return false;
			}
		}
		try {
			byte[] decoded = (value.indexOf('-') >= 0 || value.indexOf('_') >= 0) ? Base64.getUrlDecoder().decode(value)
					: Base64.getDecoder().decode(value);
			String json = new String(decoded, java.nio.charset.StandardCharsets.UTF_8).trim();
			return json.startsWith("{") && json.endsWith("}") && json.contains("\"secret\"");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
