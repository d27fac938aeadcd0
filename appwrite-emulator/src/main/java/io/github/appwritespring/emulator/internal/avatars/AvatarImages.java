package io.github.appwritespring.emulator.internal.avatars;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

/**
 * Draws the Avatars images with the JDK's imaging (no native library): initials cut out
 * of a coloured square, and QR codes. Works headless.
 */
final class AvatarImages {

	/** Appwrite's five initials backgrounds, picked by the initials' character codes. */
	static final String[] THEMES = { "#FD366E", "#FE9567", "#7C67FE", "#68A3FE", "#85DBD8" };

	private AvatarImages() {
	}

	/**
	 * The initials of a name as Appwrite takes them: upper-cased (ASCII only), split on
	 * spaces (or underscores when there is no space), the first character of each word
	 * that starts with an ASCII letter or digit, stopping after the second word.
	 */
	static Initials initials(String name) {
		String upper = asciiUpperCase(name);
		String[] words = upper.split(" ", -1);
		if (words.length == 1) {
			words = upper.split("_", -1);
		}
		StringBuilder initials = new StringBuilder();
		int code = 0;
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			if (!word.isEmpty() && isAsciiAlphanumeric(word.charAt(0))) {
				initials.append(word.charAt(0));
				code += word.charAt(0);
				if (i == 1) {
					break;
				}
			}
		}
		int last = code % 10;
		String background = THEMES[(last > THEMES.length - 1) ? last % THEMES.length : last];
		return new Initials(initials.toString(), background);
	}

	/**
	 * A PNG of {@code width} x {@code height}: the background colour with the initials
	 * cut out (transparent), as Appwrite draws it.
	 */
	static byte[] initialsPng(String initials, int width, int height, Color background) {
		// As Appwrite does: the text drawn on a transparent mask, whose inverted alpha
		// becomes the opacity of the background.
		BufferedImage mask = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		if (!initials.isEmpty()) {
			Graphics2D graphics = mask.createGraphics();
			try {
				float fontSize = Math.min(width, height) / 2f;
				graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
				graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(fontSize));
				graphics.setColor(Color.BLACK);
				FontMetrics metrics = graphics.getFontMetrics();
				float x = width / 1.97f - metrics.stringWidth(initials) / 2f;
				float y = height / 2f + fontSize / 3f;
				graphics.drawString(initials, x, y);
			}
			finally {
				graphics.dispose();
			}
		}
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		int rgb = background.getRGB() & 0xFFFFFF;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int alpha = 255 - (mask.getRGB(x, y) >>> 24);
				image.setRGB(x, y, (alpha << 24) | rgb);
			}
		}
		return png(image);
	}

	/**
	 * A PNG QR code of {@code size} x {@code size} pixels: the code with a quiet zone of
	 * {@code margin} modules, scaled to the size (black on white).
	 */
	static byte[] qrPng(String text, int size, int margin) {
		boolean[][] modules = QrCode.encode(text.getBytes(StandardCharsets.UTF_8));
		int count = modules.length + 2 * margin;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int py = 0; py < size; py++) {
			int my = (int) ((long) py * count / size) - margin;
			for (int px = 0; px < size; px++) {
				int mx = (int) ((long) px * count / size) - margin;
				boolean dark = my >= 0 && mx >= 0 && my < modules.length && mx < modules.length && modules[my][mx];
				image.setRGB(px, py, dark ? 0xFF000000 : 0xFFFFFFFF);
			}
		}
		return png(image);
	}

	/** Parses {@code RRGGBB} or {@code RGB} (already validated). */
	static Color hexColor(String hex) {
		String full = (hex.length() == 3)
				? "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2)
				: hex;
		return new Color(Integer.parseInt(full, 16));
	}

	private static byte[] png(BufferedImage image) {
		return ImageOutput.encode(image, "png", -1);
	}

	private static String asciiUpperCase(String value) {
		StringBuilder upper = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			upper.append((c >= 'a' && c <= 'z') ? (char) (c - 32) : c);
		}
		return upper.toString();
	}

	private static boolean isAsciiAlphanumeric(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

	/** The initials of a name and the background Appwrite picks for them. */
	record Initials(String text, String background) {
	}

}
