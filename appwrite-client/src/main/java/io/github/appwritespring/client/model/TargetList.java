package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of a user's messaging targets.
 *
 * @param total the number of matching targets
 * @param targets the targets of this page
 * @since 0.1.0
 */
public record TargetList(long total, List<Target> targets) implements Page<Target> {

	@Override
	public List<Target> items() {
		return this.targets;
	}

}
