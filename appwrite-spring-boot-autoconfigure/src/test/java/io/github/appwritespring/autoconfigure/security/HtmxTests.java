package io.github.appwritespring.autoconfigure.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * htmx on both stacks, over real HTTP against the emulator: a request with
 * {@code HX-Request: true} that would be redirected (after a sign-in, a failed sign-in, a
 * sign-out, an account endpoint, or to the sign-in page without a session or with an
 * ended one) gets {@code 200} with {@code HX-Redirect} instead, so that htmx loads the
 * whole page rather than swapping it into a fragment; what is not a redirect (a 429)
 * stays what a form post gets. A subclass starts the security end-to-end test application
 * of its stack.
 */
@TestPropertySource(locations = "classpath:security-e2e.properties")
public abstract class HtmxTests {

	private static final String PASSWORD = "a-long-password";

	private static final Map<String, String> HTMX = Map.of("HX-Request", "true");

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

	/** The ID of the user {@link #newUser()} made last. */
	String userId;

	private String newUser() {
		String email = "h" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		this.userId = this.admin.users().create(ID.unique(), email, null, PASSWORD, "Htmx User").id();
		return email;
	}

	private Answer htmxLogin(String email, String password) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("email", email);
		fields.put("password", password);
		fields.put("_csrf", this.browser.csrfFormField());
		return this.browser.postForm("/auth/login", fields, HTMX);
	}

	private static void assertHxRedirect(Answer answer, String target) {
		assertThat(answer.header("HX-Redirect")).as("%s %s", answer.status(), answer.body()).isNotNull();
		assertThat(answer.status()).as("htmx gets no 302: it would follow it into the fragment").isEqualTo(200);
		assertThat(answer.header("HX-Redirect")).isEqualTo(target);
		assertThat(answer.header("Location")).isNull();
	}

	@Test
	void aSignInGoesOnWithHxRedirectAndSetsTheCookie() throws Exception {
		Answer answer = htmxLogin(newUser(), PASSWORD);
		assertHxRedirect(answer, "/");
		assertThat(answer.setCookie(this.sessionCookie)).isPresent();
		assertThat(this.browser.get("/private").body()).isEqualTo("private");
	}

	@Test
	void aFailedSignInGoesBackToTheSignInPageAsAFormPostDoes() throws Exception {
		String email = newUser();
		Answer form = this.browser.postForm("/auth/login",
				Map.of("email", email, "password", "wrong-password", "_csrf", this.browser.csrfFormField()));
		Answer htmx = htmxLogin(email, "wrong-password");
		assertThat(form.status()).isEqualTo(302);
		assertHxRedirect(htmx, form.location());
		assertThat(htmx.setCookie(this.sessionCookie)).isEmpty();
	}

	@Test
	void aThrottledSignInGetsThe429AFormPostGets() throws Exception {
		String email = newUser();
		Answer answer = htmxLogin(email, "wrong-password");
		for (int i = 0; i < 3; i++) {
			answer = htmxLogin(email, "wrong-password");
		}
		assertThat(answer.status()).as("two free failures, a third that starts the wait, then 429").isEqualTo(429);
		assertThat(answer.header("Retry-After")).isNotBlank();
		assertThat(answer.header("HX-Redirect")).isNull();
	}

	@Test
	void aPartialRequestWithoutASessionLoadsTheSignInPage() throws Exception {
		Answer answer = this.browser.get("/private", Map.of("HX-Request", "true", "Sec-Fetch-Dest", "empty"));
		assertHxRedirect(answer, "/login");
		assertThat(answer.setCookie("REDIRECT_URI").map(Browser.SetCookie::value).orElse(""))
			.as("a fragment's request is not worth coming back to")
			.isEmpty();
	}

	@Test
	void aPartialRequestWhoseSessionEndedLoadsTheSignInPageAndExpiresTheCookie() throws Exception {
		String email = newUser();
		assertThat(htmxLogin(email, PASSWORD).status()).isEqualTo(200);
		this.admin.users().deleteSessions(this.userId);
		Answer answer = this.browser.get("/private", HTMX);
		assertHxRedirect(answer, "/login");
		assertThat(answer.setCookie(this.sessionCookie).orElseThrow().value()).isEmpty();
	}

	@Test
	void aSignOutGoesOnWithHxRedirect() throws Exception {
		assertThat(htmxLogin(newUser(), PASSWORD).status()).isEqualTo(200);
		Answer answer = this.browser.postForm("/auth/logout", Map.of("_csrf", this.browser.csrfFormField()), HTMX);
		assertHxRedirect(answer, "/login?logout");
		assertThat(answer.setCookie(this.sessionCookie).orElseThrow().value()).isEmpty();
	}

	@Test
	void anAccountEndpointGoesOnWithHxRedirect() throws Exception {
		Answer answer = this.browser.postForm("/auth/recovery",
				Map.of("email", newUser(), "_csrf", this.browser.csrfFormField()), HTMX);
		assertHxRedirect(answer, "/forgot-password?notice=recovery_sent");
	}

	@Test
	void aRequestWithoutHxRequestIsStillRedirected() throws Exception {
		Answer answer = this.browser.get("/private", Map.of("HX-Request", "false", "Accept", "text/html"));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.header("HX-Redirect")).isNull();
	}

	@Test
	void aMissingCsrfTokenIsRefusedAsForAFormPost() throws Exception {
		Answer answer = this.browser.postForm("/auth/login", Map.of("email", newUser(), "password", PASSWORD), HTMX);
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.header("HX-Redirect")).isNull();
	}

}
