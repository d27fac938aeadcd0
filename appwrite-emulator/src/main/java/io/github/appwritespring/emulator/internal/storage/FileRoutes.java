package io.github.appwritespring.emulator.internal.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.MultipartForm;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.http.UploadedFile;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.permission.ItemAccess;
import io.github.appwritespring.emulator.internal.permission.PermissionAction;
import io.github.appwritespring.emulator.internal.permission.Permissions;
import io.github.appwritespring.emulator.internal.permission.ResourceKind;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.tokens.FileTokens;

/**
 * Files (API key or a user, under the bucket's and the files' permissions): upload (whole
 * or chunked), list, get, rename and re-permission, delete, and streamed download and
 * view with {@code Range} support.
 */
public final class FileRoutes implements RouteModule {

	private static final String FILES = "/storage/buckets/{bucketId}/files";

	private static final String FILE = FILES + "/{fileId}";

	private static final Set<String> ATTRIBUTES = Set.of("name", "signature", "mimeType", "sizeOriginal", "chunksTotal",
			"chunksUploaded");

	/**
	 * Appwrite's {@code MAX_OUTPUT_CHUNK_SIZE}: the most an open download range gives.
	 */
	private static final long DOWNLOAD_CHUNK = 10L * 1024 * 1024;

	/** Appwrite's {@code APP_STORAGE_READ_BUFFER}. */
	private static final long READ_BUFFER = 20L * 1000 * 1000;

	private static final Pattern RANGE = Pattern.compile("^bytes=(\\d*)-(\\d*)$");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		StorageStore storage = new StorageStore(context.store());
		FileUploads uploads = new FileUploads(context);

		routes.post(FILES, "files.write", (request) -> {
			ObjectNode bucket = bucket(storage, request);
			if (!ItemAccess.FILES.allowsContainer(request.caller(), PermissionAction.CREATE, bucket)) {
				throw ItemAccess.unauthorized();
			}
			MultipartForm form;
			try {
				form = request.multipart(context.blobs()::createTemp, bucket.path("maximumFileSize").asLong(),
						() -> new ApiException("storage_invalid_file_size", 400, "File size not allowed."));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read the upload", ex);
			}
			UploadedFile file = form.file().orElseThrow(() -> ApiException.missingParam("file"));
			try {
				Params params = form.params();
				String fileId = FileUploads.fileId(request.header("x-appwrite-id").orElse(null),
						params.string("fileId"));
				List<String> permissions = params.optionalStrings("permissions", Permissions.MAX_PERMISSIONS, 2048)
					.map((raw) -> Permissions.normalize("permissions", raw, ResourceKind.FILE))
					.orElse(null);
				ContentRange range = request.header("Content-Range").map(ContentRange::parse).orElse(null);
				FileUploads.Part part = new FileUploads.Part(fileId, file.filename(), file.contentType(), file.path(),
						file.size(), permissions, range);
				return Response.created(context.store().write(() -> uploads.store(request.caller(), bucket, part)));
			}
			finally {
				context.blobs().discard(file.path());
			}
		});

		routes.get(FILES, "files.read", (request) -> {
			ObjectNode bucket = bucket(storage, request);
			List<ObjectNode> files = ItemAccess.FILES.readable(request.caller(), bucket,
					context.store().list(StorageStore.files(bucket.path("$id").asString())));
			return Response.ok(Listing.of("files", files.stream().map(StorageStore::fileModel).toList(),
					request.params(), ATTRIBUTES));
		});

		routes.get(FILE, "files.read", (request) -> Response.ok(StorageStore.fileModel(readable(storage, request))));

		routes.put(FILE, "files.write", (request) -> {
			Params params = request.params();
			String name = params.optionalText("name", 255).orElse(null);
			List<String> permissions = params.optionalStrings("permissions", Permissions.MAX_PERMISSIONS, 2048)
				.map((raw) -> Permissions.normalize("permissions", raw, ResourceKind.FILE))
				.orElse(null);
			return Response.ok(context.store().write(() -> {
				ObjectNode bucket = bucket(storage, request);
				ObjectNode file = existing(context, bucket, request);
				if (!ItemAccess.FILES.allows(request.caller(), PermissionAction.UPDATE, bucket, file)) {
					throw ItemAccess.unauthorized();
				}
				if (name != null) {
					file.put("name", name);
				}
				if (permissions != null) {
					Permissions.requireGrantable(request.caller(), permissions);
					file.set("$permissions", Json.strings(permissions));
				}
				file.put("$updatedAt", AppwriteDates.format(context.now()));
				context.store()
					.put(StorageStore.files(bucket.path("$id").asString()), file.path("$id").asString(), file);
				return StorageStore.fileModel(file);
			}));
		});

		routes.delete(FILE, "files.write", (request) -> {
			ObjectNode deleted = context.store().write(() -> {
				ObjectNode bucket = bucket(storage, request);
				ObjectNode file = existing(context, bucket, request);
				if (!ItemAccess.FILES.allows(request.caller(), PermissionAction.DELETE, bucket, file)) {
					throw ItemAccess.unauthorized();
				}
				context.store().delete(StorageStore.files(bucket.path("$id").asString()), file.path("$id").asString());
				return file;
			});
			try {
				context.blobs()
					.delete(StorageStore.blob(deleted.path("bucketId").asString(), deleted.path("$id").asString()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not delete a stored file", ex);
			}
			return Response.noContent();
		});

		routes.get(FILE + "/download", "files.read",
				(request) -> content(context, storage, request, "attachment", DOWNLOAD_CHUNK));
		routes.get(FILE + "/view", "files.read",
				(request) -> content(context, storage, request, "inline", READ_BUFFER)
					.header("X-Content-Type-Options", "nosniff")
					.header("Content-Security-Policy", "script-src none;"));
	}

	private static ObjectNode bucket(StorageStore storage, ApiRequest request) {
		ObjectNode bucket = storage.bucket(request.pathId("bucketId"));
		if (!request.caller().isKey() && !bucket.path("enabled").asBoolean(true)) {
			throw ApiException.notFound("storage_bucket_not_found",
					"Storage bucket with the requested ID could not be found.");
		}
		return bucket;
	}

	private static ObjectNode existing(EmulatorContext context, ObjectNode bucket, ApiRequest request) {
		return context.store()
			.get(StorageStore.files(bucket.path("$id").asString()), request.pathId("fileId"))
			.orElseThrow(StorageStore::fileNotFound);
	}

	/**
	 * The file, as Appwrite reads it: without the bucket's read permission and with
	 * {@code fileSecurity} off the caller is refused (401) before the file is looked up;
	 * with {@code fileSecurity} on an unreadable file is missing (404).
	 */
	static ObjectNode readable(StorageStore storage, ApiRequest request) {
		ObjectNode bucket = bucket(storage, request);
		boolean bucketReadable = ItemAccess.FILES.allowsContainer(request.caller(), PermissionAction.READ, bucket);
		if (!bucketReadable && !bucket.path("fileSecurity").asBoolean()) {
			throw ItemAccess.unauthorized();
		}
		ObjectNode file = storage.file(request).orElseThrow(StorageStore::fileNotFound);
		if (!bucketReadable && !ItemAccess.FILES.allows(request.caller(), PermissionAction.READ, bucket, file)) {
			throw StorageStore.fileNotFound();
		}
		return file;
	}

	/**
	 * The file a download or view reads: as {@link #readable}, or through a file token
	 * ({@code ?token=}) of this file, which stands in for the read permissions (a token
	 * of another file of the bucket is 401, as in Appwrite).
	 */
	private static ObjectNode readableWithToken(EmulatorContext context, StorageStore storage, ApiRequest request) {
		Optional<String> granted = FileTokens.of(context)
			.grant(request.params().optionalText("token", 512).orElse(null));
		if (granted.isEmpty()) {
			return readable(storage, request);
		}
		ObjectNode bucket = bucket(storage, request);
		String bucketId = bucket.path("$id").asString();
		boolean bucketReadable = ItemAccess.FILES.allowsContainer(request.caller(), PermissionAction.READ, bucket);
		boolean forBucket = granted.get().startsWith(bucketId + ":");
		if (!bucketReadable && !forBucket && !bucket.path("fileSecurity").asBoolean()) {
			throw ItemAccess.unauthorized();
		}
		Optional<ObjectNode> file = storage.file(request);
		if (!granted.get().equals(bucketId + ":" + request.pathId("fileId"))) {
			throw ItemAccess.unauthorized();
		}
		return file.orElseThrow(StorageStore::fileNotFound);
	}

	private static Response content(EmulatorContext context, StorageStore storage, ApiRequest request,
			String disposition, long chunk) {
		ObjectNode file = readableWithToken(context, storage, request);
		if (file.path("chunksUploaded").asLong() < file.path("chunksTotal").asLong()) {
			throw StorageStore.fileNotFound();
		}
		Path blob = context.blobs()
			.path(StorageStore.blob(file.path("bucketId").asString(), file.path("$id").asString()));
		long size = file.path("sizeOriginal").asLong();
		long start = 0;
		long end = size - 1;
		int status = 200;
		String rangeHeader = request.header("Range").orElse(null);
		if (rangeHeader != null) {
			Matcher matcher = RANGE.matcher(rangeHeader.trim());
			if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
				throw invalidRange();
			}
			if (matcher.group(1).isEmpty()) {
				start = Math.max(0, size - Long.parseLong(matcher.group(2)));
			}
			else {
				// as Appwrite: an open or too long range is cut to one chunk, a range
				// past the end or of a single byte is refused
				start = Long.parseLong(matcher.group(1));
				end = matcher.group(2).isEmpty() ? -1 : Long.parseLong(matcher.group(2));
				if (end < 0 || end - start > READ_BUFFER) {
					end = Math.min(start + chunk - 1, size - 1);
				}
			}
			if (start >= end || end >= size) {
				throw invalidRange();
			}
			status = 206;
		}
		long from = start;
		long length = end - start + 1;
		Response response = Response
			.stream(status, disposition.equals("inline") ? MimeTypes.forView(file.path("mimeType").asString(""))
					: file.path("mimeType").asString("application/octet-stream"), length, (out) -> {
						try (FileChannel channel = FileChannel.open(blob, StandardOpenOption.READ)) {
							channel.position(from);
							long left = length;
							java.io.InputStream in = Channels.newInputStream(channel);
							byte[] buffer = new byte[64 * 1024];
							while (left > 0) {
								int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
								if (read < 0) {
									break;
								}
								out.write(buffer, 0, read);
								left -= read;
							}
						}
					})
			.header("Content-Disposition",
					disposition + "; filename=\"" + safeName(file.path("name").asString()) + "\"")
			.header("Accept-Ranges", "bytes");
		return (status == 206) ? response.header("Content-Range", "bytes " + start + "-" + end + "/" + size) : response;
	}

	private static String safeName(String name) {
		StringBuilder safe = new StringBuilder(name.length());
		for (char c : name.toCharArray()) {
			safe.append((c < 0x20 || c == '"' || c == '\\' || c > 0x7e) ? '_' : c);
		}
		return safe.toString();
	}

	private static ApiException invalidRange() {
		return new ApiException("storage_invalid_range", 416, "The requested range is not satisfiable.");
	}

}
