package io.github.appwritespring.emulator.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;

/**
 * Uploaded file contents, one file on disk per blob, never held whole in memory.
 *
 * <p>
 * Blob names are one or more {@code /}-separated segments, each a valid Appwrite ID
 * ({@code
 * a-zA-Z0-9._-}, at most 36 characters, not starting with {@code .}, {@code -} or
 * {@code _}), e.g. {@code <bucketId>/<fileId>}. Any other name is rejected with
 * {@link IllegalArgumentException}, so a name can never leave the blob directory. Build
 * names only from IDs you have already validated.
 *
 * <p>
 * Typical upload: {@link #createTemp()} → write the bytes (e.g. the multipart parser
 * spools a part into it) → {@link #commit(Path, String)}. Downloads:
 * {@link #open(String)}, or {@link #path(String)} for ranges.
 */
public final class BlobStore {

	private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,35}");

	private static final String TEMP_DIR = ".tmp";

	private final Path root;

	/**
	 * Blobs live under {@code root}, created if missing; temporary files in
	 * {@code root/.tmp}.
	 */
	public BlobStore(Path root) throws IOException {
		this.root = Files.createDirectories(root).toAbsolutePath().normalize();
		Files.createDirectories(this.root.resolve(TEMP_DIR));
	}

	/** The directory holding the blobs. */
	public Path root() {
		return this.root;
	}

	/**
	 * A new empty temporary file to write into; {@link #commit} it or {@link #discard}
	 * it.
	 */
	public Path createTemp() throws IOException {
		return Files.createTempFile(Files.createDirectories(this.root.resolve(TEMP_DIR)), "upload-", ".part");
	}

	/** Deletes a temporary file (no error if it is already gone). */
	public void discard(Path temp) {
		try {
			Files.deleteIfExists(temp);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete a temporary upload", ex);
		}
	}

	/**
	 * Moves a temporary file into place as blob {@code name}, replacing any blob of that
	 * name.
	 */
	public void commit(Path temp, String name) throws IOException {
		Path target = path(name);
		Files.createDirectories(target.getParent());
		Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * The file of blob {@code name} (it may not exist yet), for random access such as
	 * ranges or assembling chunks.
	 * @throws IllegalArgumentException if the name is not a valid blob name
	 */
	public Path path(String name) {
		if (name.isEmpty()) {
			throw new IllegalArgumentException("Blob name must not be empty");
		}
		Path path = this.root;
		for (String segment : name.split("/", -1)) {
			if (!SEGMENT.matcher(segment).matches()) {
				throw new IllegalArgumentException("Invalid blob name segment; use validated IDs only");
			}
			path = path.resolve(segment);
		}
		return path;
	}

	/** Whether blob {@code name} exists. */
	public boolean exists(String name) {
		return Files.isRegularFile(path(name));
	}

	/** Size of blob {@code name} in bytes. */
	public long size(String name) throws IOException {
		return Files.size(path(name));
	}

	/** Opens blob {@code name} for reading; the caller closes the stream. */
	public InputStream open(String name) throws IOException {
		Path path = path(name);
		if (!Files.isRegularFile(path)) {
			throw new NoSuchFileException(name);
		}
		return Files.newInputStream(path);
	}

	/**
	 * Deletes blob {@code name} or, when it names a directory (e.g. a bucket), everything
	 * below it.
	 */
	public void delete(String name) throws IOException {
		deleteTree(path(name));
	}

	/** Deletes every blob and temporary file. */
	public void reset() throws IOException {
		try (var children = Files.list(this.root)) {
			for (Path child : (Iterable<Path>) children::iterator) {
				deleteTree(child);
			}
		}
		Files.createDirectories(this.root.resolve(TEMP_DIR));
	}

	/**
	 * Deletes the whole blob directory, root included (for the temporary directory of an
	 * in-memory emulator).
	 */
	public void deleteRoot() throws IOException {
		deleteTree(this.root);
	}

	private static void deleteTree(Path start) throws IOException {
		if (!Files.exists(start)) {
			return;
		}
		Files.walkFileTree(start, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.deleteIfExists(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				Files.deleteIfExists(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

}
