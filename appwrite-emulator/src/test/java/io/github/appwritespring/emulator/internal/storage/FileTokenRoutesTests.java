package io.github.appwritespring.emulator.internal.storage;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * File tokens over loopback HTTP: created with the key, their secret lets a guest
 * download and view that one file until the token expires or is deleted.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class FileTokenRoutesTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private AppwriteEmulator emulator;

	private TestHttp key;

	@BeforeEach
	void privateBucket(AppwriteEmulator emulator) throws Exception {
		this.emulator = emulator;
		this.key = TestHttp.key(emulator);
		this.key.post("/storage/buckets", "{\"bucketId\":\"media\",\"name\":\"Media\"}");
		upload("f1", "first file");
		upload("f2", "second file");
	}

	private void upload(String fileId, String content) throws Exception {
		String boundary = "----boundary" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"fileId\"\r\n\r\n" + fileId + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileId
				+ ".txt\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HTTP
			.send(HttpRequest.newBuilder(URI.create(this.emulator.endpoint() + "/storage/buckets/media/files"))
				.header("X-Appwrite-Project", this.emulator.projectId())
				.header("X-Appwrite-Key", this.emulator.apiKey())
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	private TestHttp.Result guestRead(String fileId, String kind, String secret) {
		return TestHttp.guest(this.emulator)
			.get("/storage/buckets/media/files/" + fileId + "/" + kind + ((secret != null) ? "?token=" + secret : ""));
	}

	@Test
	void aTokenLetsAGuestReadItsFileOnly() {
		TestHttp.Result created = this.key.post("/tokens/buckets/media/files/f1", "{}");
		assertThat(created.status()).as(created.response().body()).isEqualTo(201);
		JsonNode token = created.json();
		assertThat(token.path("resourceId").asString()).isEqualTo("media:f1");
		assertThat(token.path("resourceType").asString()).isEqualTo("files");
		assertThat(token.path("expire").isNull()).isTrue();
		String secret = token.path("secret").asString();
		assertThat(secret.split("\\.")).hasSize(3);

		assertError(guestRead("f1", "download", null), 401, "user_unauthorized");
		TestHttp.Result download = guestRead("f1", "download", secret);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.response().body()).isEqualTo("first file");
		assertThat(guestRead("f1", "view", secret).response().body()).isEqualTo("first file");
		assertError(guestRead("f2", "download", secret), 401, "user_unauthorized");
		assertError(guestRead("f1", "download", "not-a-token"), 401, "user_unauthorized");
		assertThat(this.key.get("/tokens/" + token.path("$id").asString()).json().path("accessedAt").asString())
			.isNotEmpty();

		assertThat(this.key.get("/tokens/buckets/media/files/f1").json().path("total").asInt()).isEqualTo(1);
		assertThat(this.key.get("/tokens/buckets/media/files/f2").json().path("total").asInt()).isZero();
		assertError(this.key.post("/tokens/buckets/none/files/f1", "{}"), 404, "storage_bucket_not_found");
		assertError(this.key.post("/tokens/buckets/media/files/none", "{}"), 404, "storage_file_not_found");
		assertError(TestHttp.guest(this.emulator).post("/tokens/buckets/media/files/f1", "{}"), 401,
				"general_unauthorized_scope");

		assertThat(this.key.delete("/tokens/" + token.path("$id").asString()).status()).isEqualTo(204);
		assertError(this.key.get("/tokens/" + token.path("$id").asString()), 404, "token_not_found");
		assertError(guestRead("f1", "download", secret), 401, "user_unauthorized");
	}

	@Test
	void expiredTokensGrantNothing() {
		String inAMinute = Instant.now().plusSeconds(60).toString();
		JsonNode token = this.key.post("/tokens/buckets/media/files/f1", "{\"expire\":\"" + inAMinute + "\"}").json();
		assertThat(token.path("expire").asString()).isNotEmpty();
		String id = token.path("$id").asString();
		assertError(this.key.post("/tokens/buckets/media/files/f1", "{\"expire\":\"2020-01-01T00:00:00Z\"}"), 400,
				"general_argument_invalid");
		assertThat(guestRead("f1", "download", token.path("secret").asString()).status()).isEqualTo(200);

		TestHttp.raw(this.emulator.endpoint().replace("/v1", ""))
			.with("X-Appwrite-Key", this.emulator.apiKey())
			.post("/_emulator/clock", "{\"advanceSeconds\":61}");
		assertError(guestRead("f1", "download", token.path("secret").asString()), 401, "user_unauthorized");

		JsonNode renewed = this.key.patch("/tokens/" + id, "{}").json();
		assertThat(renewed.path("expire").isNull()).as("no expire: the token never expires").isTrue();
		assertThat(guestRead("f1", "download", renewed.path("secret").asString()).status()).isEqualTo(200);
		String tomorrow = Instant.now().plusSeconds(2 * 24 * 3600).toString();
		assertThat(
				this.key.patch("/tokens/" + id, "{\"expire\":\"" + tomorrow + "\"}").json().path("expire").asString())
			.startsWith(tomorrow.substring(0, 16));
		assertError(this.key.patch("/tokens/none", "{}"), 404, "token_not_found");
	}

	@Test
	void concurrentDeletesOfOneTokenSucceedOnce() throws Exception {
		String id = this.key.post("/tokens/buckets/media/files/f1", "{}").json().path("$id").asString();
		assertThat(TestHttp.race(8, (i) -> this.key.delete("/tokens/" + id))).containsExactlyInAnyOrder(204, 404, 404,
				404, 404, 404, 404, 404);
	}

}
