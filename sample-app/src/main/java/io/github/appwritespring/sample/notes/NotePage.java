package io.github.appwritespring.sample.notes;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.client.model.Row;

/**
 * One page of the signed-in user's notes, newest first.
 *
 * @param notes the notes of this page
 * @param next the cursor of the next (older) page, or {@code null} on the last page
 * @param total how many notes the user has
 */
public record NotePage(List<Row<Note>> notes, @Nullable String next, long total) {
}
