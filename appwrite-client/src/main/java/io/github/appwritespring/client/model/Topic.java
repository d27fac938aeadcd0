package io.github.appwritespring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A messaging topic.
 *
 * @param id topic ID
 * @param createdAt topic creation time in ISO 8601 format
 * @param updatedAt topic update date in ISO 8601 format
 * @param name the name of the topic
 * @param emailTotal total count of email subscribers subscribed to the topic
 * @param smsTotal total count of SMS subscribers subscribed to the topic
 * @param pushTotal total count of push subscribers subscribed to the topic
 * @param subscribe subscribe permissions
 * @since 0.1.0
 */
public record Topic(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, String name, long emailTotal, long smsTotal, long pushTotal,
		List<String> subscribe) {
}
