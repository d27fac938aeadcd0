package io.github.appwritespring.autoconfigure.security.servlet;

import java.util.Map;

import io.github.appwritespring.autoconfigure.AppwriteConnectionDetails;
import io.github.appwritespring.autoconfigure.security.Browser;
import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.autoconfigure.security.Browser.SetCookie;
import io.github.appwritespring.autoconfigure.security.FixedConnection;
import io.github.appwritespring.autoconfigure.security.OAuth2Consent;
import io.github.appwritespring.emulator.AppwriteEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy ({@code server.forward-headers-strategy=framework}), the OAuth2 callback handed to Appwrite is the
 * public URL; a host Appwrite does not accept as a platform ends at the sign-in page with a clear log line, not a
 * 500.
 */
@SpringBootTest(classes = ServletSecurityTestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "server.forward-headers-strategy=framework",
				"appwrite.security.oauth2.providers=github,google" })
@Import(ServletForwardedOAuth2Tests.ControlledAppwrite.class)
class ServletForwardedOAuth2Tests {

	static final AppwriteEmulator appwrite = AppwriteEmulator.builder().allowedRedirectHosts("app.example.com").start();

	@LocalServerPort
	int port;

	@AfterAll
	static void stop() {
		appwrite.close();
	}

	private Answer startBehindProxy(Browser browser, String host) throws Exception {
		return browser.get("/auth/oauth2/github", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", host));
	}

	@Test
	void theCallbackIsThePublicUrlAndTheStateCookieIsLaxAndShortLived() throws Exception {
		Browser browser = new Browser(this.port);
		Answer started = startBehindProxy(browser, "app.example.com");
		assertThat(started.status()).isEqualTo(302);
		SetCookie state = started.setCookie("appwrite_oauth2_state").orElseThrow();
		assertThat(state.has("HttpOnly")).isTrue();
		assertThat(state.get("SameSite")).isEqualTo("Lax");
		assertThat(state.get("Path")).isEqualTo("/auth/oauth2/callback");
		assertThat(state.maxAge().orElseThrow() / 60).isEqualTo(10);
		Answer approved = OAuth2Consent.approve(browser, started.location(), "proxy@example.com");
		assertThat(approved.location())
			.startsWith("https://app.example.com/auth/oauth2/callback?state=");
	}

	@Test
	void aHostAppwriteRefusesEndsOnTheSignInPage() throws Exception {
		Answer started = startBehindProxy(new Browser(this.port),
				"not-a-platform.example");
		assertThat(started.status()).isEqualTo(302);
		assertThat(started.location()).isEqualTo("/login?error=oauth2");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ControlledAppwrite {

		@Bean
		AppwriteConnectionDetails controlledAppwrite() {
			return FixedConnection.of(appwrite);
		}

	}

}
