package io.github.appwritespring.sample.notes;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A note's columns in the {@code notes} table.
 *
 * @param title the title
 * @param body the text, or {@code null}
 * @param ownerId the ID of the user who wrote it
 * @param ownerName the owner's name when it was written, shown to those it is shared with
 * @param attachmentIds the IDs of its files in the attachments bucket
 */
public record Note(String title, @Nullable String body, String ownerId, @Nullable String ownerName,
		@Nullable List<String> attachmentIds) {

	/**
	 * Returns the attachment IDs, never {@code null}.
	 * @return the attachment IDs, never {@code null}
	 */
	public List<String> attachments() {
		return (this.attachmentIds != null) ? this.attachmentIds : List.of();
	}

}
