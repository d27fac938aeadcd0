package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of providers.
 *
 * @param total total number of providers that matched your query
 * @param providers list of providers
 * @since 0.1.0
 */
public record ProviderList(long total, List<Provider> providers) implements Page<Provider> {

	@Override
	public List<Provider> items() {
		return this.providers;
	}

}
