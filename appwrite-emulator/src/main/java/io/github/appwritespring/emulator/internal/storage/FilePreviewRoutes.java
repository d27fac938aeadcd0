package io.github.appwritespring.emulator.internal.storage;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;

/**
 * {@code GET /storage/buckets/{bucketId}/files/{fileId}/preview} (scope
 * {@code files.read}, the file's read rules): the image resized, cropped and styled as
 * asked (see {@link PreviewOptions}), in the file's own format unless {@code output} says
 * otherwise, with Appwrite's {@code Cache-Control: private, max-age=2592000}. A file that
 * is not an image previews as a file icon on Appwrite's grey.
 */
public final class FilePreviewRoutes implements RouteModule {

	/** Appwrite's {@code storage-inputs}: the types it previews as images. */
	private static final Set<String> INPUTS = Set.of("image/jpeg", "image/jpg", "image/gif", "image/png", "image/webp",
			"image/heic", "image/avif");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		StorageStore storage = new StorageStore(context.store());
		routes.get("/storage/buckets/{bucketId}/files/{fileId}/preview", "files.read", (request) -> {
			ObjectNode file = FileRoutes.readable(storage, request);
			if (file.path("chunksUploaded").asLong() < file.path("chunksTotal").asLong()) {
				throw StorageStore.fileNotFound();
			}
			PreviewOptions options = PreviewOptions.from(request.params());
			String mime = file.path("mimeType").asString("");
			BufferedImage source;
			String type;
			if (INPUTS.contains(mime)) {
				try (InputStream in = context.blobs()
					.open(StorageStore.blob(file.path("bucketId").asString(), file.path("$id").asString()))) {
					source = ImagePreviews.decode(in);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				type = extension(file.path("name").asString(""));
			}
			else {
				source = ImagePreviews.fileIcon();
				type = "png";
				if (options.background().isEmpty()) {
					options = withBackground(options, ImagePreviews.ICON_BACKGROUND);
				}
			}
			String output = options.output();
			if (output.isEmpty()) {
				output = (!type.isEmpty() && PreviewOptions.OUTPUTS.contains(type)) ? type : outputFor(mime);
			}
			byte[] image = ImagePreviews.encode(ImagePreviews.render(source, options), output, options.quality());
			return Response.bytes(200, ImagePreviews.contentType(output), image)
				.header("Cache-Control", "private, max-age=2592000");
		});
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String outputFor(String mime) {
		return switch (mime) {
			case "image/png" -> "png";
			case "image/gif" -> "gif";
			default -> "jpg";
		};
	}

	private static PreviewOptions withBackground(PreviewOptions options, String background) {
		return new PreviewOptions(options.width(), options.height(), options.gravity(), options.quality(),
				options.borderWidth(), options.borderColor(), options.borderRadius(), options.opacity(),
				options.rotation(), background, options.output());
	}

}
