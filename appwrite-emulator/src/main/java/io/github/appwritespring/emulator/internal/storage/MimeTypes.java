package io.github.appwritespring.emulator.internal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A file's type as Appwrite sets it: detected from the stored content (PHP's libmagic,
 * here its common signatures), never from the type the upload declared; and the types
 * Appwrite's {@code view} serves as they are (its {@code storage-mimes} list), any other
 * being served as {@code text/plain}.
 */
final class MimeTypes {

	/** Appwrite 1.8.1's {@code app/config/storage/mimes.php}. */
	static final Set<String> VIEWABLE = Set.of("image/jpeg", "image/gif", "image/png", "image/webp", "image/heic",
			"image/heic-sequence", "image/avif", "video/mp4", "video/x-flv", "video/webm", "application/x-mpegURL",
			"video/MP2T", "video/3gpp", "video/quicktime", "video/x-msvideo", "video/x-ms-wmv", "audio/basic",
			"auido/L24", "audio/mid", "audio/mpeg", "audio/mp4", "audio/x-aiff", "audio/x-mpegurl",
			"audio/vnd.rn-realaudio", "audio/ogg", "audio/vorbis", "audio/vnd.wav", "audio/x-wav", "audio/aac",
			"audio/x-hx-aac-adts", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.template",
			"application/vnd.ms-word.document.macroEnabled.12", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.template",
			"application/vnd.ms-excel.sheet.macroEnabled.12", "application/vnd.ms-excel.template.macroEnabled.12",
			"application/vnd.ms-excel.addin.macroEnabled.12", "application/vnd.ms-excel.sheet.binary.macroEnabled.12",
			"application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.openxmlformats-officedocument.presentationml.template",
			"application/vnd.openxmlformats-officedocument.presentationml.slideshow",
			"application/vnd.ms-powerpoint.addin.macroEnabled.12",
			"application/vnd.ms-powerpoint.presentation.macroEnabled.12",
			"application/vnd.ms-powerpoint.template.macroEnabled.12",
			"application/vnd.ms-powerpoint.slideshow.macroEnabled.12", "application/vnd.ms-access", "application/pdf");

	private static final int SNIFF = 8192;

	private MimeTypes() {
	}

	/**
	 * Returns the type {@code view} answers with for a stored type.
	 * @param mimeType the file's type
	 * @return the type, or {@code text/plain}
	 */
	static String forView(String mimeType) {
		return VIEWABLE.contains(mimeType) ? mimeType : "text/plain";
	}

	/**
	 * Returns the type of a stored file, detected from its first bytes.
	 * @param file the stored file
	 * @return the type
	 */
	static String detect(Path file) {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFF);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read an uploaded file", ex);
		}
		return detect(head);
	}

	static String detect(byte[] head) {
		if (head.length == 0) {
			return "application/x-empty";
		}
		if (starts(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		if (starts(head, 0, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (starts(head, 0, 'G', 'I', 'F', '8')) {
			return "image/gif";
		}
		if (starts(head, 0, '%', 'P', 'D', 'F', '-')) {
			return "application/pdf";
		}
		if (starts(head, 0, 'R', 'I', 'F', 'F')) {
			if (starts(head, 8, 'W', 'E', 'B', 'P')) {
				return "image/webp";
			}
			if (starts(head, 8, 'W', 'A', 'V', 'E')) {
				return "audio/x-wav";
			}
			if (starts(head, 8, 'A', 'V', 'I', ' ')) {
				return "video/x-msvideo";
			}
		}
		if (starts(head, 4, 'f', 't', 'y', 'p') && head.length >= 12) {
			String brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
			return switch (brand) {
				case "heic", "heix" -> "image/heic";
				case "avif" -> "image/avif";
				case "qt  " -> "video/quicktime";
				case "M4A " -> "audio/x-m4a";
				default -> "video/mp4";
			};
		}
		if (starts(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
			return "video/webm";
		}
		if (starts(head, 0, 'I', 'D', '3')) {
			return "audio/mpeg";
		}
		if (starts(head, 0, 'O', 'g', 'g', 'S')) {
			return "audio/ogg";
		}
		if (starts(head, 0, 'P', 'K', 0x03, 0x04)) {
			return "application/zip";
		}
		if (starts(head, 0, 0x1F, 0x8B)) {
			return "application/gzip";
		}
		String text = text(head);
		if (text == null) {
			return "application/octet-stream";
		}
		String start = text.stripLeading().toLowerCase(Locale.ROOT);
		if (start.startsWith("<svg") || start.startsWith("<?xml") && start.contains("<svg")) {
			return "image/svg+xml";
		}
		if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
			return "text/html";
		}
		if (start.startsWith("<?xml")) {
			return "text/xml";
		}
		String trimmed = start.strip();
		if (trimmed.startsWith("{") && trimmed.endsWith("}") || trimmed.startsWith("[") && trimmed.endsWith("]")) {
			return "application/json";
		}
		return "text/plain";
	}

	private static boolean starts(byte[] head, int offset, int... signature) {
		if (head.length < offset + signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((head[offset + i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

	/** The bytes as text when they are UTF-8 without control characters, else null. */
	private static @Nullable String text(byte[] head) {
		// a multi-byte character may be cut at the end of the sniffed bytes
		boolean whole = head.length < SNIFF;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer out = CharBuffer.allocate(head.length);
		if (decoder.decode(ByteBuffer.wrap(head), out, whole).isError() || whole && decoder.flush(out).isError()) {
			return null;
		}
		out.flip();
		String text = out.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
				return null;
			}
		}
		return text;
	}

}
