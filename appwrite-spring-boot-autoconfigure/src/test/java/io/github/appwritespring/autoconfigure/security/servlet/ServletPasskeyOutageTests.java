package io.github.appwritespring.autoconfigure.security.servlet;

import java.net.ServerSocket;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.appwritespring.autoconfigure.security.Browser;
import io.github.appwritespring.autoconfigure.security.Browser.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A passkey sign-in while Appwrite cannot be reached (nothing listens at its endpoint):
 * 503 with {@code Retry-After}, never a refusal that would count as a failure.
 */
@SpringBootTest(classes = ServletSecurityTestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "appwrite.security.passkeys.enabled=true",
				"appwrite.project-id=outage", "appwrite.api-key=standard_outage_key", "appwrite.connect-timeout=2s",
				"appwrite.response-timeout=5s" })
class ServletPasskeyOutageTests {

	private static final Pattern CHALLENGE = Pattern.compile("\"challenge\"\\s*:\\s*\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void deadAppwrite(DynamicPropertyRegistry registry) throws Exception {
		int dead;
		try (ServerSocket socket = new ServerSocket(0)) {
			dead = socket.getLocalPort();
		}
		int port = dead;
		registry.add("appwrite.endpoint", () -> "http://127.0.0.1:" + port + "/v1");
	}

	@Test
	void aPasskeySignInWhileAppwriteIsDownAnswers503() throws Exception {
		Browser browser = new Browser(this.port);
		Map<String, String> csrf = Map.of("X-XSRF-TOKEN", browser.csrfToken());
		Answer options = browser.postJson("/webauthn/authenticate/options", "", csrf);
		assertThat(options.status()).isEqualTo(200);
		Matcher challenge = CHALLENGE.matcher(options.body());
		assertThat(challenge.find()).isTrue();
		SoftwarePasskey passkey = new SoftwarePasskey("127.0.0.1", "http://127.0.0.1:" + this.port);
		Answer signIn = browser.postJson("/login/webauthn", passkey.assertion(challenge.group(1), "someone"), csrf);
		assertThat(signIn.status()).isEqualTo(503);
		assertThat(signIn.header("Retry-After")).isNotNull();
		assertThat(signIn.body()).contains("appwrite_unavailable");
	}

}
