package io.github.appwritespring.emulator.internal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Appwrite's fulltext search as its MariaDB adapter runs it: the searched value loses the
 * boolean-mode operators ({@code @+-*()<>~"}), gets a {@code *} after its last word and
 * is matched {@code IN BOOLEAN MODE}. So a text matches when it holds one of the words
 * whole, or a word starting with the last one ({@code ban} finds "banana split" and
 * "bandana", not "cabana"); a value in double quotes is a phrase. Case is ignored.
 * (MariaDB's stopwords and shortest-word setting are not imitated.)
 */
public final class FullText {

	private final List<String> words;

	private final boolean phrase;

	private FullText(List<String> words, boolean phrase) {
		this.words = words;
		this.phrase = phrase;
	}

	/**
	 * Returns the search for a value.
	 * @param value the searched value
	 * @return the search
	 */
	public static FullText of(String value) {
		boolean phrase = value.length() > 1 && value.startsWith("\"") && value.endsWith("\"");
		return new FullText(words(value), phrase);
	}

	/**
	 * Returns whether the text matches.
	 * @param text a text
	 * @return whether it matches
	 */
	public boolean matches(String text) {
		if (this.words.isEmpty()) {
			return false;
		}
		List<String> tokens = words(text);
		if (this.phrase) {
			for (int start = 0; start + this.words.size() <= tokens.size(); start++) {
				if (tokens.subList(start, start + this.words.size()).equals(this.words)) {
					return true;
				}
			}
			return false;
		}
		int last = this.words.size() - 1;
		for (String token : tokens) {
			for (int i = 0; i < last; i++) {
				if (token.equals(this.words.get(i))) {
					return true;
				}
			}
			if (token.startsWith(this.words.get(last))) {
				return true;
			}
		}
		return false;
	}

	/** Lower-cased words: runs of letters, digits and underscores. */
	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= text.length(); i++) {
			boolean wordChar = i < text.length()
					&& (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_');
			if (wordChar && start < 0) {
				start = i;
			}
			else if (!wordChar && start >= 0) {
				words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
				start = -1;
			}
		}
		return words;
	}

}
