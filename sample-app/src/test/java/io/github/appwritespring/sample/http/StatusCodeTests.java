package io.github.appwritespring.sample.http;

import java.net.http.HttpResponse;
import java.util.Map;

import io.github.appwritespring.autoconfigure.AppwriteConnectionDetails;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.sample.provision.AppwriteProvisioner;
import io.github.appwritespring.test.AutoConfigureAppwriteEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statuses behind the pages, over real HTTP against the app on the emulator: bad input is 400 with the
 * message, a missing or unshared note 404, a page that is not yours 403, and no page leaks internals.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureAppwriteEmulator
class StatusCodeTests {

	@LocalServerPort
	int port;

	@Autowired
	AppwriteEmulator emulator;

	@Autowired
	AppwriteConnectionDetails appwrite;

	@Autowired
	AppwriteProvisioner provisioner;

	SignedInHttp demo;

	@BeforeEach
	void signIn() {
		this.provisioner.provision();
		this.demo = as("demo");
	}

	@Test
	void anEmptyTitleIs400WithTheMessageAndTheInputKept() {
		HttpResponse<String> response = this.demo.post("/notes/new", "/notes", Map.of("title", " ", "body", "kept"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("A note needs a title.", ">kept</textarea>");
	}

	@Test
	void tooLongFieldsAre400() {
		assertThat(this.demo.post("/notes/new", "/notes", Map.of("title", "x".repeat(201))).statusCode()).isEqualTo(400);
		HttpResponse<String> response = this.demo.post("/notes/new", "/notes",
				Map.of("title", "ok", "body", "y".repeat(10_001)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("The text is too long: at most 10000 characters.");
	}

	@Test
	void missingNotesAre404WithoutDetails() {
		for (String path : new String[] { "/notes/nope", "/notes/nope/edit", "/notes/" + "a".repeat(40),
				"/notes/nope/attachments/file", "/notes?after=nope", "/no-such-page" }) {
			HttpResponse<String> response = this.demo.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).doesNotContain("Exception", "row_not_found", "at io.");
		}
	}

	@Test
	void anotherUsersNoteIs404AndCannotBeChanged() {
		String location = this.demo.post("/notes/new", "/notes", Map.of("title", "mine")).headers()
			.firstValue("Location")
			.orElseThrow();
		String path = location.substring(location.indexOf("/notes/"), location.indexOf('?'));
		SignedInHttp admin = as("admin");
		assertThat(admin.get(path).statusCode()).isEqualTo(404);
		assertThat(admin.post("/notes/new", path, Map.of("title", "taken over")).statusCode()).isEqualTo(404);
		assertThat(admin.post("/notes/new", path + "/delete", Map.of()).statusCode()).isEqualTo(404);
		assertThat(admin.post("/notes/new", path + "/share", Map.of("email", "admin@example.com")).statusCode())
			.isEqualTo(404);
		assertThat(this.demo.get(path).body()).contains("mine");
	}

	@Test
	void sharingWithABadEmailIs400() {
		String location = this.demo.post("/notes/new", "/notes", Map.of("title", "to share")).headers()
			.firstValue("Location")
			.orElseThrow();
		String path = location.substring(location.indexOf("/notes/"), location.indexOf('?'));
		for (String email : new String[] { "", "not an email", "demo@example.com", "nobody@example.com" }) {
			assertThat(this.demo.post(path, path + "/share", Map.of("email", email)).statusCode()).as(email)
				.isEqualTo(400);
		}
	}

	@Test
	void theAdminPageIs403ForOthers() {
		HttpResponse<String> response = this.demo.get("/admin");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Not allowed").doesNotContain("admin@example.com");
		assertThat(as("admin").get("/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void aFormWithoutTheCsrfTokenIsRefused() {
		HttpResponse<String> response = new SignedInHttp(base(), cookieName(), this.emulator.createSession("demo"))
			.get("/notes");
		assertThat(response.statusCode()).isEqualTo(200);
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		java.net.http.HttpRequest forged = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/notes"))
			.header("Cookie", cookieName() + "=" + this.emulator.createSession("demo"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("title=forged"))
			.build();
		assertThat(send(client, forged).statusCode()).isEqualTo(403);
	}

	private SignedInHttp as(String userId) {
		return new SignedInHttp(base(), cookieName(), this.emulator.createSession(userId));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private String cookieName() {
		return "a_session_" + this.appwrite.getProjectId();
	}

	private static HttpResponse<String> send(java.net.http.HttpClient client, java.net.http.HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
