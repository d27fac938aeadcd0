package io.github.appwritespring.client.model;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How Appwrite takes a screenshot of a web page; {@code null} leaves Appwrite's default.
 * Start from {@link #defaults()}.
 *
 * @param headers headers the browser sends
 * @param viewportWidth the viewport width in pixels
 * @param viewportHeight the viewport height in pixels
 * @param scale the device scale factor
 * @param theme {@code light} or {@code dark}
 * @param userAgent the browser's user agent
 * @param fullpage whether to capture the whole page
 * @param locale the browser locale, e.g. {@code en-US}
 * @param timezone the browser time zone, e.g. {@code america/new_york}
 * @param latitude the geolocation latitude
 * @param longitude the geolocation longitude
 * @param accuracy the geolocation accuracy in metres
 * @param touch whether the browser has touch
 * @param permissions browser permissions granted, e.g. {@code geolocation}
 * @param sleep seconds to wait before the capture
 * @param width the output width in pixels
 * @param height the output height in pixels
 * @param quality the output quality, 0 to 100
 * @param output the output format, e.g. {@code png}
 * @since 0.1.0
 */
public record ScreenshotOptions(@Nullable Map<String, String> headers, @Nullable Long viewportWidth,
		@Nullable Long viewportHeight, @Nullable Double scale, @Nullable String theme, @Nullable String userAgent,
		@Nullable Boolean fullpage, @Nullable String locale, @Nullable String timezone, @Nullable Double latitude,
		@Nullable Double longitude, @Nullable Double accuracy, @Nullable Boolean touch,
		@Nullable List<String> permissions, @Nullable Long sleep, @Nullable Long width, @Nullable Long height,
		@Nullable Long quality, @Nullable String output) {

	/**
	 * Returns options that leave every setting to Appwrite.
	 * @return options that leave every setting to Appwrite
	 */
	public static ScreenshotOptions defaults() {
		return new ScreenshotOptions(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null);
	}

	/**
	 * Returns a copy with {@code headers} set.
	 * @param headers headers the browser sends
	 * @return a copy with {@code headers} set
	 */
	public ScreenshotOptions withHeaders(Map<String, String> headers) {
		return new ScreenshotOptions(headers, this.viewportWidth, this.viewportHeight, this.scale, this.theme,
				this.userAgent, this.fullpage, this.locale, this.timezone, this.latitude, this.longitude, this.accuracy,
				this.touch, this.permissions, this.sleep, this.width, this.height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code viewportWidth} set.
	 * @param viewportWidth the viewport width in pixels
	 * @return a copy with {@code viewportWidth} set
	 */
	public ScreenshotOptions withViewportWidth(long viewportWidth) {
		return new ScreenshotOptions(this.headers, viewportWidth, this.viewportHeight, this.scale, this.theme,
				this.userAgent, this.fullpage, this.locale, this.timezone, this.latitude, this.longitude, this.accuracy,
				this.touch, this.permissions, this.sleep, this.width, this.height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code viewportHeight} set.
	 * @param viewportHeight the viewport height in pixels
	 * @return a copy with {@code viewportHeight} set
	 */
	public ScreenshotOptions withViewportHeight(long viewportHeight) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, viewportHeight, this.scale, this.theme,
				this.userAgent, this.fullpage, this.locale, this.timezone, this.latitude, this.longitude, this.accuracy,
				this.touch, this.permissions, this.sleep, this.width, this.height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code scale} set.
	 * @param scale the device scale factor
	 * @return a copy with {@code scale} set
	 */
	public ScreenshotOptions withScale(double scale) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, this.viewportHeight, scale, this.theme,
				this.userAgent, this.fullpage, this.locale, this.timezone, this.latitude, this.longitude, this.accuracy,
				this.touch, this.permissions, this.sleep, this.width, this.height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code theme} set.
	 * @param theme {@code light} or {@code dark}
	 * @return a copy with {@code theme} set
	 */
	public ScreenshotOptions withTheme(String theme) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, this.viewportHeight, this.scale, theme,
				this.userAgent, this.fullpage, this.locale, this.timezone, this.latitude, this.longitude, this.accuracy,
				this.touch, this.permissions, this.sleep, this.width, this.height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code userAgent} set.
	 * @param userAgent the browser's user agent
	 * @return a copy with {@code userAgent} set
	 */
	public ScreenshotOptions withUserAgent(String userAgent) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, this.viewportHeight, this.scale, this.theme,
				userAgent, this.fullpage, this.locale, this.timezone, this.latitude, this.longitude, this.accuracy,
				this.touch, this.permissions, this.sleep, this.width, this.height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code fullpage} set.
	 * @param fullpage whether to capture the whole page
	 * @return a copy with {@code fullpage} set
	 */
	public ScreenshotOptions withFullpage(boolean fullpage) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, this.viewportHeight, this.scale, this.theme,
				this.userAgent, fullpage, this.locale, this.timezone, this.latitude, this.longitude, this.accuracy,
				this.touch, this.permissions, this.sleep, this.width, this.height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code locale} set.
	 * @param locale the browser locale, e.g. {@code en-US}
	 * @return a copy with {@code locale} set
	 */
	public ScreenshotOptions withLocale(String locale) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, this.viewportHeight, this.scale, this.theme,
				this.userAgent, this.fullpage, locale, this.timezone, this.latitude, this.longitude, this.accuracy,
				this.touch, this.permissions, this.sleep, this.width, this.height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code timezone} set.
	 * @param timezone the browser time zone, e.g. {@code america/new_york}
	 * @return a copy with {@code timezone} set
	 */
	public ScreenshotOptions withTimezone(String timezone) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, this.viewportHeight, this.scale, this.theme,
				this.userAgent, this.fullpage, this.locale, timezone, this.latitude, this.longitude, this.accuracy,
				this.touch, this.permissions, this.sleep, this.width, this.height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code latitude} set.
	 * @param latitude the geolocation latitude
	 * @return a copy with {@code latitude} set
	 */
	public ScreenshotOptions withLatitude(double latitude) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, this.viewportHeight, this.scale, this.theme,
				this.userAgent, this.fullpage, this.locale, this.timezone, latitude, this.longitude, this.accuracy,
				this.touch, this.permissions, this.sleep, this.width, this.height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code longitude} set.
	 * @param longitude the geolocation longitude
	 * @return a copy with {@code longitude} set
	 */
	public ScreenshotOptions withLongitude(double longitude) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, this.viewportHeight, this.scale, this.theme,
				this.userAgent, this.fullpage, this.locale, this.timezone, this.latitude, longitude, this.accuracy,
				this.touch, this.permissions, this.sleep, this.width, this.height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code accuracy} set.
	 * @param accuracy the geolocation accuracy in metres
	 * @return a copy with {@code accuracy} set
	 */
	public ScreenshotOptions withAccuracy(double accuracy) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, this.viewportHeight, this.scale, this.theme,
				this.userAgent, this.fullpage, this.locale, this.timezone, this.latitude, this.longitude, accuracy,
				this.touch, this.permissions, this.sleep, this.width, this.height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code touch} set.
	 * @param touch whether the browser has touch
	 * @return a copy with {@code touch} set
	 */
	public ScreenshotOptions withTouch(boolean touch) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, this.viewportHeight, this.scale, this.theme,
				this.userAgent, this.fullpage, this.locale, this.timezone, this.latitude, this.longitude, this.accuracy,
				touch, this.permissions, this.sleep, this.width, this.height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code permissions} set.
	 * @param permissions browser permissions granted, e.g. {@code geolocation}
	 * @return a copy with {@code permissions} set
	 */
	public ScreenshotOptions withPermissions(List<String> permissions) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, this.viewportHeight, this.scale, this.theme,
				this.userAgent, this.fullpage, this.locale, this.timezone, this.latitude, this.longitude, this.accuracy,
				this.touch, permissions, this.sleep, this.width, this.height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code sleep} set.
	 * @param sleep seconds to wait before the capture
	 * @return a copy with {@code sleep} set
	 */
	public ScreenshotOptions withSleep(long sleep) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, this.viewportHeight, this.scale, this.theme,
				this.userAgent, this.fullpage, this.locale, this.timezone, this.latitude, this.longitude, this.accuracy,
				this.touch, this.permissions, sleep, this.width, this.height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code width} set.
	 * @param width the output width in pixels
	 * @return a copy with {@code width} set
	 */
	public ScreenshotOptions withWidth(long width) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, this.viewportHeight, this.scale, this.theme,
				this.userAgent, this.fullpage, this.locale, this.timezone, this.latitude, this.longitude, this.accuracy,
				this.touch, this.permissions, this.sleep, width, this.height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code height} set.
	 * @param height the output height in pixels
	 * @return a copy with {@code height} set
	 */
	public ScreenshotOptions withHeight(long height) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, this.viewportHeight, this.scale, this.theme,
				this.userAgent, this.fullpage, this.locale, this.timezone, this.latitude, this.longitude, this.accuracy,
				this.touch, this.permissions, this.sleep, this.width, height, this.quality, this.output);
	}

	/**
	 * Returns a copy with {@code quality} set.
	 * @param quality the output quality, 0 to 100
	 * @return a copy with {@code quality} set
	 */
	public ScreenshotOptions withQuality(long quality) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, this.viewportHeight, this.scale, this.theme,
				this.userAgent, this.fullpage, this.locale, this.timezone, this.latitude, this.longitude, this.accuracy,
				this.touch, this.permissions, this.sleep, this.width, this.height, quality, this.output);
	}

	/**
	 * Returns a copy with {@code output} set.
	 * @param output the output format, e.g. {@code png}
	 * @return a copy with {@code output} set
	 */
	public ScreenshotOptions withOutput(String output) {
		return new ScreenshotOptions(this.headers, this.viewportWidth, this.viewportHeight, this.scale, this.theme,
				this.userAgent, this.fullpage, this.locale, this.timezone, this.latitude, this.longitude, this.accuracy,
				this.touch, this.permissions, this.sleep, this.width, this.height, this.quality, output);
	}

}
