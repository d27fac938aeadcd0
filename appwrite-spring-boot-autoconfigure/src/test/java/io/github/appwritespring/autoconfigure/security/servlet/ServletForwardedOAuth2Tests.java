package io.github.appwritespring.autoconfigure.security.servlet;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.appwritespring.autoconfigure.AppwriteConnectionDetails;
import io.github.appwritespring.autoconfigure.security.HttpBrowser;
import io.github.appwritespring.autoconfigure.security.FixedConnection;
import io.github.appwritespring.emulator.AppwriteEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseCookie;

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

	private static final Pattern STATE = Pattern.compile("name=\"state\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@AfterAll
	static void stop() {
		appwrite.close();
	}

	private HttpResponse<String> startBehindProxy(HttpBrowser browser, String host) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/auth/oauth2/github"))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", host)
			.GET());
	}

	@Test
	void theCallbackIsThePublicUrlAndTheStateCookieIsLaxAndShortLived() throws Exception {
		HttpBrowser browser = new HttpBrowser("http://localhost:" + this.port);
		HttpResponse<String> started = startBehindProxy(browser, "app.example.com");
		assertThat(started.statusCode()).isEqualTo(302);
		ResponseCookie state = HttpBrowser.setCookies(started, "appwrite_oauth2_state").get(0);
		assertThat(state.isHttpOnly()).isTrue();
		assertThat(state.getSameSite()).isEqualTo("Lax");
		assertThat(state.getPath()).isEqualTo("/auth/oauth2/callback");
		assertThat(state.getMaxAge().toMinutes()).isEqualTo(10);
		String consentUrl = started.headers().firstValue("Location").orElseThrow();
		Matcher form = STATE.matcher(browser.get(consentUrl).body());
		assertThat(form.find()).isTrue();
		HttpResponse<String> approved = browser.postForm(consentUrl.substring(0, consentUrl.indexOf('?')),
				Map.of("state", form.group(1), "email", "proxy@example.com", "decision", "approve"));
		assertThat(approved.headers().firstValue("Location").orElseThrow())
			.startsWith("https://app.example.com/auth/oauth2/callback?state=");
	}

	@Test
	void aHostAppwriteRefusesEndsOnTheSignInPage() throws Exception {
		HttpResponse<String> started = startBehindProxy(new HttpBrowser("http://localhost:" + this.port),
				"not-a-platform.example");
		assertThat(started.statusCode()).isEqualTo(302);
		assertThat(started.headers().firstValue("Location")).hasValue("/login?error=oauth2");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ControlledAppwrite {

		@Bean
		AppwriteConnectionDetails controlledAppwrite() {
			return FixedConnection.of(appwrite);
		}

	}

}
