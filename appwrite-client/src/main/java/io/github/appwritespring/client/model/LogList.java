package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of audit log entries.
 *
 * @param total the number of entries
 * @param logs the entries of this page
 * @since 0.1.0
 */
public record LogList(long total, List<Log> logs) implements Page<Log> {

	@Override
	public List<Log> items() {
		return this.logs;
	}

}
