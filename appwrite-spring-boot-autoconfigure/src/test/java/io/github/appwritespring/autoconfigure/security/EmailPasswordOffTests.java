package io.github.appwritespring.autoconfigure.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.emulator.AppwriteEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code appwrite.security.email-password.enabled=false}, neither sign-in nor
 * sign-up with a password is an endpoint: a correct password makes no Appwrite session,
 * since Appwrite's own switch for the method does not stop calls made with the API key.
 * OAuth2 still works. A subclass starts the application with its stack.
 */
@TestPropertySource(
		properties = { "appwrite.security.email-password.enabled=false", "appwrite.security.oauth2.providers=github" })
public abstract class EmailPasswordOffTests {

	private static final String PASSWORD = "a-long-password";

	@LocalServerPort
	int port;

	@Autowired
	AppwriteClient admin;

	@Autowired
	AppwriteEmulator emulator;

	@Test
	void aCorrectPasswordSignsNoOneIn() throws Exception {
		String email = "off" + System.nanoTime() + "@example.com";
		String userId = this.emulator.seedUser("unique()", email, PASSWORD, "Off");
		Browser browser = new Browser(this.port);
		Answer form = browser.postForm("/auth/login",
				Map.of("email", email, "password", PASSWORD, "_csrf", browser.csrfFormField()));
		assertThat(form.setCookies()).noneMatch((cookie) -> cookie.name().startsWith("a_session_"));
		Answer json = browser.postJson("/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
				Map.of("X-XSRF-TOKEN", browser.csrfToken()));
		assertThat(json.status()).isNotEqualTo(200);
		assertThat(json.setCookies()).noneMatch((cookie) -> cookie.name().startsWith("a_session_"));
		assertThat(this.admin.users().listSessions(userId).total()).as("no session was made in Appwrite").isZero();
	}

	@Test
	void noOneSignsUpWithAPassword() throws Exception {
		Browser browser = new Browser(this.port);
		String email = "off-signup" + System.nanoTime() + "@example.com";
		Answer answer = browser.postForm("/auth/signup",
				Map.of("email", email, "password", PASSWORD, "_csrf", browser.csrfFormField()));
		assertThat(answer.setCookies()).noneMatch((cookie) -> cookie.name().startsWith("a_session_"));
		assertThat(this.admin.users().list(null, email).users()).as("no account was made in Appwrite")
			.noneMatch((user) -> email.equals(user.email()));
	}

	@Test
	void oauth2StillStarts() throws Exception {
		Answer started = new Browser(this.port).get("/auth/oauth2/github");
		assertThat(started.status()).isEqualTo(302);
		assertThat(started.location()).startsWith(this.admin.getEndpoint());
	}

}
