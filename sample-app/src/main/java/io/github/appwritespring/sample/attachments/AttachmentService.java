package io.github.appwritespring.sample.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.InputFile;
import io.github.appwritespring.client.Permission;
import io.github.appwritespring.client.Role;
import io.github.appwritespring.client.model.File;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.sample.SampleProperties;
import io.github.appwritespring.sample.notes.Note;
import io.github.appwritespring.sample.notes.NoteLocks;
import io.github.appwritespring.sample.notes.NoteNotFoundException;
import io.github.appwritespring.sample.notes.NoteService;
import io.github.appwritespring.sample.sharing.NoteSharing;
import io.github.appwritespring.sample.web.BadInputException;
import io.github.appwritespring.sample.web.Sizes;

/**
 * A note's files in the attachments bucket, stored and read as the signed-in user, with
 * permissions for the owner only. The note's {@code attachmentIds} column lists them.
 */
@Service
public class AttachmentService {

	private static final int MAX_NAME = 255;

	private final AppwriteSessionClient me;

	private final NoteService notes;

	private final SampleProperties properties;

	private final NoteLocks locks;

	private final NoteSharing sharing;

	/**
	 * Creates a new {@code AttachmentService}.
	 * @param me the current request's session client (a request-scoped proxy)
	 * @param notes the notes
	 * @param properties the bucket and the size limit
	 * @param locks the notes' locks
	 * @param sharing gives readers access to new attachments
	 */
	public AttachmentService(AppwriteSessionClient me, NoteService notes, SampleProperties properties, NoteLocks locks,
			NoteSharing sharing) {
		this.me = me;
		this.notes = notes;
		this.properties = properties;
		this.locks = locks;
		this.sharing = sharing;
	}

	/**
	 * Returns the largest file accepted.
	 * @return the largest file accepted
	 */
	public DataSize maxSize() {
		return this.properties.maxAttachmentSize();
	}

	/**
	 * Returns its attachments the user may read (a reader may read those the owner
	 * attached since sharing; none that Appwrite refuses).
	 * @param note a note
	 * @return its attachments the user may read
	 */
	public List<File> list(Row<Note> note) {
		List<File> files = new ArrayList<>();
		for (String id : note.data().attachments()) {
			try {
				files.add(this.me.storage().getFile(this.properties.bucketId(), id));
			}
			catch (AppwriteErrorResponseException ex) {
				if (ex.getStatus() != 404) {
					throw ex;
				}
			}
		}
		return files;
	}

	/**
	 * Returns the stored file.
	 * @param note a note the user owns
	 * @param owner the signed-in user
	 * @param upload the uploaded file
	 * @return the stored file
	 * @throws BadInputException for no file, an empty one, one over the size limit or one
	 * with a too long name
	 */
	public File upload(Row<Note> note, AppwriteUser owner, MultipartFile upload) {
		String name = (upload.getOriginalFilename() != null) ? upload.getOriginalFilename().strip() : "";
		if (name.isEmpty() || upload.isEmpty()) {
			throw new BadInputException("Choose a file that is not empty.");
		}
		if (upload.getSize() > maxSize().toBytes()) {
			throw new BadInputException(
					"That file is too large: attachments can be at most " + Sizes.human(maxSize()) + ".");
		}
		if (name.length() > MAX_NAME) {
			throw new BadInputException("The file name is too long: at most " + MAX_NAME + " characters.");
		}
		String role = Role.user(owner.getId());
		File file;
		try (InputStream in = upload.getInputStream()) {
			file = this.me.storage()
				.createFile(this.properties.bucketId(), ID.unique(),
						InputFile.fromStream(in, upload.getSize(), name, upload.getContentType()),
						List.of(Permission.read(role), Permission.update(role), Permission.delete(role)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the uploaded file", ex);
		}
		String fileId = file.id();
		try {
			// under the note's lock, so that a share at the same moment sees the new file
			// or gives its reader access to it here
			this.locks.change(note.id(), () -> {
				Row<Note> changed = this.notes.changeAttachments(note.id(), (ids) -> {
					ids.add(fileId);
					return ids;
				});
				this.sharing.shareAttachment(changed, fileId);
				return changed;
			});
		}
		catch (RuntimeException ex) {
			// a file no note lists would never be shown or deleted
			this.me.storage().deleteFile(this.properties.bucketId(), file.id());
			throw ex;
		}
		return file;
	}

	/**
	 * Returns the file's metadata.
	 * @param note a note
	 * @param fileId one of its attachments
	 * @return the file's metadata
	 * @throws NoteNotFoundException when the note does not list it or the user may not
	 * read it
	 */
	public File get(Row<Note> note, String fileId) {
		requireListed(note, fileId);
		try {
			return this.me.storage().getFile(this.properties.bucketId(), fileId);
		}
		catch (AppwriteErrorResponseException ex) {
			throw (ex.getStatus() == 404) ? new NoteNotFoundException() : ex;
		}
	}

	/**
	 * Returns its bytes, as they arrive from Appwrite (close it).
	 * @param file a file from {@link #get}
	 * @return its bytes, as they arrive from Appwrite (close it)
	 */
	public InputStream open(File file) {
		return this.me.storage().getFileDownload(this.properties.bucketId(), file.id());
	}

	/**
	 * Deletes the note.
	 * @param note a note the user owns
	 * @param fileId one of its attachments
	 */
	public void delete(Row<Note> note, String fileId) {
		requireListed(note, fileId);
		deleteFile(fileId);
		this.notes.changeAttachments(note.id(), (ids) -> {
			ids.remove(fileId);
			return ids;
		});
	}

	/**
	 * Deletes every attachment of a note that is about to be deleted.
	 * @param note a note the user owns
	 */
	public void deleteAll(Row<Note> note) {
		note.data().attachments().forEach(this::deleteFile);
	}

	private void deleteFile(String fileId) {
		try {
			this.me.storage().deleteFile(this.properties.bucketId(), fileId);
		}
		catch (AppwriteErrorResponseException ex) {
			if (ex.getStatus() != 404) {
				throw ex;
			}
		}
	}

	private static void requireListed(Row<Note> note, String fileId) {
		if (!note.data().attachments().contains(fileId)) {
			throw new NoteNotFoundException();
		}
	}

}
