package io.github.appwritespring.sample.notes;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A note (or an attachment of one) that does not exist or that the signed-in user may not
 * read: Appwrite answers both with 404, and so does the app, so nobody learns which notes
 * exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NoteNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Creates the exception; its message never names the ID asked for. */
	public NoteNotFoundException() {
		super("No such note");
	}

}
