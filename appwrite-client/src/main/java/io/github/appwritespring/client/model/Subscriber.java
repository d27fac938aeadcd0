package io.github.appwritespring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A subscriber of a messaging topic: a user's target.
 *
 * @param id subscriber ID
 * @param createdAt subscriber creation time in ISO 8601 format
 * @param updatedAt subscriber update date in ISO 8601 format
 * @param targetId target ID
 * @param target target
 * @param userId topic ID
 * @param userName user Name
 * @param topicId topic ID
 * @param providerType the target provider type. Can be one of the following: `email`,
 * `sms` or `push`
 * @since 0.1.0
 */
public record Subscriber(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, String targetId, Target target, String userId, String userName,
		String topicId, String providerType) {
}
