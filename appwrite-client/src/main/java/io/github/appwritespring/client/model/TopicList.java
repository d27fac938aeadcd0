package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of topics.
 *
 * @param total total number of topics that matched your query
 * @param topics list of topics
 * @since 0.1.0
 */
public record TopicList(long total, List<Topic> topics) implements Page<Topic> {

	@Override
	public List<Topic> items() {
		return this.topics;
	}

}
