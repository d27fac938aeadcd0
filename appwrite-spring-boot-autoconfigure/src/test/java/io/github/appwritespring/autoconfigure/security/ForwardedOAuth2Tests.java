package io.github.appwritespring.autoconfigure.security;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.AppwriteConnectionDetails;
import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.autoconfigure.security.Browser.SetCookie;
import io.github.appwritespring.emulator.AppwriteEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy ({@code server.forward-headers-strategy=framework}), the OAuth2 callback
 * handed to Appwrite is the public URL; a host Appwrite does not accept as a platform
 * ends at the sign-in page with a clear log line, not a 500. A subclass starts the
 * application with its stack; each subclass's context gets an emulator of its own that
 * accepts only {@code app.example.com}.
 */
@TestPropertySource(properties = { "server.forward-headers-strategy=framework",
		"appwrite.security.oauth2.providers=github,google" })
@Import(ForwardedOAuth2Tests.ControlledAppwrite.class)
public abstract class ForwardedOAuth2Tests {

	private static AppwriteEmulator appwrite;

	@LocalServerPort
	int port;

	private static synchronized AppwriteEmulator running() {
		if (appwrite == null) {
			appwrite = AppwriteEmulator.builder().allowedRedirectHosts("app.example.com").start();
		}
		return appwrite;
	}

	@AfterAll
	static synchronized void stop() {
		if (appwrite != null) {
			appwrite.close();
			appwrite = null;
		}
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
		assertThat(approved.location()).startsWith("https://app.example.com/auth/oauth2/callback?state=");
	}

	@Test
	void theCallbackBehindTheProxySignsIn() throws Exception {
		Browser browser = new Browser(this.port);
		Answer approved = OAuth2Consent.approve(browser, startBehindProxy(browser, "app.example.com").location(),
				"behind-proxy@example.com");
		String callback = approved.location().replace("https://app.example.com", "");
		Answer bounce = browser.get(callback, Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host",
				"app.example.com", "X-Forwarded-For", "203.0.113.7"));
		assertThat(bounce.status()).isEqualTo(200);
		assertThat(bounce.setCookie("a_session_" + running().projectId())).isPresent();
		assertThat(browser.getPage("/me").body()).isEqualTo("behind-proxy@example.com");
	}

	@Test
	void aHostAppwriteRefusesEndsOnTheSignInPage() throws Exception {
		Answer started = startBehindProxy(new Browser(this.port), "not-a-platform.example");
		assertThat(started.status()).isEqualTo(302);
		assertThat(started.location()).isEqualTo("/login?error=oauth2");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ControlledAppwrite {

		@Bean
		AppwriteConnectionDetails controlledAppwrite() {
			return FixedConnection.of(running());
		}

	}

}
