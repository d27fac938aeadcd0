package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of continents.
 *
 * @param total total number of continents that matched your query
 * @param continents list of continents
 * @since 0.1.0
 */
public record ContinentList(long total, List<Continent> continents) implements Page<Continent> {

	@Override
	public List<Continent> items() {
		return this.continents;
	}

}
