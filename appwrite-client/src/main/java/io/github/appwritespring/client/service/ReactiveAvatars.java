package io.github.appwritespring.client.service;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;

import io.github.appwritespring.client.internal.Require;
import io.github.appwritespring.client.model.ScreenshotOptions;
import io.github.appwritespring.client.transport.ApiRequest;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.BlockingFace;
import io.github.appwritespring.client.transport.CallContext;
import io.github.appwritespring.client.transport.Service;

/**
 * Appwrite's Avatars service, reactive face: browser, credit card and flag icons,
 * favicons, remote images, initials, QR codes and screenshots, as image bytes streamed as
 * they arrive.
 *
 * @since 0.1.0
 */
@BlockingFace
public class ReactiveAvatars extends Service {

	/**
	 * Creates a new {@code ReactiveAvatars}.
	 * @param transport the shared transport
	 * @param context who calls are made as
	 */
	public ReactiveAvatars(AppwriteTransport transport, CallContext context) {
		super(transport, context);
	}

	/**
	 * Get browser icon.
	 * @param code the code
	 * @param width image width, or {@code null}
	 * @param height image height, or {@code null}
	 * @param quality image quality, or {@code null}
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getBrowser(String code, @Nullable Long width, @Nullable Long height,
			@Nullable Long quality) {
		return Flux.defer(
				() -> this.transport.callForBytes(ApiRequest.get("avatars", "browsers", Require.nonBlank("code", code))
					.query("width", width)
					.query("height", height)
					.query("quality", quality)
					.accept("*/*"), this.context));
	}

	/**
	 * Get credit card icon.
	 * @param code the code
	 * @param width image width, or {@code null}
	 * @param height image height, or {@code null}
	 * @param quality image quality, or {@code null}
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getCreditCard(String code, @Nullable Long width, @Nullable Long height,
			@Nullable Long quality) {
		return Flux.defer(() -> this.transport
			.callForBytes(ApiRequest.get("avatars", "credit-cards", Require.nonBlank("code", code))
				.query("width", width)
				.query("height", height)
				.query("quality", quality)
				.accept("*/*"), this.context));
	}

	/**
	 * Get favicon.
	 * @param url website URL which you want to fetch the favicon from
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getFavicon(String url) {
		return Flux.defer(() -> this.transport.callForBytes(
				ApiRequest.get("avatars", "favicon").query("url", Require.nonBlank("url", url)).accept("*/*"),
				this.context));
	}

	/**
	 * Get country flag.
	 * @param code the code
	 * @param width image width, or {@code null}
	 * @param height image height, or {@code null}
	 * @param quality image quality, or {@code null}
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getFlag(String code, @Nullable Long width, @Nullable Long height, @Nullable Long quality) {
		return Flux
			.defer(() -> this.transport.callForBytes(ApiRequest.get("avatars", "flags", Require.nonBlank("code", code))
				.query("width", width)
				.query("height", height)
				.query("quality", quality)
				.accept("*/*"), this.context));
	}

	/**
	 * Get image from URL.
	 * @param url image URL which you want to crop
	 * @param width resize preview image width, Pass an integer between 0 to 2000, or
	 * {@code null}
	 * @param height resize preview image height, Pass an integer between 0 to 2000, or
	 * {@code null}
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getImage(String url, @Nullable Long width, @Nullable Long height) {
		return Flux.defer(() -> this.transport.callForBytes(ApiRequest.get("avatars", "image")
			.query("url", Require.nonBlank("url", url))
			.query("width", width)
			.query("height", height)
			.accept("*/*"), this.context));
	}

	/**
	 * Get user initials.
	 * @param name full Name, or {@code null}
	 * @param width image width, or {@code null}
	 * @param height image height, or {@code null}
	 * @param background changes background color, or {@code null}
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getInitials(@Nullable String name, @Nullable Long width, @Nullable Long height,
			@Nullable String background) {
		return Flux.defer(() -> this.transport.callForBytes(ApiRequest.get("avatars", "initials")
			.query("name", name)
			.query("width", width)
			.query("height", height)
			.query("background", background)
			.accept("*/*"), this.context));
	}

	/**
	 * Get QR code.
	 * @param text plain text to be converted to QR code image
	 * @param size the QR code size, or {@code null}
	 * @param margin margin from edge, or {@code null}
	 * @param download return resulting image with 'Content-Disposition: attachment '
	 * headers for the browser to start downloading it, or {@code null}
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getQR(String text, @Nullable Long size, @Nullable Long margin, @Nullable Boolean download) {
		return Flux.defer(() -> this.transport.callForBytes(ApiRequest.get("avatars", "qr")
			.query("text", Require.nonBlank("text", text))
			.query("size", size)
			.query("margin", margin)
			.query("download", download)
			.accept("*/*"), this.context));
	}

	/**
	 * Takes a screenshot of a web page, streamed as it arrives.
	 * @param url the page's address
	 * @param options how to take it ({@link ScreenshotOptions#defaults()} for Appwrite's)
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getScreenshot(String url, ScreenshotOptions options) {
		return Flux.defer(() -> this.transport.callForBytes(ApiRequest.get("avatars", "screenshots")
			.query("url", Require.nonBlank("url", url))
			.queryAll(Require.nonNull("options", options))
			.accept("*/*"), this.context));
	}

	/**
	 * Renders a user's initials (or the given name's) as an image.
	 * @param name the name, or {@code null} for the calling user's
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getInitials(@Nullable String name) {
		return getInitials(name, null, null, null);
	}

	/**
	 * Renders a QR code of the text at Appwrite's default size.
	 * @param text the text to encode
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getQR(String text) {
		return getQR(text, null, null, null);
	}

}
