package io.github.appwritespring.sample.http;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.appwritespring.autoconfigure.AppwriteConnectionDetails;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.sample.provision.AppwriteProvisioner;
import io.github.appwritespring.test.AutoConfigureAppwriteEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's JSON API as an API client calls it: with an Appwrite JWT from
 * {@code account.createJWT()} ({@code appwrite.security.jwt.paths=/api/**}), no cookie,
 * no CSRF token.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.development=true")
@AutoConfigureAppwriteEmulator
class NotesApiTests {

	@LocalServerPort
	int port;

	@Autowired
	AppwriteEmulator emulator;

	@Autowired
	AppwriteConnectionDetails appwrite;

	@Autowired
	AppwriteClient admin;

	@Autowired
	AppwriteProvisioner provisioner;

	@BeforeEach
	void provision() {
		this.provisioner.provision();
	}

	@Test
	void aJwtReadsTheUsersNotesAsJson() {
		String userId = "api" + UUID.randomUUID().toString().substring(0, 8);
		this.admin.users().create(userId, userId + "@example.com", null, "a-long-password", "Api User");
		String session = this.emulator.createSession(userId);
		new SampleHttp(base()).withCookie("a_session_" + this.appwrite.getProjectId(), session)
			.postForm("/notes/new", "/notes", Map.of("title", "From the web"));
		String jwt = this.admin.withSession(session).account().createJWT().jwt();

		SampleHttp api = new SampleHttp(base());
		HttpResponse<String> answer = api.send(api.request("/api/notes")
			.header("Authorization", "Bearer " + jwt)
			.header("Accept", "application/json"));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"user\":\"" + userId + "@example.com\"").contains("\"From the web\"");
		assertThat(answer.headers().allValues("Set-Cookie")).as("stateless").isEmpty();
	}

	@Test
	void withoutAValidJwtTheApiAnswers401() {
		SampleHttp api = new SampleHttp(base());
		HttpResponse<String> none = api.send(api.request("/api/notes").header("Accept", "application/json"));
		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		HttpResponse<String> forged = api.send(api.request("/api/notes").header("Authorization", "Bearer not.a.jwt"));
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(forged.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
