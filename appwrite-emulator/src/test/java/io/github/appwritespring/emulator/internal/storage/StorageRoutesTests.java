package io.github.appwritespring.emulator.internal.storage;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(AppwriteEmulatorExtension.class)
class StorageRoutesTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private AppwriteEmulator emulator;

	private TestHttp key;

	@BeforeEach
	void bucket(AppwriteEmulator emulator) {
		this.emulator = emulator;
		this.key = TestHttp.key(emulator);
		assertThat(this.key
			.post("/storage/buckets", "{\"bucketId\":\"media\",\"name\":\"Media\",\"maximumFileSize\":1000}")
			.status()).isEqualTo(201);
	}

	private HttpResponse<byte[]> upload(String fileId, byte[] content, String contentRange, String uploadId)
			throws Exception {
		String boundary = "----boundary" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"fileId\"\r\n\r\n" + fileId + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.bin\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(this.emulator.endpoint() + "/storage/buckets/media/files"))
			.header("X-Appwrite-Project", this.emulator.projectId())
			.header("X-Appwrite-Key", this.emulator.apiKey())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (contentRange != null) {
			request.header("Content-Range", contentRange);
		}
		if (uploadId != null) {
			request.header("x-appwrite-id", uploadId);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<byte[]> download(String fileId, String range) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(this.emulator.endpoint() + "/storage/buckets/media/files/" + fileId + "/download"))
			.header("X-Appwrite-Project", this.emulator.projectId())
			.header("X-Appwrite-Key", this.emulator.apiKey());
		if (range != null) {
			request.header("Range", range);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void chunksResumeAndRangesDownload() throws Exception {
		byte[] content = new byte[250];
		new Random(3).nextBytes(content);
		assertThat(upload("f1", Arrays.copyOfRange(content, 0, 100), "bytes 0-99/250", null).statusCode())
			.isEqualTo(201);
		HttpResponse<byte[]> again = upload("f1", Arrays.copyOfRange(content, 0, 100), "bytes 0-99/250", "f1");
		assertThat(again.statusCode()).as("a repeated chunk is accepted (resume)").isEqualTo(201);
		assertThat(download("f1", null).statusCode()).as("incomplete files are not served").isEqualTo(404);
		upload("f1", Arrays.copyOfRange(content, 100, 200), "bytes 100-199/250", "f1");
		HttpResponse<byte[]> last = upload("f1", Arrays.copyOfRange(content, 200, 250), "bytes 200-249/250", "f1");
		JsonNode file = io.github.appwritespring.emulator.internal.json.Json.MAPPER.readTree(last.body());
		assertThat(file.path("chunksTotal").asInt()).isEqualTo(3);
		assertThat(file.path("chunksUploaded").asInt()).isEqualTo(3);
		assertThat(download("f1", null).body()).isEqualTo(content);
		HttpResponse<byte[]> partial = download("f1", "bytes=10-19");
		assertThat(partial.statusCode()).isEqualTo(206);
		assertThat(partial.headers().firstValue("Content-Range")).contains("bytes 10-19/250");
		assertThat(partial.body()).isEqualTo(Arrays.copyOfRange(content, 10, 20));
		assertThat(download("f1", "bytes=-5").body()).isEqualTo(Arrays.copyOfRange(content, 245, 250));
		assertThat(download("f1", "bytes=300-").statusCode()).isEqualTo(416);
		assertThat(download("f1", "bytes=240-260").statusCode()).as("past the end").isEqualTo(416);
		assertThat(download("f1", "bytes=7-7").statusCode()).as("a single byte").isEqualTo(416);
		HttpResponse<byte[]> open = download("f1", "bytes=90-");
		assertThat(open.statusCode()).isEqualTo(206);
		assertThat(open.headers().firstValue("Content-Range")).contains("bytes 90-249/250");
		assertThat(open.body()).isEqualTo(Arrays.copyOfRange(content, 90, 250));
		assertThat(download("f1", null).headers().firstValue("Content-Disposition"))
			.contains("attachment; filename=\"data.bin\"");
		assertThat(upload("f1", new byte[10], null, null).statusCode()).isEqualTo(409);
	}

	@Test
	void withoutFileSecurityOnlyTheBucketsReadPermissionLetsReadFiles() throws Exception {
		assertThat(upload("f3", "hello".getBytes(StandardCharsets.UTF_8), null, null).statusCode()).isEqualTo(201);
		String userId = this.emulator.seedUser("ada@example.com", "ada-password");
		TestHttp ada = TestHttp.guest(this.emulator).with("X-Appwrite-Session", this.emulator.createSession(userId));
		for (String path : new String[] { "", "/download", "/view" }) {
			assertError(ada.get("/storage/buckets/media/files/f3" + path), 401, "user_unauthorized");
			assertError(ada.get("/storage/buckets/media/files/missing" + path), 401, "user_unauthorized");
		}
		assertError(this.key.get("/storage/buckets/media/files/missing"), 404, "storage_file_not_found");
	}

	@Test
	void theTypeComesFromTheContentAndViewServesOnlySafeTypesAsThemselves() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		assertThat(upload("png", png, null, null).statusCode()).isEqualTo(201);
		assertThat(this.key.get("/storage/buckets/media/files/png").json().path("mimeType").asString())
			.isEqualTo("image/png");
		byte[] html = "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
		assertThat(upload("html", html, null, null).statusCode()).isEqualTo(201);
		assertThat(this.key.get("/storage/buckets/media/files/html").json().path("mimeType").asString())
			.isEqualTo("text/html");
		TestHttp.Result view = this.key.get("/storage/buckets/media/files/html/view");
		assertThat(view.header("Content-Type")).startsWith("text/plain");
		assertThat(view.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(this.key.get("/storage/buckets/media/files/png/view").header("Content-Type"))
			.startsWith("image/png");
		assertThat(this.key.get("/storage/buckets/media/files/html/download").header("Content-Type"))
			.startsWith("text/html");
		assertThat(MimeTypes.detect("plain words\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
		assertThat(MimeTypes.detect(new byte[] { 0, 1, 2, (byte) 0xFE })).isEqualTo("application/octet-stream");
		assertThat(MimeTypes.detect("%PDF-1.7".getBytes(StandardCharsets.UTF_8))).isEqualTo("application/pdf");
	}

	@Test
	void badUploadsAreRefusedAndLeaveNothingBehind() throws Exception {
		assertThat(upload("f2", new byte[10], "bytes 5-2/10", null).statusCode()).isEqualTo(400);
		assertThat(new String(upload("f2", new byte[10], "bytes 0-9/5", null).body()))
			.contains("storage_invalid_content_range");
		assertThat(new String(upload("f2", new byte[10], "bytes 0-9/20", "../x").body()))
			.contains("storage_invalid_appwrite_id");
		assertThat(new String(upload("f2", new byte[2000], null, null).body())).contains("storage_invalid_file_size");
		assertThat(new String(upload("f2", new byte[0], null, null).body())).contains("storage_file_empty");
		assertThat(new String(upload("../../etc", new byte[3], null, null).body()))
			.contains("general_argument_invalid");
		assertThat(this.key.get("/storage/buckets/media/files").json().path("total").asInt()).isZero();
		assertError(this.key.get("/storage/buckets/nope/files"), 404, "storage_bucket_not_found");
		assertError(TestHttp.guest(this.emulator).post("/storage/buckets", "{\"bucketId\":\"x\",\"name\":\"X\"}"), 401,
				"general_unauthorized_scope");
	}

}
