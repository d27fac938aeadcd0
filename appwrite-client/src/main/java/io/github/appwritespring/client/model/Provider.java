package io.github.appwritespring.client.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A messaging provider (email, SMS or push).
 *
 * @param id provider ID
 * @param createdAt provider creation time in ISO 8601 format
 * @param updatedAt provider update date in ISO 8601 format
 * @param name the name for the provider instance
 * @param provider the name of the provider service
 * @param enabled is provider enabled?
 * @param type type of provider
 * @param credentials provider credentials
 * @param options provider options
 * @since 0.1.0
 */
public record Provider(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, String name, String provider, boolean enabled, String type,
		Map<String, Object> credentials, @Nullable Map<String, Object> options) {
}
