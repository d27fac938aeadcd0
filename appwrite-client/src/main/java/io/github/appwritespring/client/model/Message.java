package io.github.appwritespring.client.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A message sent (or to be sent) through Appwrite Messaging.
 *
 * @param id message ID
 * @param createdAt message creation time in ISO 8601 format
 * @param updatedAt message update date in ISO 8601 format
 * @param providerType message provider type
 * @param topics topic IDs set as recipients
 * @param users user IDs set as recipients
 * @param targets target IDs set as recipients
 * @param scheduledAt the scheduled time for message
 * @param deliveredAt the time when the message was delivered
 * @param deliveryErrors delivery errors if any
 * @param deliveredTotal number of recipients the message was delivered to
 * @param data data of the message
 * @param status status of delivery
 * @since 0.1.0
 */
public record Message(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, String providerType, List<String> topics, List<String> users,
		List<String> targets, @Nullable String scheduledAt, @Nullable String deliveredAt,
		@Nullable List<String> deliveryErrors, long deliveredTotal, Map<String, Object> data, String status) {
}
