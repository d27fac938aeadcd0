package io.github.appwritespring.sample.notes;

/**
 * The sizes of a note's fields: the table's column sizes, and what the forms check before
 * Appwrite does.
 */
public final class NoteLimits {

	/** The longest title, in characters. */
	public static final int TITLE = 200;

	/** The longest body, in characters. */
	public static final int BODY = 10_000;

	private NoteLimits() {
	}

}
