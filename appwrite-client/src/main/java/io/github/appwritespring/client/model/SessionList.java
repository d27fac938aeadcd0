package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A list of sessions.
 *
 * @param total the number of sessions
 * @param sessions the sessions
 * @since 0.1.0
 */
public record SessionList(long total, List<Session> sessions) implements Page<Session> {

	@Override
	public List<Session> items() {
		return this.sessions;
	}

}
