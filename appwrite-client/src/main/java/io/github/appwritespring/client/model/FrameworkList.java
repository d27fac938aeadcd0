package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of frameworks.
 *
 * @param total total number of frameworks that matched your query
 * @param frameworks list of frameworks
 * @since 0.1.0
 */
public record FrameworkList(long total, List<Framework> frameworks) implements Page<Framework> {

	@Override
	public List<Framework> items() {
		return this.frameworks;
	}

}
