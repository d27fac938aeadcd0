package io.github.appwritespring.emulator.internal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.permission.Permissions;
import io.github.appwritespring.emulator.internal.permission.ResourceKind;
import io.github.appwritespring.emulator.internal.store.BlobStore;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * Stores an uploaded file part: whole, or as one chunk of Appwrite's chunked protocol,
 * written straight into the blob at its offset. A chunk sent again is accepted as it is
 * (resume); a finished file cannot be uploaded again.
 */
final class FileUploads {

	/**
	 * The chunk size Appwrite's SDKs use, assumed when the last chunk is the first to
	 * arrive.
	 */
	static final long SDK_CHUNK_SIZE = 5L * 1024 * 1024;

	private final EmulatorContext context;

	FileUploads(EmulatorContext context) {
		this.context = context;
	}

	ObjectNode store(Caller caller, ObjectNode bucket, Part part) {
		checkExtension(bucket, part.filename());
		if (part.size() == 0) {
			throw new ApiException("storage_file_empty", 400, "Empty file passed to the endpoint.");
		}
		List<String> permissions = part.permissions();
		if (permissions == null) {
			permissions = Permissions.defaultsFor(caller, ResourceKind.FILE);
		}
		else {
			Permissions.requireGrantable(caller, permissions);
		}
		String bucketId = bucket.path("$id").asString();
		String collection = StorageStore.files(bucketId);
		ObjectNode existing = this.context.store().get(collection, part.fileId()).orElse(null);
		if (existing != null && existing.path("chunksUploaded").asLong() == existing.path("chunksTotal").asLong()) {
			throw ApiException.conflict("storage_file_already_exists",
					"A storage file with the requested ID already exists.");
		}
		ContentRange range = (part.range() != null) ? part.range() : new ContentRange(0, part.size() - 1, part.size());
		if (range.length() != part.size() || range.total() > bucket.path("maximumFileSize").asLong()) {
			throw (range.total() > bucket.path("maximumFileSize").asLong())
					? new ApiException("storage_invalid_file_size", 400, "File size not allowed.")
					: ContentRange.invalid();
		}
		if (existing != null && existing.path("sizeOriginal").asLong() != range.total()) {
			throw ContentRange.invalid();
		}
		long chunkSize = chunkSize(existing, range);
		if (range.start() % chunkSize != 0 || (!range.isLast() && range.length() != chunkSize)) {
			throw ContentRange.invalid();
		}
		ObjectNode file = (existing != null) ? existing : newFile(bucketId, part, permissions, range.total());
		file.put("_chunkSize", chunkSize);
		file.put("chunksTotal", (range.total() + chunkSize - 1) / chunkSize);
		ArrayNode chunks = (ArrayNode) file.path("_chunks");
		long index = range.start() / chunkSize;
		boolean seen = false;
		for (JsonNode chunk : chunks) {
			seen |= chunk.asLong() == index;
		}
		if (!seen) {
			chunks.add(index);
		}
		write(StorageStore.blob(bucketId, part.fileId()), part.content(), range.start());
		file.put("chunksUploaded", chunks.size());
		file.put("$updatedAt", AppwriteDates.format(this.context.now()));
		if (file.path("chunksUploaded").asLong() == file.path("chunksTotal").asLong()) {
			file.put("signature", md5(StorageStore.blob(bucketId, part.fileId())));
			file.put("mimeType",
					MimeTypes.detect(this.context.blobs().path(StorageStore.blob(bucketId, part.fileId()))));
		}
		this.context.store().put(collection, part.fileId(), file);
		return StorageStore.fileModel(file);
	}

	private ObjectNode newFile(String bucketId, Part part, List<String> permissions, long total) {
		String now = AppwriteDates.format(this.context.now());
		ObjectNode file = Json.object();
		file.put("$id", part.fileId());
		file.put("bucketId", bucketId);
		file.put("$createdAt", now);
		file.put("$updatedAt", now);
		file.set("$permissions", Json.strings(permissions));
		file.put("name", part.filename());
		file.put("signature", "");
		file.put("mimeType", "");
		file.put("sizeOriginal", total);
		file.put("chunksTotal", 1);
		file.put("chunksUploaded", 0);
		file.putArray("_chunks");
		return file;
	}

	private static long chunkSize(@Nullable ObjectNode existing, ContentRange range) {
		if (!range.isLast()) {
			if (existing != null && existing.has("_chunkSize") && existing.path("_chunkSize").asLong() != range.length()
					&& existing.path("chunksTotal").asLong() > 1) {
				throw ContentRange.invalid();
			}
			return range.length();
		}
		if (range.start() == 0) {
			return range.total();
		}
		return (existing != null && existing.path("chunksTotal").asLong() > 1) ? existing.path("_chunkSize").asLong()
				: SDK_CHUNK_SIZE;
	}

	private static void checkExtension(ObjectNode bucket, String filename) {
		JsonNode allowed = bucket.path("allowedFileExtensions");
		if (allowed.isEmpty()) {
			return;
		}
		int dot = filename.lastIndexOf('.');
		String extension = (dot < 0) ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
		for (JsonNode candidate : allowed) {
			if (candidate.asString().equals(extension)) {
				return;
			}
		}
		throw new ApiException("storage_file_type_unsupported", 400, "The given file extension is not supported.");
	}

	private void write(String blob, Path content, long offset) {
		BlobStore blobs = this.context.blobs();
		Path target = blobs.path(blob);
		try {
			Files.createDirectories(target.getParent());
			try (FileChannel in = FileChannel.open(content, StandardOpenOption.READ);
					FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
				long size = in.size();
				long copied = 0;
				while (copied < size) {
					copied += out.transferFrom(in, offset + copied, size - copied);
					in.position(copied);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store an uploaded chunk", ex);
		}
	}

	private String md5(String blob) {
		try (InputStream in = new DigestInputStream(this.context.blobs().open(blob),
				MessageDigest.getInstance("MD5"))) {
			byte[] buffer = new byte[64 * 1024];
			while (in.read(buffer) >= 0) {
				// reading feeds the digest
			}
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read an uploaded file", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is missing from this JVM", ex);
		}
	}

	static String fileId(@Nullable String uploadIdHeader, String fileIdParam) {
		if (uploadIdHeader == null) {
			return Ids.resolve("fileId", fileIdParam);
		}
		if (!Ids.isValid(uploadIdHeader) || uploadIdHeader.equals(Ids.UNIQUE)) {
			throw new ApiException("storage_invalid_appwrite_id", 400,
					"The value for x-appwrite-id header is invalid.");
		}
		return uploadIdHeader;
	}

	/** What one upload request carries. */
	record Part(String fileId, String filename, String contentType, Path content, long size,
			@Nullable List<String> permissions, @Nullable ContentRange range) {
	}

}
