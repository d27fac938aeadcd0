package io.github.appwritespring.sample.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.appwritespring.autoconfigure.AppwriteConnectionDetails;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.sample.provision.AppwriteProvisioner;
import io.github.appwritespring.test.AutoConfigureAppwriteEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statuses behind the pages, over real HTTP against the app on the emulator: bad
 * input is 400 with the message, a missing or unshared note 404, a page that is not yours
 * 403, and no page leaks internals.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.development=true")
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

	SampleHttp demo;

	@BeforeEach
	void signIn() {
		this.provisioner.provision();
		this.demo = as("demo");
	}

	@Test
	void anEmptyTitleIs400WithTheMessageAndTheInputKept() {
		HttpResponse<String> response = this.demo.postForm("/notes/new", "/notes",
				Map.of("title", " ", "body", "kept"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("A note needs a title.", ">kept</textarea>");
	}

	@Test
	void tooLongFieldsAre400() {
		assertThat(this.demo.postForm("/notes/new", "/notes", Map.of("title", "x".repeat(201))).statusCode())
			.isEqualTo(400);
		HttpResponse<String> response = this.demo.postForm("/notes/new", "/notes",
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
		String path = createNote("mine");
		SampleHttp admin = as("admin");
		assertThat(admin.get(path).statusCode()).isEqualTo(404);
		assertThat(admin.postForm("/notes/new", path, Map.of("title", "taken over")).statusCode()).isEqualTo(404);
		assertThat(admin.postForm("/notes/new", path + "/delete", Map.of()).statusCode()).isEqualTo(404);
		assertThat(admin.postForm("/notes/new", path + "/share", Map.of("email", "admin@example.com")).statusCode())
			.isEqualTo(404);
		assertThat(this.demo.get(path).body()).contains("mine");
	}

	@Test
	void sharingWithABadEmailIs400() {
		String path = createNote("to share");
		for (String email : new String[] { "", "not an email", "demo@example.com" }) {
			assertThat(this.demo.postForm(path, path + "/share", Map.of("email", email)).statusCode()).as(email)
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
		HttpRequest forged = HttpRequest.newBuilder(URI.create(base() + "/notes"))
			.header("Cookie", cookieName() + "=" + this.emulator.createSession("demo"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("title=forged"))
			.build();
		assertThat(send(forged).statusCode()).isEqualTo(403);
	}

	/**
	 * @return the new note's path
	 */
	private String createNote(String title) {
		String location = this.demo.postForm("/notes/new", "/notes", Map.of("title", title))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		return location.substring(location.indexOf("/notes/"), location.indexOf('?'));
	}

	private SampleHttp as(String userId) {
		return new SampleHttp(base()).withCookie(cookieName(), this.emulator.createSession(userId));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private String cookieName() {
		return "a_session_" + this.appwrite.getProjectId();
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
