package io.github.appwritespring.client.model;

/**
 * The size of one of Appwrite's queues.
 *
 * @param size amount of actions in the queue
 * @since 0.1.0
 */
public record HealthQueue(long size) {
}
