package io.github.appwritespring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A TablesDB transaction: operations staged until commit.
 *
 * @param id transaction ID
 * @param createdAt transaction creation time in ISO 8601 format
 * @param updatedAt transaction update date in ISO 8601 format
 * @param status current status of the transaction. One of: pending, committing,
 * committed, rolled_back, failed
 * @param operations number of operations in the transaction
 * @param expiresAt expiration time in ISO 8601 format
 * @since 0.1.0
 */
public record Transaction(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, String status, long operations, String expiresAt) {
}
