package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of locale codes.
 *
 * @param total total number of localeCodes that matched your query
 * @param localeCodes list of localeCodes
 * @since 0.1.0
 */
public record LocaleCodeList(long total, List<LocaleCode> localeCodes) implements Page<LocaleCode> {

	@Override
	public List<LocaleCode> items() {
		return this.localeCodes;
	}

}
