package io.github.appwritespring.sample.notes;

import java.util.regex.Pattern;

/**
 * Checks IDs that arrive in URLs before they reach Appwrite: anything that cannot be an
 * Appwrite ID is simply a missing note.
 */
final class NoteIds {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,35}");

	private NoteIds() {
	}

	static String require(String id) {
		if (!ID.matcher(id).matches()) {
			throw new NoteNotFoundException();
		}
		return id;
	}

}
