package io.github.appwritespring.autoconfigure.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an application builds on the integration's authentication: its own success and
 * failure handlers for the endpoints, Spring Security's {@code formLogin()} with the
 * integration's authentication, and code that authenticates a user itself. A new Appwrite
 * session always ends up in the browser's cookie or is deleted, never orphaned. A
 * subclass starts an application with its stack whose chain has: the integration with a
 * success handler answering {@code 200 welcome <email>} and a failure handler answering
 * {@code 418 refused: <reason>}; {@code formLogin()} processing {@code POST /form-login};
 * the public pages {@code /login} and {@code GET /recheck?email=&password=} (which
 * authenticates with the integration's email/password provider or manager and answers
 * {@code checked <email>}); and {@code /me} (the signed-in email).
 */
public abstract class ApplicationAuthenticationTests {

	protected static final String PASSWORD = "a-long-password";

	@LocalServerPort
	int port;

	@Autowired
	AppwriteClient admin;

	Browser browser;

	String sessionCookie;

	@BeforeEach
	void newBrowser() {
		this.browser = new Browser(this.port);
		this.sessionCookie = "a_session_" + this.admin.getProjectId();
	}

	private String newUser() {
		String email = "app" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		this.admin.users().create(ID.unique(), email, null, PASSWORD, "App User");
		return email;
	}

	private long sessionsOf(String email) {
		String id = this.admin.users().listAll(List.of(Query.equal("email", email))).findFirst().orElseThrow().id();
		return this.admin.users().listSessions(id).total();
	}

	@Test
	void theApplicationsSuccessHandlerAnswersOnceTheBrowserIsSignedIn() throws Exception {
		String email = newUser();
		String csrfBefore = this.browser.csrfToken();
		Answer answer = this.browser.postForm("/auth/login",
				Map.of("email", email, "password", PASSWORD, "_csrf", this.browser.csrfFormField()));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("welcome " + email);
		assertThat(answer.setCookie(this.sessionCookie)).as("the cookie is set before the handler answers")
			.hasValueSatisfying((cookie) -> assertThat(cookie.has("HttpOnly")).isTrue());
		assertThat(answer.setCookie("XSRF-TOKEN")).as("and the CSRF token renewed")
			.hasValueSatisfying((cookie) -> assertThat(cookie.value()).isNotEqualTo(csrfBefore));
		assertThat(this.browser.getPage("/me").body()).isEqualTo(email);
		assertThat(sessionsOf(email)).isEqualTo(1);
	}

	@Test
	void theApplicationsFailureHandlerAnswersFailures() throws Exception {
		String email = newUser();
		Answer answer = this.browser.postForm("/auth/login",
				Map.of("email", email, "password", "not-the-password", "_csrf", this.browser.csrfFormField()));
		assertThat(answer.status()).isEqualTo(418);
		assertThat(answer.body()).isEqualTo("refused: credentials");
		assertThat(answer.setCookie(this.sessionCookie)).isEmpty();
		Answer signUp = this.browser.postForm("/auth/signup",
				Map.of("email", email, "password", PASSWORD, "_csrf", this.browser.csrfFormField()));
		assertThat(signUp.body()).isEqualTo("refused: exists");
	}

	@Test
	void formLoginWithTheIntegrationsAuthenticationLeavesTheNewSessionInTheBrowsersCookie() throws Exception {
		String email = newUser();
		Answer answer = this.browser.postForm("/form-login",
				Map.of("username", email, "password", PASSWORD, "_csrf", this.browser.csrfFormField()));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.setCookie(this.sessionCookie)).isPresent();
		assertThat(this.browser.getPage("/me").body()).isEqualTo(email);
		assertThat(sessionsOf(email)).as("the browser holds the one session made").isEqualTo(1);
		assertThat(this.browser.cookies()).doesNotContainKeys("SESSION", "JSESSIONID");
	}

	@Test
	void aSessionThatApplicationCodeMakesAndNobodyKeepsIsDeleted() throws Exception {
		String email = newUser();
		Answer answer = this.browser.get("/recheck?email=" + email + "&password=" + PASSWORD);
		assertThat(answer.body()).isEqualTo("checked " + email);
		assertThat(answer.setCookie(this.sessionCookie)).isEmpty();
		// deleted once the request is over, which may be just after the answer arrived
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(sessionsOf(email)).as("no session is left with nobody holding it").isZero());

		this.browser.postForm("/auth/login",
				Map.of("email", email, "password", PASSWORD, "_csrf", this.browser.csrfFormField()));
		assertThat(this.browser.get("/recheck?email=" + email + "&password=" + PASSWORD).body())
			.isEqualTo("checked " + email);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(sessionsOf(email)).as("the browser's own session stays").isEqualTo(1));
		assertThat(this.browser.getPage("/me").body()).isEqualTo(email);
	}

}
