package io.github.appwritespring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A messaging target of a user: an email address, phone number or push token that
 * Appwrite's Messaging can send to.
 *
 * @param id the target ID
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param name the target's name
 * @param userId the user it belongs to
 * @param providerId the messaging provider it is sent through, or {@code null}/empty for
 * the default one
 * @param providerType {@code email}, {@code sms} or {@code push}
 * @param identifier the address: email, phone number or push token
 * @param expired whether it has expired (e.g. a push token the provider rejected)
 * @since 0.1.0
 */
public record Target(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, String name, String userId, @Nullable String providerId,
		String providerType, String identifier, boolean expired) {
}
