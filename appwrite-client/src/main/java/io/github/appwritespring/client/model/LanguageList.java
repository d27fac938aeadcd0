package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of languages.
 *
 * @param total total number of languages that matched your query
 * @param languages list of languages
 * @since 0.1.0
 */
public record LanguageList(long total, List<Language> languages) implements Page<Language> {

	@Override
	public List<Language> items() {
		return this.languages;
	}

}
