package io.github.appwritespring.sample.notes;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A note's columns in the {@code notes} table.
 *
 * @param title the title
 * @param body the text, or {@code null}
 * @param ownerId the ID of the user who wrote it, for queries only: whoever writes a row
 * sets it, so who owns a note is decided by {@link NoteOwner} from its permissions
 * @param ownerName the owner's name when it was written; not shown, for the same reason
 * @param attachmentIds the IDs of its files in the attachments bucket
 * @param sharedWith the emails the owner shared the note with, as typed (whether an
 * account uses them or not)
 */
public record Note(String title, @Nullable String body, String ownerId, @Nullable String ownerName,
		@Nullable List<String> attachmentIds, @Nullable List<String> sharedWith) {

	/**
	 * Returns the attachment IDs, never {@code null}.
	 * @return the attachment IDs, never {@code null}
	 */
	public List<String> attachments() {
		return (this.attachmentIds != null) ? this.attachmentIds : List.of();
	}

	/**
	 * Returns the emails the note was shared with, never {@code null}.
	 * @return the emails the note was shared with
	 */
	public List<String> sharedEmails() {
		return (this.sharedWith != null) ? this.sharedWith : List.of();
	}

}
