package io.github.appwritespring.sample.pages;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.client.model.File;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.sample.attachments.AttachmentService;
import io.github.appwritespring.sample.notes.Note;
import io.github.appwritespring.sample.notes.NoteOwner;
import io.github.appwritespring.sample.sharing.NoteSharing;

/**
 * The note page ({@code notes/show}): the note and the attachments the user may read
 * (saying how many they may not), for its owner who it is shared with, for a reader whose
 * note it is (from Appwrite's facts: see {@link NoteOwner}). Used by every controller
 * that answers with the note page, also with an error message after bad input.
 */
@Component
public class NoteDetailView {

	private final AttachmentService attachments;

	private final NoteSharing sharing;

	/**
	 * Creates a new {@code NoteDetailView}.
	 * @param attachments the attachments
	 * @param sharing who a note is shared with
	 */
	public NoteDetailView(AttachmentService attachments, NoteSharing sharing) {
		this.attachments = attachments;
		this.sharing = sharing;
	}

	/**
	 * Returns the note page.
	 * @param note the note
	 * @param user the signed-in user
	 * @param error a message about the input just refused, or {@code null}
	 * @param status the answer's status
	 * @return the note page
	 */
	public ModelAndView render(Row<Note> note, AppwriteUser user, @Nullable String error, HttpStatus status) {
		ModelAndView page = new ModelAndView("notes/show", status);
		boolean owner = NoteOwner.is(note, user.getId());
		page.addObject("note", note);
		page.addObject("owner", owner);
		page.addObject("error", error);
		List<File> files = this.attachments.list(note);
		page.addObject("attachments", files);
		page.addObject("hiddenAttachments", note.data().attachments().size() - files.size());
		if (owner) {
			page.addObject("readers", this.sharing.readers(note));
		}
		else {
			page.addObject("sharedBy", this.sharing.ownerName(note));
		}
		return page;
	}

}
