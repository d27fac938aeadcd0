package io.github.appwritespring.autoconfigure.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.emulator.AppwriteEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OAuth2 callback's query string holds a token secret: even with Spring's and Spring
 * Security's debug logging on (and Reactor Netty's), it appears in no log line, nor does
 * the session cookie it is exchanged for. A subclass starts the application with its
 * stack and a {@code GET /me} page.
 */
@TestPropertySource(properties = { "appwrite.security.oauth2.providers=github",
		"appwrite.security.magic-url.enabled=true", "logging.level.org.springframework.security=TRACE",
		"logging.level.org.springframework.web=TRACE", "logging.level.org.springframework.http=TRACE",
		"logging.level.reactor.netty=DEBUG", "logging.level.io.github.appwritespring=DEBUG" })
@ExtendWith(OutputCaptureExtension.class)
public abstract class OAuth2CallbackLoggingTests {

	@LocalServerPort
	int port;

	@Autowired
	AppwriteEmulator emulator;

	@Autowired
	AppwriteClient admin;

	@Test
	void theCallbacksSecretIsNeverLogged(CapturedOutput output) throws Exception {
		Browser browser = new Browser(this.port);
		String callback = OAuth2Consent.callbackUrl(browser, "/auth/oauth2/github", "logged@example.com");
		String secret = UriComponentsBuilder.fromUri(URI.create(callback)).build().getQueryParams().getFirst("secret");
		assertThat(secret).isNotBlank();
		assertThat(browser.getPage(callback).status()).isEqualTo(200);
		String session = browser.cookies().get("a_session_emulator");
		assertThat(browser.getPage("/me").status()).isEqualTo(200);
		assertThat(output.getAll()).contains("/auth/oauth2/callback")
			.doesNotContain(secret)
			.doesNotContain(java.net.URLDecoder.decode(secret, java.nio.charset.StandardCharsets.UTF_8))
			.doesNotContain(session);
	}

	@Test
	void theSecretsOfMagicAndInvitationLinksAreNeverLogged(CapturedOutput output) throws Exception {
		Browser browser = new Browser(this.port);
		String email = "linked" + System.nanoTime() + "@example.com";
		browser.postForm("/auth/magic-url", Map.of("email", email, "_csrf", browser.csrfFormField()));
		String magicLink = this.emulator.mailbox().awaitMessage(email, Duration.ofSeconds(5)).link().orElseThrow();
		assertThat(browser.getPage(magicLink).status()).isEqualTo(200);
		String magicSession = browser.cookies().get("a_session_emulator");
		String owner = "owner" + System.nanoTime() + "@example.com";
		this.admin.users().create(ID.unique(), owner, null, "a-long-password", "Owner");
		AppwriteClient ownerClient = this.admin
			.withSession(this.admin.account().createEmailPasswordSession(owner, "a-long-password").secret());
		String teamId = ID.unique();
		ownerClient.teams().create(teamId, "Loggers", null);
		String invitee = "invited" + System.nanoTime() + "@example.com";
		ownerClient.teams()
			.createMembership(teamId, List.of("member"), invitee, null, null, browser.base() + "/auth/team-invitation",
					null);
		String invitation = this.emulator.mailbox().awaitMessage(invitee, Duration.ofSeconds(5)).link().orElseThrow();
		Browser invited = new Browser(this.port);
		assertThat(invited.getPage(invitation).status()).isEqualTo(200);
		String invitedSession = invited.cookies().get("a_session_emulator");
		String magicSecret = secret(magicLink);
		String invitationSecret = secret(invitation);
		assertThat(output.getAll()).contains("/auth/magic-url/callback")
			.contains("/auth/team-invitation")
			.doesNotContain(magicSecret)
			.doesNotContain(invitationSecret)
			.doesNotContain(magicSession)
			.doesNotContain(invitedSession);
	}

	private static String secret(String link) {
		String secret = UriComponentsBuilder.fromUri(URI.create(link)).build().getQueryParams().getFirst("secret");
		assertThat(secret).isNotBlank();
		return java.net.URLDecoder.decode(secret, java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void theVerificationLinksSecretIsNeverLogged(CapturedOutput output) throws Exception {
		String email = "verify-logged-" + System.nanoTime() + "@example.com";
		String userId = this.admin.users().create(ID.unique(), email, null, "a-long-password", "").id();
		Browser browser = new Browser(this.port);
		browser.postForm("/auth/login",
				Map.of("email", email, "password", "a-long-password", "_csrf", browser.csrfFormField()));
		assertThat(browser.postForm("/auth/verification", Map.of("_csrf", browser.csrfFormField())).status())
			.isEqualTo(303);
		String link = this.emulator.mailbox().awaitMessage(email, Duration.ofSeconds(5)).link().orElseThrow();
		String secret = UriComponentsBuilder.fromUri(URI.create(link)).build().getQueryParams().getFirst("secret");
		assertThat(secret).isNotBlank();
		assertThat(new Browser(this.port).getPage(link).body()).as("the endpoint got the real secret")
			.contains("notice=email_verified");
		assertThat(this.admin.users().get(userId).emailVerification()).isTrue();
		assertThat(output.getAll()).contains("/auth/verification/confirm").doesNotContain(secret);
	}

}
