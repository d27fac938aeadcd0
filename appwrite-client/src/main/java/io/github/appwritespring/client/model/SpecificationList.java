package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of specifications.
 *
 * @param total total number of specifications that matched your query
 * @param specifications list of specifications
 * @since 0.1.0
 */
public record SpecificationList(long total, List<Specification> specifications) implements Page<Specification> {

	@Override
	public List<Specification> items() {
		return this.specifications;
	}

}
