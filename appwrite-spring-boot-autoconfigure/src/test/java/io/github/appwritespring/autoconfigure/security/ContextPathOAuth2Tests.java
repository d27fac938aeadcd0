package io.github.appwritespring.autoconfigure.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.autoconfigure.security.Browser.SetCookie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OAuth2 sign-in for an application served below a path ({@code /app}: a servlet context
 * path or a WebFlux base path, set by the subclass). The state cookie must be scoped to
 * the callback below that path, or a browser never sends it back and every OAuth2 sign-in
 * fails.
 */
@TestPropertySource(properties = "appwrite.security.oauth2.providers=github")
public abstract class ContextPathOAuth2Tests {

	@LocalServerPort
	int port;

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
