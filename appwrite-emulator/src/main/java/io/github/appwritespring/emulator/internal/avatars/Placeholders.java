package io.github.appwritespring.emulator.internal.avatars;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The images the emulator draws where Appwrite shows its bundled icons or something it
 * fetched: a coloured tile with a label (browser, credit card and flag icons, favicons),
 * a picture frame (remote images) and a page frame (screenshots). The colour follows from
 * the label, so the same code always looks the same.
 */
final class Placeholders {

	private Placeholders() {
	}

	/** A tile of the label's colour with the label in white, centred. */
	static BufferedImage tile(String label, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setColor(colorOf(label));
			graphics.fillRect(0, 0, width, height);
			graphics.setColor(Color.WHITE);
			drawCentred(graphics, label, width, height);
		}
		finally {
			graphics.dispose();
		}
		return image;
	}

	/** A light frame with a mountain and a sun, the common "image" sign, and the host. */
	static BufferedImage picture(String host, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setColor(new Color(0xE8EAED));
			graphics.fillRect(0, 0, width, height);
			graphics.setColor(new Color(0x9AA0A6));
			int[] xs = { 0, width / 3, width / 2, 2 * width / 3, width };
			int[] ys = { height, height / 2, 2 * height / 3, height / 3, height };
			graphics.fillPolygon(xs, ys, xs.length);
			int sun = Math.max(1, Math.min(width, height) / 6);
			graphics.fillOval(width / 6, height / 8, sun, sun);
			graphics.setColor(new Color(0x5F6368));
			drawCentred(graphics, host, width, height / 4);
		}
		finally {
			graphics.dispose();
		}
		return image;
	}

	/** A browser page: a bar with the address, and an empty page in the theme. */
	static BufferedImage page(String url, int width, int height, boolean dark) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setColor(dark ? new Color(0x202124) : Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			int bar = Math.max(1, height / 12);
			graphics.setColor(dark ? new Color(0x3C4043) : new Color(0xDADCE0));
			graphics.fillRect(0, 0, width, bar);
			graphics.setStroke(new BasicStroke(Math.max(1, width / 400f)));
			graphics.drawRect(0, 0, width - 1, height - 1);
			graphics.setColor(dark ? Color.WHITE : Color.BLACK);
			drawCentred(graphics, url, width, bar);
		}
		finally {
			graphics.dispose();
		}
		return image;
	}

	/** Scales an image to {@code width} x {@code height}. */
	static BufferedImage resize(BufferedImage source, int width, int height) {
		if (source.getWidth() == width && source.getHeight() == height) {
			return source;
		}
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return image;
	}

	private static void drawCentred(Graphics2D graphics, String text, int width, int height) {
		if (text.isEmpty()) {
			return;
		}
		graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		float size = Math.max(1f, Math.min(height / 2.5f, width * 1.6f / text.length()));
		graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(size));
		FontMetrics metrics = graphics.getFontMetrics();
		float x = (width - metrics.stringWidth(text)) / 2f;
		float y = (height - metrics.getHeight()) / 2f + metrics.getAscent();
		graphics.drawString(text, x, y);
	}

	private static Color colorOf(String label) {
		float hue = (label.hashCode() & 0xFFFF) / 65536f;
		return Color.getHSBColor(hue, 0.55f, 0.75f);
	}

}
