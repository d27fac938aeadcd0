package io.github.appwritespring.client.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An Appwrite user (account). Dates are Appwrite's ISO 8601 strings, e.g.
 * {@code 2020-10-15T06:38:00.000+00:00}; unset dates are empty strings, as Appwrite sends
 * them.
 *
 * @param id the user ID
 * @param createdAt when the user was created
 * @param updatedAt when the user was last updated
 * @param name the name
 * @param registration when the user registered
 * @param status {@code false} when the user is blocked
 * @param labels the labels, e.g. {@code admin}
 * @param passwordUpdate when the password was last changed
 * @param email the email address
 * @param phone the phone number
 * @param emailVerification whether the email address is verified
 * @param phoneVerification whether the phone number is verified
 * @param mfa whether multi-factor authentication is on
 * @param prefs the user's preferences
 * @param targets the messaging targets
 * @param accessedAt when the user was last active (updated at most daily)
 * @since 0.1.0
 */
public record User(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, String name, String registration, boolean status,
		List<String> labels, String passwordUpdate, String email, String phone, boolean emailVerification,
		boolean phoneVerification, boolean mfa, Map<String, Object> prefs, @Nullable List<Target> targets,
		String accessedAt) {

}
