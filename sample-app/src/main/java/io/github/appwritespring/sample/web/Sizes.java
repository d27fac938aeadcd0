package io.github.appwritespring.sample.web;

import org.springframework.util.unit.DataSize;

/**
 * File sizes as people read them.
 */
public final class Sizes {

	private Sizes() {
	}

	/**
	 * Returns it in B, KB or MB (binary units), e.g. {@code 1 MB}, {@code 12.5 KB}.
	 * @param size a size
	 * @return it in B, KB or MB (binary units), e.g. {@code 1 MB}, {@code 12.5 KB}
	 */
	public static String human(DataSize size) {
		return human(size.toBytes());
	}

	/**
	 * Returns it in B, KB or MB (binary units).
	 * @param bytes a size in bytes
	 * @return it in B, KB or MB (binary units)
	 */
	public static String human(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		double kb = bytes / 1024.0;
		if (kb < 1024) {
			return trim(kb) + " KB";
		}
		return trim(kb / 1024) + " MB";
	}

	private static String trim(double value) {
		String text = String.format(java.util.Locale.ROOT, "%.1f", value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

}
