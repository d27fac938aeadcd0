package io.github.appwritespring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * How Appwrite renders a file preview; {@code null} leaves Appwrite's default. Start from
 * {@link #defaults()}.
 *
 * @param width the width in pixels, 0 to 4000
 * @param height the height in pixels, 0 to 4000
 * @param gravity where to crop: {@code center}, {@code top-left}, {@code top}, ...
 * @param quality the compression quality, 0 to 100
 * @param borderWidth the border width in pixels
 * @param borderColor the border colour, hex without {@code #}
 * @param borderRadius the corner radius in pixels
 * @param opacity the opacity, 0 to 1 (for transparent formats)
 * @param rotation the rotation in degrees, -360 to 360
 * @param background the background colour, hex without {@code #}
 * @param output the format: {@code jpg}, {@code jpeg}, {@code png}, {@code gif},
 * {@code webp}, {@code heic} or {@code avif}
 * @param token a file token's secret, for callers without other access
 * @since 0.1.0
 */
public record PreviewOptions(@Nullable Long width, @Nullable Long height, @Nullable String gravity,
		@Nullable Long quality, @Nullable Long borderWidth, @Nullable String borderColor, @Nullable Long borderRadius,
		@Nullable Double opacity, @Nullable Long rotation, @Nullable String background, @Nullable String output,
		@Nullable String token) {

	/**
	 * Returns options that leave every setting to Appwrite.
	 * @return options that leave every setting to Appwrite
	 */
	public static PreviewOptions defaults() {
		return new PreviewOptions(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * Returns a copy with {@code width} set.
	 * @param width the width in pixels, 0 to 4000
	 * @return a copy with {@code width} set
	 */
	public PreviewOptions withWidth(long width) {
		return new PreviewOptions(width, this.height, this.gravity, this.quality, this.borderWidth, this.borderColor,
				this.borderRadius, this.opacity, this.rotation, this.background, this.output, this.token);
	}

	/**
	 * Returns a copy with {@code height} set.
	 * @param height the height in pixels, 0 to 4000
	 * @return a copy with {@code height} set
	 */
	public PreviewOptions withHeight(long height) {
		return new PreviewOptions(this.width, height, this.gravity, this.quality, this.borderWidth, this.borderColor,
				this.borderRadius, this.opacity, this.rotation, this.background, this.output, this.token);
	}

	/**
	 * Returns a copy with {@code gravity} set.
	 * @param gravity where to crop: {@code center}, {@code top-left}, {@code top}, ...
	 * @return a copy with {@code gravity} set
	 */
	public PreviewOptions withGravity(String gravity) {
		return new PreviewOptions(this.width, this.height, gravity, this.quality, this.borderWidth, this.borderColor,
				this.borderRadius, this.opacity, this.rotation, this.background, this.output, this.token);
	}

	/**
	 * Returns a copy with {@code quality} set.
	 * @param quality the compression quality, 0 to 100
	 * @return a copy with {@code quality} set
	 */
	public PreviewOptions withQuality(long quality) {
		return new PreviewOptions(this.width, this.height, this.gravity, quality, this.borderWidth, this.borderColor,
				this.borderRadius, this.opacity, this.rotation, this.background, this.output, this.token);
	}

	/**
	 * Returns a copy with {@code borderWidth} set.
	 * @param borderWidth the border width in pixels
	 * @return a copy with {@code borderWidth} set
	 */
	public PreviewOptions withBorderWidth(long borderWidth) {
		return new PreviewOptions(this.width, this.height, this.gravity, this.quality, borderWidth, this.borderColor,
				this.borderRadius, this.opacity, this.rotation, this.background, this.output, this.token);
	}

	/**
	 * Returns a copy with {@code borderColor} set.
	 * @param borderColor the border colour, hex without {@code #}
	 * @return a copy with {@code borderColor} set
	 */
	public PreviewOptions withBorderColor(String borderColor) {
		return new PreviewOptions(this.width, this.height, this.gravity, this.quality, this.borderWidth, borderColor,
				this.borderRadius, this.opacity, this.rotation, this.background, this.output, this.token);
	}

	/**
	 * Returns a copy with {@code borderRadius} set.
	 * @param borderRadius the corner radius in pixels
	 * @return a copy with {@code borderRadius} set
	 */
	public PreviewOptions withBorderRadius(long borderRadius) {
		return new PreviewOptions(this.width, this.height, this.gravity, this.quality, this.borderWidth,
				this.borderColor, borderRadius, this.opacity, this.rotation, this.background, this.output, this.token);
	}

	/**
	 * Returns a copy with {@code opacity} set.
	 * @param opacity the opacity, 0 to 1 (for transparent formats)
	 * @return a copy with {@code opacity} set
	 */
	public PreviewOptions withOpacity(double opacity) {
		return new PreviewOptions(this.width, this.height, this.gravity, this.quality, this.borderWidth,
				this.borderColor, this.borderRadius, opacity, this.rotation, this.background, this.output, this.token);
	}

	/**
	 * Returns a copy with {@code rotation} set.
	 * @param rotation the rotation in degrees, -360 to 360
	 * @return a copy with {@code rotation} set
	 */
	public PreviewOptions withRotation(long rotation) {
		return new PreviewOptions(this.width, this.height, this.gravity, this.quality, this.borderWidth,
				this.borderColor, this.borderRadius, this.opacity, rotation, this.background, this.output, this.token);
	}

	/**
	 * Returns a copy with {@code background} set.
	 * @param background the background colour, hex without {@code #}
	 * @return a copy with {@code background} set
	 */
	public PreviewOptions withBackground(String background) {
		return new PreviewOptions(this.width, this.height, this.gravity, this.quality, this.borderWidth,
				this.borderColor, this.borderRadius, this.opacity, this.rotation, background, this.output, this.token);
	}

	/**
	 * Returns a copy with {@code output} set.
	 * @param output the format: {@code jpg}, {@code jpeg}, {@code png}, {@code gif},
	 * {@code webp}, {@code heic} or {@code avif}
	 * @return a copy with {@code output} set
	 */
	public PreviewOptions withOutput(String output) {
		return new PreviewOptions(this.width, this.height, this.gravity, this.quality, this.borderWidth,
				this.borderColor, this.borderRadius, this.opacity, this.rotation, this.background, output, this.token);
	}

	/**
	 * Returns a copy with {@code token} set.
	 * @param token a file token's secret, for callers without other access
	 * @return a copy with {@code token} set
	 */
	public PreviewOptions withToken(String token) {
		return new PreviewOptions(this.width, this.height, this.gravity, this.quality, this.borderWidth,
				this.borderColor, this.borderRadius, this.opacity, this.rotation, this.background, this.output, token);
	}

}
