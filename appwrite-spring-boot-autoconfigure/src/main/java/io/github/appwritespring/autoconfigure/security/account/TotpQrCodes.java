package io.github.appwritespring.autoconfigure.security.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/**
 * Renders an {@code otpauth://} URI as a QR code on the server, with ZXing (an optional
 * dependency, {@code com.google.zxing:core}), so that no third-party service ever sees
 * the TOTP secret. The image is an SVG (no AWT needed) in a {@code data:} URI, ready for
 * an {@code <img src>}.
 */
final class TotpQrCodes {

	private static final boolean PRESENT = ClassUtils.isPresent("com.google.zxing.qrcode.QRCodeWriter",
			TotpQrCodes.class.getClassLoader());

	private TotpQrCodes() {
	}

	/**
	 * Returns the QR code of a URI as an SVG {@code data:} URI, or {@code null} when
	 * ZXing is not on the class path.
	 */
	static @Nullable String svgDataUri(String uri) {
		return PRESENT ? Zxing.svgDataUri(uri) : null;
	}

	/** Loaded only when ZXing is there. */
	private static final class Zxing {

		private static final int QUIET_ZONE = 4;

		static String svgDataUri(String uri) {
			BitMatrix matrix;
			try {
				matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0, Map
					.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
			}
			catch (WriterException ex) {
				throw new IllegalStateException("The authenticator's URI does not fit in a QR code", ex);
			}
			int width = matrix.getWidth();
			int height = matrix.getHeight();
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < height; y++) {
				for (int x = 0; x < width; x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
					+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
					+ "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
			return "data:image/svg+xml;base64,"
					+ Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
		}

	}

}
