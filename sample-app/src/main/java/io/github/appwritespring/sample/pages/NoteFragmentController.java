package io.github.appwritespring.sample.pages;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.sample.attachments.AttachmentService;
import io.github.appwritespring.sample.notes.Note;
import io.github.appwritespring.sample.notes.NoteService;

/**
 * The htmx side of the notes list: deleting a note without a page load. The list's delete
 * button sends {@code DELETE /notes/{id}} with {@code hx-delete} and the CSRF token in
 * {@code X-XSRF-TOKEN} ({@code hx-headers}); the empty answer replaces the note's list
 * item, which removes it. Without JavaScript the note page's delete form still posts to
 * {@code /notes/{id}/delete}.
 */
@Controller
public class NoteFragmentController {

	private final NoteService notes;

	private final AttachmentService attachments;

	/**
	 * Creates a new {@code NoteFragmentController}.
	 * @param notes the notes
	 * @param attachments the notes' attachments
	 */
	public NoteFragmentController(NoteService notes, AttachmentService attachments) {
		this.notes = notes;
		this.attachments = attachments;
	}

	/**
	 * Deletes one of the user's notes with its attachments (404 for another's note).
	 * @param user the signed-in user
	 * @param id the note's ID
	 * @return an empty 200, which htmx swaps in for the note
	 */
	@DeleteMapping("/notes/{id}")
	public ResponseEntity<String> delete(@AuthenticationPrincipal AppwriteUser user, @PathVariable String id) {
		Row<Note> note = this.notes.owned(id, user);
		this.attachments.deleteAll(note);
		this.notes.delete(note);
		return ResponseEntity.ok("");
	}

}
