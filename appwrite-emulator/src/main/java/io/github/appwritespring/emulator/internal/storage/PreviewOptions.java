package io.github.appwritespring.emulator.internal.storage;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;

/**
 * The parameters of {@code getFilePreview}, checked as Appwrite 1.8.1 checks them (400
 * {@code general_argument_invalid} in its words).
 *
 * @param width 0 to 4000, 0 keeps the width (or follows the height's ratio)
 * @param height 0 to 4000
 * @param gravity where a crop keeps the image: {@code center}, {@code top-left}, ...
 * @param quality -1 (the encoder's default) to 100
 * @param borderWidth 0 to 100 pixels
 * @param borderColor hex colour (3 or 6 digits), or empty
 * @param borderRadius 0 to 4000 pixels
 * @param opacity 0 to 1
 * @param rotation -360 to 360 degrees
 * @param background hex colour behind transparent pixels, or empty
 * @param output {@code jpg}, {@code jpeg}, {@code png}, {@code gif}, {@code webp},
 * {@code heic}, {@code avif}, or empty for the file's own format
 */
record PreviewOptions(int width, int height, String gravity, int quality, int borderWidth, String borderColor,
		int borderRadius, double opacity, int rotation, String background, String output) {

	static final List<String> GRAVITIES = List.of("center", "top-left", "top", "top-right", "left", "right",
			"bottom-left", "bottom", "bottom-right");

	static final List<String> OUTPUTS = List.of("jpeg", "jpg", "png", "gif", "webp", "heic", "avif");

	private static final Pattern HEX = Pattern.compile("[a-fA-F0-9]{6}|[a-fA-F0-9]{3}");

	static PreviewOptions from(Params params) {
		return new PreviewOptions(params.integer("width", 0, 0, 4000), params.integer("height", 0, 0, 4000),
				oneOf(params, "gravity", GRAVITIES, "center"), params.integer("quality", -1, -1, 100),
				params.integer("borderWidth", 0, 0, 100), hex(params, "borderColor"),
				params.integer("borderRadius", 0, 0, 4000), opacity(params), params.integer("rotation", 0, -360, 360),
				hex(params, "background"), oneOf(params, "output", OUTPUTS, ""));
	}

	private static double opacity(Params params) {
		JsonNode raw = params.raw("opacity");
		if (raw == null || (raw.isString() && raw.asString().isEmpty())) {
			return 1;
		}
		Double value = null;
		if (raw.isNumber()) {
			value = raw.asDouble();
		}
		else if (raw.isString()) {
			try {
				value = Double.valueOf(raw.asString().trim());
			}
			catch (NumberFormatException ex) {
				value = null;
			}
		}
		if (value == null || value.isNaN() || value < 0 || value > 1) {
			throw ApiException.invalidParam("opacity", "Value must be a valid range between 0 and 1");
		}
		return value;
	}

	private static String hex(Params params, String name) {
		String value = params.optionalString(name).orElse("");
		if (!value.isEmpty() && !HEX.matcher(value).matches()) {
			throw ApiException.invalidParam(name, "Value must be a valid Hex color code");
		}
		return value;
	}

	private static String oneOf(Params params, String name, List<String> allowed, @Nullable String fallback) {
		String value = params.optionalString(name).filter((v) -> !v.isEmpty()).orElse(fallback);
		if (value == null || (!value.isEmpty() && !allowed.contains(value))) {
			throw ApiException.invalidParam(name, "Value must be one of (" + String.join(", ", allowed) + ")");
		}
		return value;
	}

}
