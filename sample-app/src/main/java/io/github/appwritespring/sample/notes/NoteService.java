package io.github.appwritespring.sample.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.Query;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.client.model.RowList;
import io.github.appwritespring.sample.SampleProperties;

/**
 * Notes, read and written as the signed-in user through the session client: Appwrite's
 * row security, not this class, decides who sees what. Each note carries read, update and
 * delete permissions for its owner only.
 */
@Service
public class NoteService {

	private final AppwriteSessionClient me;

	private final SampleProperties properties;

	private final NoteLocks locks;

	/**
	 * Creates a new {@code NoteService}.
	 * @param me the current request's session client (a request-scoped proxy)
	 * @param properties where the notes live
	 * @param locks the notes' locks
	 */
	public NoteService(AppwriteSessionClient me, SampleProperties properties, NoteLocks locks) {
		this.me = me;
		this.properties = properties;
		this.locks = locks;
	}

	/**
	 * Returns a page of the user's own notes, newest first.
	 * @param user the signed-in user
	 * @param after the last note of the previous page, or {@code null} for the newest
	 * @return a page of the user's own notes, newest first
	 */
	public NotePage mine(AppwriteUser user, @Nullable String after) {
		int size = this.properties.pageSize();
		List<String> queries = new ArrayList<>(List.of(Query.equal("ownerId", user.getId()),
				Query.orderDesc("$createdAt"), Query.orderDesc("$sequence"), Query.limit(size + 1)));
		if (after != null) {
			queries.add(Query.cursorAfter(NoteIds.require(after)));
		}
		RowList<Note> rows = read(() -> this.me.tablesDb()
			.listRows(this.properties.databaseId(), this.properties.notesTableId(), queries, Note.class));
		List<Row<Note>> page = rows.rows();
		boolean more = page.size() > size;
		page = more ? page.subList(0, size) : page;
		String next = more ? page.get(size - 1).id() : null;
		// ownerId is only a column: anyone may write a row naming someone else and let
		// everyone read it; only rows whose permissions make the user the owner are
		// theirs
		List<Row<Note>> owned = page.stream().filter((row) -> NoteOwner.is(row, user.getId())).toList();
		return new NotePage(owned, next, rows.total() - (page.size() - owned.size()));
	}

	/**
	 * Returns the newest notes others have shared with the user: rows with an owner (see
	 * {@link NoteOwner}) other than the user that name the user as a reader. Rows anyone
	 * may read are not shared with anyone in particular and are left out.
	 * @param user the signed-in user
	 * @return the newest notes others have shared with the user
	 */
	public List<Row<Note>> sharedWith(AppwriteUser user) {
		return this.me.tablesDb()
			.listRows(this.properties.databaseId(), this.properties.notesTableId(),
					List.of(Query.notEqual("ownerId", user.getId()), Query.orderDesc("$createdAt"), Query.limit(25)),
					Note.class)
			.rows()
			.stream()
			.filter((row) -> NoteOwner.of(row) != null && !NoteOwner.is(row, user.getId())
					&& NoteOwner.sharedWith(row, user.getId()))
			.toList();
	}

	/**
	 * Returns the note, if the user may read it.
	 * @param id the note's ID
	 * @return the note, if the user may read it
	 * @throws NoteNotFoundException when it does not exist or the user may not read it
	 */
	public Row<Note> get(String id) {
		String checked = NoteIds.require(id);
		return read(() -> this.me.tablesDb()
			.getRow(this.properties.databaseId(), this.properties.notesTableId(), checked, null, Note.class));
	}

	/**
	 * Returns the note, if the user owns it.
	 * @param id the note's ID
	 * @param user the signed-in user
	 * @return the note, if the user owns it
	 * @throws NoteNotFoundException when it does not exist or the user may not read it
	 * @throws ResponseStatusException 403 when it was shared with the user, who may only
	 * read it
	 */
	public Row<Note> owned(String id, AppwriteUser user) {
		Row<Note> note = get(id);
		if (!NoteOwner.is(note, user.getId())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the owner can change this note.");
		}
		return note;
	}

	/**
	 * Returns the new note.
	 * @param user the signed-in user, the new note's owner
	 * @param form checked input
	 * @return the new note
	 */
	public Row<Note> create(AppwriteUser user, NoteForm form) {
		Note note = new Note(form.title(), form.body(), user.getId(), user.getName(), List.of(), List.of());
		return this.me.tablesDb()
			.createRow(this.properties.databaseId(), this.properties.notesTableId(), ID.unique(), note,
					NoteOwner.permissionsFor(user.getId()), Note.class);
	}

	/**
	 * Returns the changed note.
	 * @param id the note's ID
	 * @param user the signed-in user
	 * @param form checked input
	 * @return the changed note
	 */
	public Row<Note> update(String id, AppwriteUser user, NoteForm form) {
		Row<Note> note = owned(id, user);
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.put("title", form.title());
		changes.put("body", form.body());
		return this.me.tablesDb()
			.updateRow(this.properties.databaseId(), this.properties.notesTableId(), note.id(), changes, null,
					Note.class);
	}

	/**
	 * Changes the note's attachment list from its current state (read afresh, under the
	 * note's lock, so that changes at the same moment all keep their entries).
	 * @param noteId the note's ID (a note the user owns)
	 * @param change the new list from the current one
	 * @return the note as changed
	 */
	public Row<Note> changeAttachments(String noteId, UnaryOperator<List<String>> change) {
		return this.locks.change(noteId, () -> {
			Row<Note> current = get(noteId);
			List<String> ids = change.apply(new ArrayList<>(current.data().attachments()));
			return this.me.tablesDb()
				.updateRow(this.properties.databaseId(), this.properties.notesTableId(), noteId,
						Map.of("attachmentIds", ids), null, Note.class);
		});
	}

	/**
	 * Deletes the note.
	 * @param note the note to delete (its attachments are deleted first by the caller)
	 */
	public void delete(Row<Note> note) {
		this.me.tablesDb().deleteRow(this.properties.databaseId(), this.properties.notesTableId(), note.id());
	}

	/**
	 * Appwrite answers 404 for a row that is missing and for one the user may not read
	 * alike.
	 */
	private static <T> T read(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (AppwriteErrorResponseException ex) {
			if (ex.getStatus() == 404 || "general_cursor_not_found".equals(ex.getType())) {
				throw new NoteNotFoundException();
			}
			throw ex;
		}
	}

}
