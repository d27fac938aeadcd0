package io.github.appwritespring.emulator.internal.messaging;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.store.DocumentStore;

/**
 * Where Messaging keeps its resources (one store collection each) and how a missing one
 * is answered.
 */
final class MessagingStore {

	static final String PROVIDERS = "messaging.providers";

	static final String TOPICS = "messaging.topics";

	static final String SUBSCRIBERS = "messaging.subscribers";

	static final String MESSAGES = "messaging.messages";

	private final DocumentStore store;

	MessagingStore(DocumentStore store) {
		this.store = store;
		store.index(SUBSCRIBERS, "topicId");
		store.index(SUBSCRIBERS, "targetId");
		store.index(MESSAGES, "status");
	}

	DocumentStore documents() {
		return this.store;
	}

	ObjectNode provider(String providerId) {
		return this.store.get(PROVIDERS, providerId)
			.orElseThrow(() -> ApiException.notFound("provider_not_found",
					"Provider with the requested ID could not be found."));
	}

	ObjectNode topic(String topicId) {
		return this.store.get(TOPICS, topicId)
			.orElseThrow(
					() -> ApiException.notFound("topic_not_found", "Topic with the request ID could not be found."));
	}

	ObjectNode message(String messageId) {
		return this.store.get(MESSAGES, messageId).orElseThrow(MessagingStore::messageNotFound);
	}

	static ApiException messageNotFound() {
		return ApiException.notFound("message_not_found", "Message with the requested ID could not be found.");
	}

	static ApiException subscriberNotFound() {
		return ApiException.notFound("subscriber_not_found", "Subscriber with the request ID could not be found.");
	}

}
