package io.github.appwritespring.sample.sharing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottleStore;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.Permission;
import io.github.appwritespring.client.Query;
import io.github.appwritespring.client.Role;
import io.github.appwritespring.client.model.File;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.client.model.User;
import io.github.appwritespring.sample.SampleProperties;
import io.github.appwritespring.sample.notes.Note;
import io.github.appwritespring.sample.notes.NoteLocks;
import io.github.appwritespring.sample.notes.NoteOwner;
import io.github.appwritespring.sample.web.BadInputException;

/**
 * "Share read-only with a user by email". This needs the admin client: finding a user by
 * email is an API-key call, and Appwrite lets a user grant only the roles they hold, so a
 * user cannot add {@code read("user:OTHER")} to their own row or files. The caller has
 * already checked, through the session client, that the user owns the note.
 * <p>
 * The answer and the note's list of readers are the same whether an account uses the
 * email or not (the list shows the emails as the owner typed them), so sharing tells
 * nothing about who has an account; each user may share a limited number of times per
 * hour. A reader gets read access to the note and to its attachments, also those added
 * later.
 */
@Service
public class NoteSharing {

	/** Shares allowed per user and hour. */
	public static final int SHARES_PER_HOUR = 20;

	private static final int MAX_EMAIL = 254;

	private static final int MAX_READERS = 50;

	private final AppwriteClient admin;

	private final SampleProperties properties;

	private final NoteLocks locks;

	private final LoginThrottleStore counters;

	/**
	 * Creates a new {@code NoteSharing}.
	 * @param admin the admin client
	 * @param properties where the notes live
	 * @param locks the notes' locks
	 * @param counters where the shares per user are counted (the starter's throttle
	 * store: in memory, or Redis shared by every instance)
	 */
	public NoteSharing(AppwriteClient admin, SampleProperties properties, NoteLocks locks,
			LoginThrottleStore counters) {
		this.admin = admin;
		this.properties = properties;
		this.locks = locks;
		this.counters = counters;
	}

	/**
	 * Lets the user with that email, if there is one, read the note and its attachments.
	 * @param note a note the signed-in user owns
	 * @param owner the signed-in user
	 * @param email the other user's email, as typed
	 * @return the email as it is listed
	 * @throws BadInputException for something that is not an email, or the owner's own
	 * @throws ResponseStatusException 429 when the user shared too often this hour
	 */
	public String share(Row<Note> note, AppwriteUser owner, String email) {
		String wanted = email.strip().toLowerCase(Locale.ROOT);
		if (wanted.isEmpty() || wanted.length() > MAX_EMAIL || !wanted.matches("[^@\\s]+@[^@\\s]+")) {
			throw new BadInputException("Enter the email address of the person to share with.");
		}
		if (wanted.equalsIgnoreCase(owner.getEmail())) {
			throw new BadInputException("This is your own note already.");
		}
		Duration wait = this.counters
			.take("sample-share:" + owner.getId(), SHARES_PER_HOUR, Duration.ofHours(1), Instant.now())
			.block();
		if (wait == null || !wait.isZero()) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
					"You shared notes too often. Try again within the hour.");
		}
		List<User> found = this.admin.users().list(List.of(Query.equal("email", wanted), Query.limit(1)), null).users();
		this.locks.change(note.id(), () -> {
			Row<Note> current = this.admin.tablesDb()
				.getRow(this.properties.databaseId(), this.properties.notesTableId(), note.id(), null, Note.class);
			List<String> emails = new ArrayList<>(current.data().sharedEntries());
			if (!emails.contains(wanted)) {
				if (emails.size() >= MAX_READERS) {
					throw new BadInputException("A note can be shared with at most " + MAX_READERS + " people.");
				}
				emails.add(wanted);
			}
			List<String> permissions = new ArrayList<>(current.permissions());
			if (!found.isEmpty()) {
				String read = Permission.read(Role.user(found.get(0).id()));
				if (!permissions.contains(read)) {
					permissions.add(read);
				}
				for (String fileId : current.data().attachments()) {
					grant(fileId, read);
				}
			}
			Map<String, Object> changes = new LinkedHashMap<>();
			changes.put("sharedWith", emails);
			return this.admin.tablesDb()
				.updateRow(this.properties.databaseId(), this.properties.notesTableId(), note.id(), changes,
						permissions, Note.class);
		});
		return wanted;
	}

	/**
	 * Gives the note's readers read access to a file just attached to it. Call it under
	 * the note's lock, with the note read afresh.
	 * @param note the note, as it is now
	 * @param fileId the new attachment
	 */
	public void shareAttachment(Row<Note> note, String fileId) {
		for (String read : readerPermissions(note)) {
			grant(fileId, read);
		}
	}

	/**
	 * Returns who the note is shared with: the emails as the owner typed them.
	 * @param note a note
	 * @return the emails, in the order they were shared with
	 */
	public List<String> readers(Row<Note> note) {
		return note.data().sharedEmails();
	}

	/**
	 * Returns the name of the note's owner, as Appwrite knows the user now (never the
	 * {@code ownerName} column, which whoever writes the row sets).
	 * @param note a note
	 * @return the owner's name, or a stand-in when the note has no owner or the user is
	 * gone
	 */
	public String ownerName(Row<Note> note) {
		String ownerId = NoteOwner.of(note);
		if (ownerId == null) {
			return "another user";
		}
		try {
			User user = this.admin.users().get(ownerId);
			return user.name().isBlank() ? user.email() : user.name();
		}
		catch (AppwriteErrorResponseException ex) {
			if (ex.getStatus() == 404) {
				return "a former user";
			}
			throw ex;
		}
	}

	private List<String> readerPermissions(Row<Note> note) {
		String ownerId = NoteOwner.of(note);
		String ownerRead = (ownerId != null) ? Permission.read(Role.user(ownerId)) : "";
		return note.permissions()
			.stream()
			.filter((permission) -> permission.startsWith("read(\"user:") && !permission.equals(ownerRead))
			.toList();
	}

	private void grant(String fileId, String read) {
		try {
			File file = this.admin.storage().getFile(this.properties.bucketId(), fileId);
			if (!file.permissions().contains(read)) {
				List<String> permissions = new ArrayList<>(file.permissions());
				permissions.add(read);
				this.admin.storage().updateFile(this.properties.bucketId(), fileId, null, permissions);
			}
		}
		catch (AppwriteErrorResponseException ex) {
			if (ex.getStatus() != 404) {
				throw ex;
			}
		}
	}

}
