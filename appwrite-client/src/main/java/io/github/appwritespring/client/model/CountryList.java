package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of countries.
 *
 * @param total total number of countries that matched your query
 * @param countries list of countries
 * @since 0.1.0
 */
public record CountryList(long total, List<Country> countries) implements Page<Country> {

	@Override
	public List<Country> items() {
		return this.countries;
	}

}
