package io.github.appwritespring.emulator.internal.storage;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.emulator.internal.error.ApiException;

/**
 * Renders a file preview with the JDK's ImageIO and Java2D, in the order Appwrite's image
 * library applies the options: resize and crop by gravity, opacity, background, border,
 * border radius, rotation, then encoding (JPEG with the quality asked for, PNG, GIF). The
 * JDK encodes no WebP, HEIC or AVIF: asking for those is a 400 naming the reason.
 */
final class ImagePreviews {

	/** Appwrite's background for the stand-in image of a file that is not an image. */
	static final String ICON_BACKGROUND = "eceff1";

	private ImagePreviews() {
	}

	/** The decoded image, or 400 {@code storage_file_type_unsupported}. */
	static BufferedImage decode(InputStream in) {
		try {
			BufferedImage image = ImageIO.read(in);
			if (image == null) {
				throw unsupported("The file's image format cannot be read by the emulator");
			}
			return image;
		}
		catch (IOException ex) {
			throw unsupported("The file's image could not be read");
		}
	}

	/** What Appwrite shows for a file that is not an image: a plain file icon. */
	static BufferedImage fileIcon() {
		BufferedImage icon = new BufferedImage(150, 150, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = icon.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(0x90A4AE));
		g.setStroke(new BasicStroke(4));
		g.drawRoundRect(45, 30, 60, 90, 8, 8);
		g.drawLine(58, 60, 92, 60);
		g.drawLine(58, 75, 92, 75);
		g.drawLine(58, 90, 80, 90);
		g.dispose();
		return icon;
	}

	static BufferedImage render(BufferedImage source, PreviewOptions options) {
		BufferedImage image = argb(source);
		image = crop(image, options.width(), options.height(), options.gravity());
		if (options.opacity() < 1) {
			image = opacity(image, options.opacity());
		}
		if (!options.background().isEmpty()) {
			image = background(image, color(options.background()));
		}
		if (options.borderWidth() > 0) {
			image = border(image, options.borderWidth(),
					options.borderColor().isEmpty() ? Color.BLACK : color(options.borderColor()));
		}
		if (options.borderRadius() > 0) {
			image = rounded(image, options.borderRadius());
		}
		int rotation = (options.rotation() + 360) % 360;
		if (rotation != 0) {
			image = rotate(image, rotation);
		}
		return image;
	}

	/** The MIME type of an output format. */
	static String contentType(String output) {
		return switch (output) {
			case "png" -> "image/png";
			case "gif" -> "image/gif";
			default -> "image/jpeg";
		};
	}

	static byte[] encode(BufferedImage image, String output, int quality) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			switch (output) {
				case "png" -> ImageIO.write(image, "png", bytes);
				case "gif" -> ImageIO.write(image, "gif", bytes);
				case "jpg", "jpeg" -> jpeg(opaque(image), quality, bytes);
				default -> throw ApiException.invalidParam("output", "The emulator cannot encode " + output
						+ " previews (the JDK has no encoder for it); ask for jpg, png or gif");
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void jpeg(BufferedImage image, int quality, ByteArrayOutputStream bytes) throws IOException {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
		ImageWriter writer = writers.next();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (quality >= 0) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(quality / 100f);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
	}

	private static BufferedImage crop(BufferedImage image, int width, int height, String gravity) {
		int sourceWidth = image.getWidth();
		int sourceHeight = image.getHeight();
		if (width == 0 && height == 0) {
			return image;
		}
		if (width == 0 || height == 0) {
			int targetWidth = (width != 0) ? width
					: (int) Math.max(1, Math.round((double) sourceWidth * height / sourceHeight));
			int targetHeight = (height != 0) ? height
					: (int) Math.max(1, Math.round((double) sourceHeight * width / sourceWidth));
			return scaled(image, targetWidth, targetHeight, 0, 0, targetWidth, targetHeight);
		}
		double scale = Math.max((double) width / sourceWidth, (double) height / sourceHeight);
		int scaledWidth = (int) Math.max(width, Math.round(sourceWidth * scale));
		int scaledHeight = (int) Math.max(height, Math.round(sourceHeight * scale));
		int x = switch (gravity) {
			case "top-left", "left", "bottom-left" -> 0;
			case "top-right", "right", "bottom-right" -> scaledWidth - width;
			default -> (scaledWidth - width) / 2;
		};
		int y = switch (gravity) {
			case "top-left", "top", "top-right" -> 0;
			case "bottom-left", "bottom", "bottom-right" -> scaledHeight - height;
			default -> (scaledHeight - height) / 2;
		};
		return scaled(image, scaledWidth, scaledHeight, x, y, width, height);
	}

	private static BufferedImage scaled(BufferedImage image, int scaledWidth, int scaledHeight, int x, int y, int width,
			int height) {
		BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = result.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.drawImage(image, -x, -y, scaledWidth, scaledHeight, null);
		g.dispose();
		return result;
	}

	private static BufferedImage opacity(BufferedImage image, double opacity) {
		BufferedImage result = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = result.createGraphics();
		g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return result;
	}

	private static BufferedImage background(BufferedImage image, Color color) {
		BufferedImage result = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = result.createGraphics();
		g.setColor(color);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return result;
	}

	private static BufferedImage border(BufferedImage image, int width, Color color) {
		BufferedImage result = new BufferedImage(image.getWidth() + 2 * width, image.getHeight() + 2 * width,
				BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = result.createGraphics();
		g.setColor(color);
		g.fillRect(0, 0, result.getWidth(), result.getHeight());
		g.drawImage(image, width, width, null);
		g.dispose();
		return result;
	}

	private static BufferedImage rounded(BufferedImage image, int radius) {
		BufferedImage result = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = result.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setClip(new RoundRectangle2D.Double(0, 0, image.getWidth(), image.getHeight(), 2.0 * radius, 2.0 * radius));
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return result;
	}

	private static BufferedImage rotate(BufferedImage image, int degrees) {
		double radians = Math.toRadians(degrees);
		double sin = Math.abs(Math.sin(radians));
		double cos = Math.abs(Math.cos(radians));
		int width = (int) Math.round(image.getWidth() * cos + image.getHeight() * sin);
		int height = (int) Math.round(image.getWidth() * sin + image.getHeight() * cos);
		BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = result.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		AffineTransform transform = new AffineTransform();
		transform.translate(width / 2.0, height / 2.0);
		transform.rotate(radians);
		transform.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
		g.drawImage(image, transform, null);
		g.dispose();
		return result;
	}

	private static BufferedImage argb(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
			return image;
		}
		BufferedImage result = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = result.createGraphics();
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return result;
	}

	/** JPEG has no alpha: transparent pixels go on white. */
	private static BufferedImage opaque(BufferedImage image) {
		BufferedImage result = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = result.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return result;
	}

	static Color color(String hex) {
		String six = (hex.length() == 3)
				? "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2)
				: hex;
		return new Color(Integer.parseInt(six, 16));
	}

	private static ApiException unsupported(@Nullable String message) {
		return new ApiException("storage_file_type_unsupported", 400,
				(message != null) ? message : "The given file extension is not supported.");
	}

}
