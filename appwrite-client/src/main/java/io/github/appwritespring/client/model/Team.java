package io.github.appwritespring.client.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A team.
 *
 * @param id the team ID
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param name its name
 * @param total its number of members
 * @param prefs its preferences
 * @since 0.1.0
 */
public record Team(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, String name, long total, Map<String, Object> prefs) {
}
