package io.github.appwritespring.sample.wordcount;

/**
 * The word-count function's logic, kept apart from any runtime so it can be deployed to
 * Appwrite as well.
 */
public final class WordCounter {

	private WordCounter() {
	}

	/**
	 * Returns its number of words: runs of characters between white space.
	 * @param text any text
	 * @return its number of words: runs of characters between white space
	 */
	public static int count(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
	}

}
