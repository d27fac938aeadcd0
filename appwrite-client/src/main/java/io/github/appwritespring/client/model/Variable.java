package io.github.appwritespring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An environment variable of a function or site.
 *
 * @param id variable ID
 * @param createdAt variable creation date in ISO 8601 format
 * @param updatedAt variable creation date in ISO 8601 format
 * @param key variable key
 * @param value variable value
 * @param secret variable secret flag. Secret variables can only be updated or deleted,
 * but never read
 * @param resourceType service to which the variable belongs. Possible values are
 * "project", "function"
 * @param resourceId ID of resource to which the variable belongs. If resourceType is
 * "project", it is empty. If resourceType is "function", it is ID of the function
 * @since 0.1.0
 */
public record Variable(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, String key, String value, boolean secret, String resourceType,
		String resourceId) {
}
