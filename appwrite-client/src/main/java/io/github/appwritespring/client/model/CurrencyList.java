package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of currencies.
 *
 * @param total total number of currencies that matched your query
 * @param currencies list of currencies
 * @since 0.1.0
 */
public record CurrencyList(long total, List<Currency> currencies) implements Page<Currency> {

	@Override
	public List<Currency> items() {
		return this.currencies;
	}

}
