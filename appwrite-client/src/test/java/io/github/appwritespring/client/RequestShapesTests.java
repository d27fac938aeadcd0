package io.github.appwritespring.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import tools.jackson.core.type.TypeReference;

import io.github.appwritespring.client.RecordingServer.Recorded;
import io.github.appwritespring.client.RecordingServer.Reply;
import io.github.appwritespring.client.transport.ApiRequest;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.Blocking;
import io.github.appwritespring.client.transport.CallContext;
import io.github.appwritespring.client.transport.JsonBody;
import io.github.appwritespring.client.transport.TransportSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The request and answer shapes the services are built from, sent through the transport
 * itself: multipart uploads, per-request headers, JSON bodies on DELETE, generic answers
 * and streamed downloads.
 */
class RequestShapesTests {

	private static final CallContext ADMIN = CallContext.ofApiKey("standard_shapes_key");

	private RecordingServer server;

	private AppwriteTransport transport;

	@BeforeEach
	void start() throws Exception {
		this.server = new RecordingServer();
		this.transport = new AppwriteTransport(
				new TransportSettings(this.server.endpoint(), "proj", Duration.ofSeconds(5), Duration.ofSeconds(5), 4,
						false, Map.of(), io.micrometer.observation.ObservationRegistry.NOOP));
	}

	@AfterEach
	void stop() {
		this.transport.close();
		this.server.close();
	}

	@Test
	void multipartUploadWithFieldsArraysAndAFilePart() throws Exception {
		this.server.enqueue(Reply.json(201, "{\"$id\":\"f1\"}"));
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("fileId", "f1");
		parts.part("permissions[]", Permission.read(Role.any()));
		parts.part("permissions[]", Permission.update(Role.user("alice")));
		parts.part("file", new ByteArrayResource("hello world".getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "hello.txt";
			}
		}).contentType(MediaType.TEXT_PLAIN);
		Map<String, Object> answer = this.transport.call(ApiRequest.post("storage", "buckets", "b1", "files")
			.multipart(parts.build())
			.header("X-Appwrite-ID", "f1"), ADMIN, new TypeReference<Map<String, Object>>() {
			}).block(Duration.ofSeconds(5));
		assertThat(answer).containsEntry("$id", "f1");
		Recorded request = this.server.take();
		assertThat(request.header("Content-Type")).startsWith("multipart/form-data;").contains("boundary=");
		assertThat(request.header("X-Appwrite-ID")).isEqualTo("f1");
		assertThat(request.header("X-Appwrite-Key")).isEqualTo("standard_shapes_key");
		String body = request.bodyText();
		assertThat(body).contains("name=\"fileId\"")
			.contains("name=\"permissions[]\"")
			.contains("read(\"any\")")
			.contains("update(\"user:alice\")")
			.contains("name=\"file\"; filename=\"hello.txt\"")
			.contains("hello world");
	}

	@Test
	void deleteWithAJsonBodyAndACustomAccept() throws Exception {
		this.server.enqueue(Reply.empty(204));
		this.transport
			.callForNoContent(ApiRequest.delete("tablesdb", "db", "tables", "t", "rows")
				.json(JsonBody.create().with("queries", List.of(Query.equal("done", true))).with("transactionId", null))
				.accept("application/json"), ADMIN)
			.block(Duration.ofSeconds(5));
		Recorded request = this.server.take();
		assertThat(request.method()).isEqualTo("DELETE");
		assertThat(request.bodyText()).isEqualTo(
				"{\"queries\":[\"{\\\"method\\\":\\\"equal\\\",\\\"attribute\\\":\\\"done\\\",\\\"values\\\":[true]}\"]}");
	}

	@Test
	void downloadsStreamAsBytesOrIntoAnOutputStream() throws Exception {
		byte[] content = new byte[1_000_000];
		Arrays.fill(content, (byte) 7);
		content[content.length - 1] = 9;
		this.server
			.otherwise((request) -> new Reply(200, Map.of("Content-Type", "application/octet-stream"), content, 0));
		ApiRequest download = ApiRequest.get("storage", "buckets", "b1", "files", "f1", "download").accept("*/*");

		byte[] bytes = Blocking.bytes(this.transport.callForBytes(download, ADMIN), "storage().getFileDownload()");
		assertThat(bytes).isEqualTo(content);
		assertThat(this.server.take().header("Accept")).isEqualTo("*/*");

		ByteArrayOutputStream target = new ByteArrayOutputStream();
		Blocking.transferTo(this.transport.callForBytes(download, ADMIN), target, "storage().getFileDownload()");
		assertThat(target.toByteArray()).isEqualTo(content);
	}

	@Test
	void aMissingDownloadIsAnAppwriteException() {
		this.server.enqueue(Reply.json(404,
				Fixtures.error(404, "storage_file_not_found", "The requested file could not be found.")));
		ByteArrayOutputStream target = new ByteArrayOutputStream();
		assertThatThrownBy(
				() -> Blocking.transferTo(
						this.transport.callForBytes(
								ApiRequest.get("storage", "buckets", "b1", "files", "nope", "download"), ADMIN),
						target, "storage().getFileDownload()"))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class,
					(ex) -> assertThat(ex.getType()).isEqualTo("storage_file_not_found"));
		assertThat(target.size()).isZero();
	}

}
