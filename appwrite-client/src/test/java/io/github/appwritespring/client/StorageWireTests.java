package io.github.appwritespring.client;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.appwritespring.client.MultipartBody.Part;
import io.github.appwritespring.client.RecordingServer.Recorded;
import io.github.appwritespring.client.RecordingServer.Reply;
import io.github.appwritespring.client.model.Bucket;
import io.github.appwritespring.client.model.BucketOptions;
import io.github.appwritespring.client.model.File;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorageWireTests extends ServiceWireTests {

	private static final int MIB = 1024 * 1024;

	private static String fileJson(String id, long size, long chunksTotal, long chunksUploaded) {
		return "{\"$id\":\"" + id + "\",\"bucketId\":\"media\",\"$createdAt\":\"\",\"$updatedAt\":\"\","
				+ "\"$permissions\":[],\"name\":\"big.bin\",\"signature\":\"\",\"mimeType\":\"application/octet-stream\","
				+ "\"sizeOriginal\":" + size + ",\"chunksTotal\":" + chunksTotal + ",\"chunksUploaded\":"
				+ chunksUploaded + "}";
	}

	@Test
	void smallFileGoesInOneMultipartRequest() throws Exception {
		this.server.enqueue(Reply.json(201, fileJson("f1", 5, 1, 1)));
		File file = this.admin.withSession("s")
			.storage()
			.createFile("media", "f1", InputFile.fromBytes("hello".getBytes(), "hello.txt", "text/plain"),
					List.of(Permission.read(Role.user("alice")), Permission.delete(Role.user("alice"))));
		assertThat(file.id()).isEqualTo("f1");
		Recorded request = this.server.take();
		assertThat(request.path()).isEqualTo("/v1/storage/buckets/media/files");
		assertThat(request.header("Content-Range")).isNull();
		assertThat(request.header("x-appwrite-id")).isNull();
		List<Part> parts = MultipartBody.parse(request.body(), request.header("Content-Type"));
		assertThat(parts).extracting(Part::name).containsExactly("fileId", "permissions[]", "permissions[]", "file");
		assertThat(parts.get(0).text()).isEqualTo("f1");
		assertThat(parts.get(1).text()).isEqualTo("read(\"user:alice\")");
		assertThat(parts.get(3).filename()).isEqualTo("hello.txt");
		assertThat(parts.get(3).contentType()).isEqualTo("text/plain");
		assertThat(parts.get(3).text()).isEqualTo("hello");
	}

	@Test
	void twelveMebibytesGoInThreeChunksWithContentRangeAndTheUploadId(@TempDir Path dir) throws Exception {
		byte[] content = new byte[12 * MIB];
		new Random(42).nextBytes(content);
		Path source = Files.write(dir.resolve("big.bin"), content);
		this.server.enqueue(Reply.json(201, fileJson("generated-id", content.length, 3, 1)));
		this.server.enqueue(Reply.json(201, fileJson("generated-id", content.length, 3, 2)));
		this.server.enqueue(Reply.json(201, fileJson("generated-id", content.length, 3, 3)));
		File file = this.admin.storage().createFile("media", ID.unique(), InputFile.fromPath(source), null);
		assertThat(file.chunksUploaded()).isEqualTo(3);

		ByteArrayOutputStream reassembled = new ByteArrayOutputStream();
		String[] ranges = { "bytes 0-5242879/12582912", "bytes 5242880-10485759/12582912",
				"bytes 10485760-12582911/12582912" };
		for (int i = 0; i < 3; i++) {
			Recorded chunk = this.server.take();
			assertThat(chunk.header("Content-Range")).isEqualTo(ranges[i]);
			assertThat(chunk.header("x-appwrite-id")).isEqualTo((i == 0) ? null : "generated-id");
			Part filePart = MultipartBody.parse(chunk.body(), chunk.header("Content-Type"))
				.stream()
				.filter((part) -> "file".equals(part.name()))
				.findFirst()
				.orElseThrow();
			assertThat(filePart.filename()).isEqualTo("big.bin");
			reassembled.write(filePart.content());
		}
		assertThat(reassembled.toByteArray()).isEqualTo(content);
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void aFailedChunkStopsTheUpload(@TempDir Path dir) throws Exception {
		Path source = Files.write(dir.resolve("big.bin"), new byte[11 * MIB]);
		this.server.enqueue(Reply.json(201, fileJson("up", 11 * MIB, 3, 1)));
		this.server
			.enqueue(Reply.json(400, Fixtures.error(400, "storage_invalid_content_range", "Invalid content range")));
		assertThatThrownBy(() -> this.admin.storage().createFile("media", "up", InputFile.fromPath(source), null))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class,
					(ex) -> assertThat(ex.getType()).isEqualTo("storage_invalid_content_range"));
		this.server.take();
		this.server.take();
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void streamShorterThanDeclaredIsAClearError() {
		InputFile lying = InputFile.fromStream(new java.io.ByteArrayInputStream(new byte[10]), 6 * MIB, "short.bin",
				null);
		assertThatThrownBy(() -> this.admin.storage().createFile("media", "x", lying, null))
			.hasMessageContaining("shorter than its declared size");
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void downloadIsStreamed() throws Exception {
		byte[] content = new byte[3 * MIB];
		new Random(7).nextBytes(content);
		this.server.enqueue(new Reply(200, java.util.Map.of("Content-Type", "application/octet-stream"), content, 0));
		try (InputStream in = this.admin.storage().getFileDownload("media", "f1")) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		Recorded request = this.server.take();
		assertThat(request.path()).isEqualTo("/v1/storage/buckets/media/files/f1/download");
		assertThat(request.header("Accept")).isEqualTo("*/*");
	}

	@Test
	void downloadErrorIsAnAppwriteException() {
		this.server.enqueue(Reply.json(404, Fixtures.error(404, "storage_file_not_found", "File not found")));
		assertThatThrownBy(() -> {
			try (InputStream in = this.admin.storage().getFileView("media", "nope")) {
				in.readAllBytes();
			}
		}).isInstanceOfSatisfying(AppwriteErrorResponseException.class,
				(ex) -> assertThat(ex.getType()).isEqualTo("storage_file_not_found"));
	}

	@Test
	void bucketsAndFileMetadata() throws Exception {
		this.server.enqueue(Reply.json(201, "{\"$id\":\"media\",\"$createdAt\":\"\",\"$updatedAt\":\"\","
				+ "\"$permissions\":[\"create(\\\"users\\\")\"],\"fileSecurity\":true,\"name\":\"Media\",\"enabled\":true,"
				+ "\"maximumFileSize\":10485760,\"allowedFileExtensions\":[\"png\"],\"compression\":\"none\","
				+ "\"encryption\":false,\"antivirus\":false}"));
		Bucket bucket = this.admin.storage()
			.createBucket("media", "Media",
					BucketOptions.defaults()
						.withPermissions(List.of(Permission.create(Role.users())))
						.withFileSecurity(true)
						.withMaximumFileSize(10 * MIB)
						.withAllowedFileExtensions(List.of("png")));
		assertThat(bucket.maximumFileSize()).isEqualTo(10 * MIB);
		assertThat(this.server.take().bodyText()).isEqualTo("{\"permissions\":[\"create(\\\"users\\\")\"],"
				+ "\"fileSecurity\":true,\"maximumFileSize\":10485760,\"allowedFileExtensions\":[\"png\"],"
				+ "\"bucketId\":\"media\",\"name\":\"Media\"}");

		this.server.enqueue(Reply.json(200, fileJson("f1", 1, 1, 1)));
		this.admin.storage().updateFile("media", "f1", "renamed.txt", null);
		Recorded update = this.server.take();
		assertThat(update.method()).isEqualTo("PUT");
		assertThat(update.bodyText()).isEqualTo("{\"name\":\"renamed.txt\"}");

		this.server.enqueue(Reply.json(200, "{\"total\":1,\"files\":[" + fileJson("f1", 1, 1, 1) + "]}"));
		assertThat(this.admin.storage().listFiles("media", List.of(Query.limit(5)), "ren").files()).hasSize(1);
		assertThat(this.server.take().queryValues("search")).containsExactly("ren");

		this.server.enqueue(Reply.empty(204));
		this.admin.storage().deleteFile("media", "f1");
		assertThat(this.server.take().method()).isEqualTo("DELETE");
	}

	@Test
	void badArguments() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.storage()
				.createFile("media", "x", InputFile.fromBytes(new byte[0], "empty.txt", null), null))
			.withMessageContaining("empty");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.storage()
				.createFile("media", "-bad", InputFile.fromBytes(new byte[1], "a.txt", null), null))
			.withMessageContaining("'fileId'");
		assertThat(this.server.pending()).isZero();
	}

}
