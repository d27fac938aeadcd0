package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of messages.
 *
 * @param total total number of messages that matched your query
 * @param messages list of messages
 * @since 0.1.0
 */
public record MessageList(long total, List<Message> messages) implements Page<Message> {

	@Override
	public List<Message> items() {
		return this.messages;
	}

}
