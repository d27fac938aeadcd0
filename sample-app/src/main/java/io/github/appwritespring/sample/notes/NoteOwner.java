package io.github.appwritespring.sample.notes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.client.Permission;
import io.github.appwritespring.client.Role;
import io.github.appwritespring.client.model.Row;

/**
 * Who owns a note, decided from Appwrite's facts: the one user the row's permissions let
 * update and delete it. A user can only grant roles they hold, so nobody can make a row
 * that Appwrite lets someone else change; the {@code ownerId} column, which anyone
 * writing a row sets as they like, only serves queries. A row whose permissions name no
 * single such user (e.g. {@code update("any")}) has no owner: it is nobody's note.
 */
public final class NoteOwner {

	private static final String UPDATE = "update(\"";

	private static final String DELETE = "delete(\"";

	private static final String USER = "user:";

	private NoteOwner() {
	}

	/**
	 * Returns the owner's user ID.
	 * @param row a note's row
	 * @return the owner's user ID, or {@code null} when the permissions name no single
	 * owner
	 */
	public static @Nullable String of(Row<?> row) {
		Set<String> updaters = new LinkedHashSet<>();
		Set<String> deleters = new LinkedHashSet<>();
		for (String permission : row.permissions()) {
			if (permission.startsWith(UPDATE)) {
				updaters.add(role(permission, UPDATE));
			}
			else if (permission.startsWith(DELETE)) {
				deleters.add(role(permission, DELETE));
			}
			else if (permission.startsWith("write(\"")) {
				return null;
			}
		}
		if (updaters.size() != 1 || !updaters.equals(deleters)) {
			return null;
		}
		String role = updaters.iterator().next();
		if (!role.startsWith(USER) || role.indexOf('/') >= 0) {
			return null;
		}
		return role.substring(USER.length());
	}

	/**
	 * Returns whether the user owns the note.
	 * @param row a note's row
	 * @param userId a user's ID
	 * @return whether the user owns it
	 */
	public static boolean is(Row<?> row, String userId) {
		return userId.equals(of(row));
	}

	/**
	 * Returns whether the row names the user explicitly as a reader (sharing does), as
	 * opposed to being readable by everyone.
	 * @param row a note's row
	 * @param userId a user's ID
	 * @return whether the user is named as a reader
	 */
	public static boolean sharedWith(Row<?> row, String userId) {
		return row.permissions().contains(Permission.read(Role.user(userId)));
	}

	/**
	 * Returns the owner's permissions for a new note.
	 * @param userId the owner's ID
	 * @return read, update and delete for the owner only
	 */
	public static List<String> permissionsFor(String userId) {
		String owner = Role.user(userId);
		return List.of(Permission.read(owner), Permission.update(owner), Permission.delete(owner));
	}

	private static String role(String permission, String prefix) {
		int end = permission.lastIndexOf("\")");
		return (end > prefix.length()) ? permission.substring(prefix.length(), end) : "";
	}

}
