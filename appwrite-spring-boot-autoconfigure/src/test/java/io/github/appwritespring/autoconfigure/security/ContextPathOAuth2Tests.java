package io.github.appwritespring.autoconfigure.security;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.autoconfigure.security.Browser.SetCookie;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to an application served below a path ({@code /app}: a servlet context path
 * or a WebFlux base path, set by the subclass). The OAuth2 state cookie must be scoped to
 * the callback below that path, or a browser never sends it back and every OAuth2 sign-in
 * fails; a saved request comes back below that path on both stacks, although their
 * request caches keep it differently (with the context path, or within the application).
 */
@TestPropertySource(properties = "appwrite.security.oauth2.providers=github")
public abstract class ContextPathOAuth2Tests {

	@LocalServerPort
	int port;

	@Autowired
	AppwriteClient admin;

	@Test
	void aSavedRequestComesBackBelowTheApplicationsPath() throws Exception {
		String email = "below" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		this.admin.users().create(ID.unique(), email, null, "a-long-password", "Below");
		Browser browser = new Browser(this.port);
		Answer page = browser.getPage("/app/private?tab=4");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/app/login");
		Answer csrf = browser.getJson("/app/auth/csrf");
		String token = csrf.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		Answer signedIn = browser.postForm("/app/auth/login",
				Map.of("email", email, "password", "a-long-password", "_csrf", Browser.mask(token)));
		assertThat(signedIn.location()).isEqualTo("/app/private?tab=4");
	}

	@Test
	void theStateCookieLivesBelowTheApplicationsPathAndTheSignInCompletes() throws Exception {
		Browser browser = new Browser(this.port);
		Answer started = browser.get("/app/auth/oauth2/github");
		assertThat(started.status()).isEqualTo(302);
		SetCookie state = started.setCookie("appwrite_oauth2_state").orElseThrow();
		assertThat(state.get("Path")).isEqualTo("/app/auth/oauth2/callback");
		Answer approved = OAuth2Consent.approve(browser, started.location(), "below-a-path@example.com");
		assertThat(approved.location()).startsWith(browser.base() + "/app/auth/oauth2/callback?state=");
		Answer bounce = browser.get(approved.location());
		assertThat(bounce.status()).isEqualTo(200);
		assertThat(bounce.setCookie("appwrite_oauth2_state").orElseThrow().get("Path"))
			.as("the state cookie is deleted where it was set")
			.isEqualTo("/app/auth/oauth2/callback");
		assertThat(bounce.setCookies()).anyMatch((cookie) -> cookie.name().startsWith("a_session_"));
		assertThat(browser.getPage("/app/me").body()).isEqualTo("below-a-path@example.com");
	}

}
