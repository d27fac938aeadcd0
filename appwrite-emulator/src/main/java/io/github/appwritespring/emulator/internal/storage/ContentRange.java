package io.github.appwritespring.emulator.internal.storage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.appwritespring.emulator.internal.error.ApiException;

/**
 * A chunk's {@code Content-Range: bytes start-end/total} (end inclusive).
 *
 * @param start the first byte
 * @param end the last byte
 * @param total the file's size
 */
record ContentRange(long start, long end, long total) {

	private static final Pattern FORMAT = Pattern.compile("^bytes (\\d{1,15})-(\\d{1,15})/(\\d{1,15})$");

	static ContentRange parse(String header) {
		Matcher matcher = FORMAT.matcher(header.trim());
		if (!matcher.matches()) {
			throw invalid();
		}
		long start = Long.parseLong(matcher.group(1));
		long end = Long.parseLong(matcher.group(2));
		long total = Long.parseLong(matcher.group(3));
		if (start > end || end >= total) {
			throw invalid();
		}
		return new ContentRange(start, end, total);
	}

	long length() {
		return this.end - this.start + 1;
	}

	boolean isLast() {
		return this.end == this.total - 1;
	}

	static ApiException invalid() {
		return new ApiException("storage_invalid_content_range", 400, "The content range is invalid.");
	}
}
