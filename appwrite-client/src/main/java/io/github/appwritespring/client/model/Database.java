package io.github.appwritespring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A TablesDB database.
 *
 * @param id the database ID
 * @param name its name
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param enabled whether it is enabled
 * @param type {@code tablesdb}
 * @since 0.1.0
 */
public record Database(@JsonProperty("$id") String id, String name, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, boolean enabled, String type) {
}
