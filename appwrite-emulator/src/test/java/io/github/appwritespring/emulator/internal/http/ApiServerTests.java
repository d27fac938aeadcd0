package io.github.appwritespring.emulator.internal.http;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(AppwriteEmulatorExtension.class)
class ApiServerTests {

	@Test
	void healthNeedsTheKeyAndAnswersPass(AppwriteEmulator emulator) {
		TestHttp.Result ok = TestHttp.key(emulator).get("/health");
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.json().toString()).isEqualTo("{\"name\":\"http\",\"status\":\"pass\",\"ping\":0}");

		TestHttp.Result guest = TestHttp.guest(emulator).get("/health");
		assertError(guest, 401, "general_unauthorized_scope");
		assertThat(guest.json().path("message").asString())
			.isEqualTo("User (role: guests) missing scopes ([\"health.read\"])");
	}

	@Test
	void versionIsPublicEvenWithoutProject(AppwriteEmulator emulator) {
		TestHttp.Result version = TestHttp.raw(emulator.endpoint()).get("/health/version");
		assertThat(version.status()).isEqualTo(200);
		assertThat(version.json().path("version").asString()).isEqualTo("1.8.1");
	}

	@Test
	void unknownRouteNamesMethodAndPath(AppwriteEmulator emulator) {
		TestHttp.Result missing = TestHttp.key(emulator).get("/nowhere/at/all");
		assertError(missing, 404, "general_route_not_found");
		assertThat(missing.json().path("message").asString()).contains("GET /v1/nowhere/at/all");
		assertThat(missing.header("Cache-Control")).isEqualTo("no-cache, no-store, must-revalidate");

		TestHttp.Result outside = TestHttp.key(emulator).get("/../../etc/passwd");
		assertThat(outside.status()).isEqualTo(404);
	}

	@Test
	void wrongMethodOnKnownPathSaysWhichMethodsWork(AppwriteEmulator emulator) {
		TestHttp.Result wrong = TestHttp.key(emulator).post("/health", "{}");
		assertError(wrong, 404, "general_route_not_found");
		assertThat(wrong.json().path("message").asString()).contains("POST /v1/health").contains("accepts GET");
	}

	@Test
	void projectMustMatch(AppwriteEmulator emulator) {
		TestHttp.Result wrong = TestHttp.raw(emulator.endpoint())
			.with("X-Appwrite-Project", "other")
			.with("X-Appwrite-Key", emulator.apiKey())
			.get("/health");
		assertError(wrong, 404, "project_not_found");

		TestHttp.Result missing = TestHttp.raw(emulator.endpoint())
			.with("X-Appwrite-Key", emulator.apiKey())
			.get("/health");
		assertError(missing, 404, "project_not_found");

		TestHttp.Result viaQuery = TestHttp.raw(emulator.endpoint())
			.with("X-Appwrite-Key", emulator.apiKey())
			.get("/health?project=" + emulator.projectId());
		assertThat(viaQuery.status()).isEqualTo(200);
	}

	@Test
	void unknownKeyIsAGuestNotAnError(AppwriteEmulator emulator) {
		TestHttp.Result wrongKey = TestHttp.guest(emulator).with("X-Appwrite-Key", "standard_wrong").get("/health");
		assertError(wrongKey, 401, "general_unauthorized_scope");
	}

	@Test
	void malformedAndOversizedBodiesAreClear4xxAndServerKeepsServing(AppwriteEmulator emulator) {
		TestHttp.Result malformed = TestHttp.key(emulator).send("GET", "/health", "application/json", "{\"a\": ");
		assertError(malformed, 400, "general_bad_request");
		assertThat(malformed.json().path("message").asString()).contains("not valid JSON");

		TestHttp.Result notObject = TestHttp.key(emulator).send("GET", "/health", "application/json", "[1,2]");
		assertError(notObject, 400, "general_bad_request");

		assertThat(TestHttp.key(emulator).get("/health").status()).isEqualTo(200);
	}

	@Test
	void oversizedBodyIsRefusedBeforeItIsRead(AppwriteEmulator emulator) throws Exception {
		URI endpoint = URI.create(emulator.endpoint());
		try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
			socket.setSoTimeout(10_000);
			// Declares 100 MB but sends a few bytes: the answer must come without waiting
			// for the rest.
			String head = "GET /v1/health HTTP/1.1\r\nHost: localhost\r\nX-Appwrite-Project: " + emulator.projectId()
					+ "\r\nX-Appwrite-Key: " + emulator.apiKey()
					+ "\r\nContent-Type: application/json\r\nContent-Length: " + (ApiServer.MAX_BODY_BYTES * 10)
					+ "\r\n\r\n{\"a\":";
			socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			String response = readResponse(socket);
			assertThat(response).startsWith("HTTP/1.1 413").contains("general_bad_request").contains("too large");
		}
		assertThat(TestHttp.key(emulator).get("/health").status()).isEqualTo(200);
	}

	/**
	 * Reads a response until its JSON body is complete (the connection may stay open).
	 */
	private static String readResponse(Socket socket) throws java.io.IOException {
		StringBuilder response = new StringBuilder();
		byte[] buffer = new byte[1024];
		while (!response.toString().contains("\"version\":\"1.8.1\"}")) {
			int read = socket.getInputStream().read(buffer);
			if (read < 0) {
				break;
			}
			response.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
		}
		return response.toString();
	}

}
