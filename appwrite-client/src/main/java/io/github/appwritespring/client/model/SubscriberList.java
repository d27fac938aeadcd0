package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of subscribers.
 *
 * @param total total number of subscribers that matched your query
 * @param subscribers list of subscribers
 * @since 0.1.0
 */
public record SubscriberList(long total, List<Subscriber> subscribers) implements Page<Subscriber> {

	@Override
	public List<Subscriber> items() {
		return this.subscribers;
	}

}
