package io.github.appwritespring.emulator.internal.avatars;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes images with the JDK's ImageIO: PNG, JPEG (with a quality) and GIF. Appwrite's
 * other outputs (WebP, HEIC, AVIF) have no writer in the JDK and come out as PNG, with
 * {@code image/png} as their type.
 */
final class ImageOutput {

	private ImageOutput() {
	}

	/** The format ImageIO writes for an Appwrite output name. */
	static String format(String output) {
		return switch (output.toLowerCase(Locale.ROOT)) {
			case "jpg", "jpeg" -> "jpeg";
			case "gif" -> "gif";
			default -> "png";
		};
	}

	/** The content type of a format from {@link #format}. */
	static String contentType(String format) {
		return "image/" + format;
	}

	/**
	 * Encodes an image.
	 * @param format {@code png}, {@code jpeg} or {@code gif}
	 * @param quality 0-100 for JPEG, -1 for the writer's default
	 */
	static byte[] encode(BufferedImage image, String format, int quality) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (format.equals("png")) {
				ImageIO.write(image, "png", out);
				return out.toByteArray();
			}
			BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = opaque.createGraphics();
			try {
				graphics.drawImage(image, 0, 0, Color.WHITE, null);
			}
			finally {
				graphics.dispose();
			}
			Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
			ImageWriter writer = writers.next();
			try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
				writer.setOutput(stream);
				ImageWriteParam param = writer.getDefaultWriteParam();
				if (quality >= 0 && param.canWriteCompressed()) {
					param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
					param.setCompressionQuality(quality / 100f);
				}
				writer.write(null, new IIOImage(opaque, null, null), param);
			}
			finally {
				writer.dispose();
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
