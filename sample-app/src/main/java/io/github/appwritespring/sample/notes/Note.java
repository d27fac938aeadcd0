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
 * account uses them or not), and {@code team:ID} for a note written into a shared
 * notebook (see {@link #teamMarker(String)})
 */
public record Note(String title, @Nullable String body, String ownerId, @Nullable String ownerName,
		@Nullable List<String> attachmentIds, @Nullable List<String> sharedWith) {

	private static final String TEAM_MARKER = "team:";

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
		return (this.sharedWith != null)
				? this.sharedWith.stream().filter((entry) -> !entry.startsWith(TEAM_MARKER)).toList() : List.of();
	}

	/**
	 * Returns every {@code sharedWith} entry, the emails and the notebook's
	 * {@code team:ID}, never {@code null}: what a change of the list starts from.
	 * @return every {@code sharedWith} entry
	 */
	public List<String> sharedEntries() {
		return (this.sharedWith != null) ? this.sharedWith : List.of();
	}

	/**
	 * Returns whether the note was written into a shared notebook.
	 * @return whether the note was written into a shared notebook
	 */
	public boolean inNotebook() {
		return this.sharedWith != null && this.sharedWith.stream().anyMatch((entry) -> entry.startsWith(TEAM_MARKER));
	}

	/**
	 * Returns the {@code sharedWith} entry of a note written into a team's notebook,
	 * which the notebook's query looks for (its members' read access is the row's
	 * {@code read("team:ID")} permission, not this entry).
	 * @param teamId the notebook's team
	 * @return the entry
	 */
	public static String teamMarker(String teamId) {
		return TEAM_MARKER + teamId;
	}

}
