package io.github.appwritespring.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a multipart/form-data body as it arrived at the recording server, for assertions.
 */
final class MultipartBody {

	private MultipartBody() {
	}

	static List<Part> parse(byte[] body, String contentType) {
		String boundary = "--"
				+ contentType.substring(contentType.indexOf("boundary=") + "boundary=".length()).replace("\"", "");
		byte[] delimiter = boundary.getBytes(StandardCharsets.ISO_8859_1);
		List<Part> parts = new ArrayList<>();
		int start = indexOf(body, delimiter, 0);
		while (start >= 0) {
			int headersStart = start + delimiter.length;
			if (body[headersStart] == '-' && body[headersStart + 1] == '-') {
				break;
			}
			headersStart += 2;
			int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
			String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.ISO_8859_1);
			int contentStart = headersEnd + 4;
			int next = indexOf(body, delimiter, contentStart);
			byte[] content = java.util.Arrays.copyOfRange(body, contentStart, next - 2);
			parts.add(new Part(attribute(headers, "name"), attribute(headers, "filename"),
					header(headers, "Content-Type"), content));
			start = next;
		}
		return parts;
	}

	private static String attribute(String headers, String name) {
		int at = headers.indexOf(" " + name + "=\"");
		if (at < 0) {
			at = headers.indexOf(";" + name + "=\"");
		}
		if (at < 0) {
			return null;
		}
		int from = headers.indexOf('"', at) + 1;
		return headers.substring(from, headers.indexOf('"', from));
	}

	private static String header(String headers, String name) {
		for (String line : headers.split("\r\n")) {
			if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
				return line.substring(name.length() + 1).trim();
			}
		}
		return null;
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = from; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	record Part(String name, String filename, String contentType, byte[] content) {

		String text() {
			return new String(this.content, StandardCharsets.UTF_8);
		}

	}

}
