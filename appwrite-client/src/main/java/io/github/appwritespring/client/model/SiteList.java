package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of sites.
 *
 * @param total total number of sites that matched your query
 * @param sites list of sites
 * @since 0.1.0
 */
public record SiteList(long total, List<Site> sites) implements Page<Site> {

	@Override
	public List<Site> items() {
		return this.sites;
	}

}
