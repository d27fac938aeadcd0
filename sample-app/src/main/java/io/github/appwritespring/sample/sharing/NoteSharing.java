package io.github.appwritespring.sample.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.Permission;
import io.github.appwritespring.client.Query;
import io.github.appwritespring.client.Role;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.client.model.User;
import io.github.appwritespring.sample.SampleProperties;
import io.github.appwritespring.sample.notes.Note;
import io.github.appwritespring.sample.web.BadInputException;

/**
 * "Share read-only with a user by email". This needs the admin client: finding a user by
 * email is an API-key call, and Appwrite lets a user grant only the roles they hold, so a
 * user cannot add {@code read("user:OTHER")} to their own row. The caller has already
 * checked, through the session client, that the user owns the note.
 */
@Service
public class NoteSharing {

	private static final int MAX_EMAIL = 254;

	private final AppwriteClient admin;

	private final SampleProperties properties;

	/**
	 * Creates a new {@code NoteSharing}.
	 * @param admin the admin client
	 * @param properties where the notes live
	 */
	public NoteSharing(AppwriteClient admin, SampleProperties properties) {
		this.admin = admin;
		this.properties = properties;
	}

	/**
	 * Lets the user with that email read the note.
	 * @param note a note the signed-in user owns
	 * @param owner the signed-in user
	 * @param email the other user's email, as typed
	 * @return the user it is now shared with
	 * @throws BadInputException for an invalid email, the owner's own, or one no user has
	 */
	public User share(Row<Note> note, AppwriteUser owner, String email) {
		String wanted = email.strip().toLowerCase(Locale.ROOT);
		if (wanted.isEmpty() || wanted.length() > MAX_EMAIL || !wanted.matches("[^@\\s]+@[^@\\s]+")) {
			throw new BadInputException("Enter the email address of the person to share with.");
		}
		if (wanted.equalsIgnoreCase(owner.getEmail())) {
			throw new BadInputException("This is your own note already.");
		}
		List<User> found = this.admin.users().list(List.of(Query.equal("email", wanted), Query.limit(1)), null).users();
		if (found.isEmpty()) {
			throw new BadInputException("No account uses " + wanted + ". They need to sign up first.");
		}
		User reader = found.get(0);
		String read = Permission.read(Role.user(reader.id()));
		if (!note.permissions().contains(read)) {
			List<String> permissions = new ArrayList<>(note.permissions());
			permissions.add(read);
			this.admin.tablesDb()
				.updateRow(this.properties.databaseId(), this.properties.notesTableId(), note.id(), null, permissions,
						Note.class);
		}
		return reader;
	}

	/**
	 * Returns the emails of the users, other than its owner, who may read it.
	 * @param note a note
	 * @return the emails of the users, other than its owner, who may read it
	 */
	public List<String> readers(Row<Note> note) {
		String ownerRead = Permission.read(Role.user(note.data().ownerId()));
		List<String> emails = new ArrayList<>();
		for (String permission : note.permissions()) {
			if (permission.startsWith("read(\"user:") && !permission.equals(ownerRead)) {
				String userId = permission.substring("read(\"user:".length(), permission.length() - 2);
				try {
					emails.add(this.admin.users().get(userId).email());
				}
				catch (AppwriteErrorResponseException ex) {
					if (ex.getStatus() != 404) {
						throw ex;
					}
				}
			}
		}
		return emails;
	}

}
