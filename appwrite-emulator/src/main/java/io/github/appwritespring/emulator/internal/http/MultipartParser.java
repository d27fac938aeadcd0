package io.github.appwritespring.emulator.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;

/**
 * A streaming {@code multipart/form-data} parser: text fields are collected (bounded),
 * the one file part is copied to a temporary file as it arrives, so memory use does not
 * depend on the file size.
 */
final class MultipartParser {

	private static final int MAX_HEADER_BYTES = 16 * 1024;

	private static final int MAX_FIELD_BYTES = 1024 * 1024;

	private static final int MAX_FIELDS = 1000;

	private static final int BUFFER = 64 * 1024;

	private final InputStream in;

	private final byte[] buffer = new byte[BUFFER];

	private int start;

	private int end;

	private boolean eof;

	private MultipartParser(InputStream in) {
		this.in = in;
	}

	/**
	 * Parses the whole body.
	 * @param boundary the boundary from the {@code Content-Type} header
	 * @param query the request's query parameters (fields are merged over them)
	 * @param tempFiles creates the temporary file for the file part
	 * @param maxFileBytes the largest file part accepted
	 * @param tooLarge the error thrown when the file part is larger
	 */
	static MultipartForm parse(InputStream in, String boundary, ObjectNode query, TempFiles tempFiles,
			long maxFileBytes, Supplier<ApiException> tooLarge) throws IOException {
		return new MultipartParser(in).parse(boundary, query, tempFiles, maxFileBytes, tooLarge);
	}

	private MultipartForm parse(String boundary, ObjectNode query, TempFiles tempFiles, long maxFileBytes,
			Supplier<ApiException> tooLarge) throws IOException {
		byte[] first = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		Map<String, Object> fields = new LinkedHashMap<>();
		UploadedFile file = null;
		int fieldCount = 0;
		try {
			skipUntil(first);
			while (true) {
				byte[] after = readExactly(2);
				if (after[0] == '-' && after[1] == '-') {
					break;
				}
				if (after[0] != '\r' || after[1] != '\n') {
					throw malformed("a boundary line must end with CRLF");
				}
				Map<String, String> headers = readPartHeaders();
				String disposition = headers.getOrDefault("content-disposition", "");
				String name = dispositionParam(disposition, "name");
				String filename = dispositionParam(disposition, "filename");
				if (name == null) {
					throw malformed("every part needs a Content-Disposition header with a name");
				}
				if (filename != null) {
					if (file != null) {
						throw ApiException.badRequest("Only one file may be uploaded per request.");
					}
					Path temp = tempFiles.create();
					file = new UploadedFile(name, filename,
							headers.getOrDefault("content-type", "application/octet-stream"), temp, 0);
					long size;
					try (OutputStream out = Files.newOutputStream(temp)) {
						size = copyUntil(delimiter, out, maxFileBytes, tooLarge);
					}
					file = new UploadedFile(name, filename, file.contentType(), temp, size);
				}
				else {
					if (++fieldCount > MAX_FIELDS) {
						throw ApiException
							.badRequest("Too many multipart fields: at most " + MAX_FIELDS + " are accepted.");
					}
					ByteArrayOutputStream value = new ByteArrayOutputStream();
					copyUntil(delimiter, value, MAX_FIELD_BYTES, () -> ApiException.badRequest("Multipart field `"
							+ name + "` is too large: at most " + MAX_FIELD_BYTES + " bytes are accepted."));
					FormDecoder.add(fields, name, value.toString(StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (file != null) {
				Files.deleteIfExists(file.path());
			}
			throw ex;
		}
		ObjectNode merged = query.deepCopy();
		fields.forEach((name, value) -> merged.set(name, FormDecoder.toNode(value)));
		return new MultipartForm(new Params(merged), file);
	}

	private static ApiException malformed(String why) {
		return ApiException.badRequest("Malformed multipart/form-data body: " + why + ".");
	}

	private Map<String, String> readPartHeaders() throws IOException {
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		copyUntil("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), raw, MAX_HEADER_BYTES,
				() -> malformed("part headers are too long"));
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line : raw.toString(StandardCharsets.UTF_8).split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
			}
		}
		return headers;
	}

	/**
	 * The value of {@code param} in a {@code Content-Disposition} header, quoted or not;
	 * null if absent.
	 */
	static @Nullable String dispositionParam(String disposition, String param) {
		for (String piece : disposition.split(";")) {
			String trimmed = piece.trim();
			int eq = trimmed.indexOf('=');
			if (eq > 0 && trimmed.substring(0, eq).trim().equalsIgnoreCase(param)) {
				String value = trimmed.substring(eq + 1).trim();
				if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
					value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
				}
				return value;
			}
		}
		return null;
	}

	// ------------------------------------------------------------ buffered scanning

	private boolean fill() throws IOException {
		if (this.eof) {
			return false;
		}
		if (this.start > 0) {
			System.arraycopy(this.buffer, this.start, this.buffer, 0, this.end - this.start);
			this.end -= this.start;
			this.start = 0;
		}
		if (this.end == this.buffer.length) {
			return true;
		}
		int read = this.in.read(this.buffer, this.end, this.buffer.length - this.end);
		if (read < 0) {
			this.eof = true;
			return false;
		}
		this.end += read;
		return true;
	}

	private int indexOf(byte[] pattern) {
		outer: for (int i = this.start; i <= this.end - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (this.buffer[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/**
	 * Copies bytes up to {@code pattern} into {@code out}, consumes the pattern, returns
	 * the count.
	 */
	private long copyUntil(byte[] pattern, OutputStream out, long limit, Supplier<ApiException> tooLarge)
			throws IOException {
		long copied = 0;
		while (true) {
			int found = indexOf(pattern);
			int safeEnd = (found >= 0) ? found : Math.max(this.start, this.end - pattern.length + 1);
			int chunk = safeEnd - this.start;
			if (chunk > 0) {
				copied += chunk;
				if (copied > limit) {
					throw tooLarge.get();
				}
				out.write(this.buffer, this.start, chunk);
				this.start = safeEnd;
			}
			if (found >= 0) {
				this.start += pattern.length;
				return copied;
			}
			if (!fill()) {
				throw malformed("the body ended before the closing boundary");
			}
		}
	}

	private void skipUntil(byte[] pattern) throws IOException {
		copyUntil(pattern, OutputStream.nullOutputStream(), MAX_HEADER_BYTES,
				() -> malformed("no opening boundary found"));
	}

	private byte[] readExactly(int count) throws IOException {
		while (this.end - this.start < count) {
			if (!fill()) {
				throw malformed("the body ended before the closing boundary");
			}
		}
		byte[] bytes = new byte[count];
		System.arraycopy(this.buffer, this.start, bytes, 0, count);
		this.start += count;
		return bytes;
	}

	/** Callback that creates the temporary file the file part is written to. */
	@FunctionalInterface
	interface TempFiles {

		Path create() throws IOException;

	}

}
