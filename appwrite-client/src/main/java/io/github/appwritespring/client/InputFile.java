package io.github.appwritespring.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.client.internal.Require;

/**
 * A file to upload: from a path, from bytes, or from a stream whose size is known in
 * advance. The content is read as it is sent, chunk by chunk; it is never loaded whole
 * into memory (except for {@link #fromBytes}, which already is).
 *
 * @since 0.1.0
 */
public final class InputFile {

	private final String filename;

	private final String contentType;

	private final long size;

	private final @Nullable Path path;

	private final byte @Nullable [] bytes;

	private final @Nullable InputStream stream;

	private final AtomicBoolean streamUsed = new AtomicBoolean();

	private InputFile(String filename, @Nullable String contentType, long size, @Nullable Path path,
			byte @Nullable [] bytes, @Nullable InputStream stream) {
		this.filename = Require.nonBlank("filename", filename);
		this.contentType = (contentType != null && !contentType.isBlank()) ? contentType : "application/octet-stream";
		this.size = size;
		this.path = path;
		this.bytes = bytes;
		this.stream = stream;
	}

	/**
	 * Returns the input file.
	 * @param path a readable regular file; its name becomes the file name
	 * @return the input file
	 */
	public static InputFile fromPath(Path path) {
		return fromPath(path, Require.nonNull("path", path).getFileName().toString(), null);
	}

	/**
	 * Returns the input file.
	 * @param path a readable regular file
	 * @param filename the name Appwrite stores
	 * @param contentType the MIME type, or {@code null} to guess it from the name
	 * @return the input file
	 */
	public static InputFile fromPath(Path path, String filename, @Nullable String contentType) {
		Require.nonNull("path", path);
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw new IllegalArgumentException("'path' must be a readable regular file: " + path);
		}
		try {
			return new InputFile(filename, guess(filename, contentType), Files.size(path), path, null, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the size of " + path, ex);
		}
	}

	/**
	 * Returns the input file.
	 * @param bytes the content
	 * @param filename the name Appwrite stores
	 * @param contentType the MIME type, or {@code null} to guess it from the name
	 * @return the input file
	 */
	public static InputFile fromBytes(byte[] bytes, String filename, @Nullable String contentType) {
		Require.nonNull("bytes", bytes);
		return new InputFile(filename, guess(filename, contentType), bytes.length, null, bytes, null);
	}

	/**
	 * A file read once from a stream; the upload closes the stream. Appwrite needs the
	 * size up front to split large files into chunks.
	 * @param stream the content
	 * @param size the exact number of bytes the stream delivers
	 * @param filename the name Appwrite stores
	 * @param contentType the MIME type, or {@code null} to guess it from the name
	 * @return the input file
	 */
	public static InputFile fromStream(InputStream stream, long size, String filename, @Nullable String contentType) {
		Require.nonNull("stream", stream);
		Require.range("size", size, 0, Long.MAX_VALUE);
		return new InputFile(filename, guess(filename, contentType), size, null, null, stream);
	}

	/**
	 * Returns the file name Appwrite stores.
	 * @return the file name Appwrite stores
	 */
	public String getFilename() {
		return this.filename;
	}

	/**
	 * Returns the MIME type sent with the content.
	 * @return the MIME type sent with the content
	 */
	public String getContentType() {
		return this.contentType;
	}

	/**
	 * Returns the size in bytes.
	 * @return the size in bytes
	 */
	public long getSize() {
		return this.size;
	}

	/**
	 * Opens the content for one sequential read from its start. A stream-backed file can
	 * be opened only once.
	 * @return a stream the caller closes
	 * @throws IOException if the file cannot be opened
	 */
	public InputStream open() throws IOException {
		if (this.path != null) {
			return Files.newInputStream(this.path);
		}
		if (this.bytes != null) {
			return new ByteArrayInputStream(this.bytes);
		}
		if (this.stream != null && this.streamUsed.compareAndSet(false, true)) {
			return this.stream;
		}
		throw new IllegalStateException("The stream of InputFile '" + this.filename
				+ "' was already read; create a new InputFile to upload it again");
	}

	private static @Nullable String guess(String filename, @Nullable String contentType) {
		if (contentType != null) {
			return contentType;
		}
		return java.net.URLConnection.guessContentTypeFromName(filename);
	}

	@Override
	public String toString() {
		return "InputFile[" + this.filename + ", " + this.contentType + ", " + this.size + " bytes]";
	}

}
