package io.github.appwritespring.autoconfigure.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.AppwriteConnectionDetails;
import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.emulator.AppwriteEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appwrite going away under a signed-in user, and sessions that expire: an outage answers
 * 503 and keeps the cookie, and the same cookie works again once Appwrite is back; an
 * expired session signs out. A subclass starts the application with its stack and a
 * {@code GET /me} page answering the principal's email; the application talks to an
 * emulator of this class's own, with a data directory, so that it can be stopped and
 * started again with the same sessions, and with a {@link MovableClock}, so that a
 * session expires when the test moves it. Each subclass's context gets the emulator
 * afresh.
 * <p>
 * The emulator's first start binds a port the system chooses (nothing can take it between
 * choosing and binding); a restart binds the same port again, as a restarted Appwrite
 * would. Should another process take that port while the emulator is down, the restart
 * fails with "address already in use": the test fails, it cannot pass falsely.
 */
@TestPropertySource(properties = { "appwrite.connect-timeout=2s", "appwrite.response-timeout=5s",
		"appwrite.security.magic-url.enabled=true", "appwrite.security.email-otp.enabled=true" })
@Import(AppwriteOutageTests.ControlledAppwrite.class)
public abstract class AppwriteOutageTests {

	private static final Path DATA = data();

	private static final Duration SESSION_LENGTH = Duration.ofHours(1);

	/**
	 * The same key after a restart (the emulator would draw a new one), so the
	 * application's admin client keeps working.
	 */
	private static final String API_KEY = "standard_outage_" + UUID.randomUUID();

	/** The emulator's time, which dates sessions and decides when they expire. */
	private static final MovableClock APPWRITE_CLOCK = new MovableClock();

	private static AppwriteEmulator appwrite;

	/** The port of the current emulator, for its restart; 0 (any) before it starts. */
	private static int appwritePort;

	@LocalServerPort
	int port;

	Browser browser;

	@Autowired
	AppwriteClient admin;

	@BeforeEach
	void setUp() {
		this.browser = new Browser(this.port);
	}

	@AfterAll
	static synchronized void stop() {
		if (appwrite != null) {
			appwrite.close();
			appwrite = null;
		}
		appwritePort = 0;
	}

	private static synchronized AppwriteEmulator running() {
		if (appwrite == null) {
			appwrite = start();
		}
		return appwrite;
	}

	@Test
	void aSecondFactorWhileAppwriteIsDownAnswers503AndKeepsTheLimitedSession() throws Exception {
		String email = "outage-mfa" + System.nanoTime() + "@example.com";
		String userId = running().seedUser(email, "a-long-password");
		this.admin.users().updateEmailVerification(userId, true);
		this.admin.users().updateMFA(userId, true);
		Answer signIn = this.browser.postForm("/auth/login",
				Map.of("email", email, "password", "a-long-password", "_csrf", this.browser.csrfFormField()));
		assertThat(signIn.location()).isEqualTo("/login/mfa");
		String cookie = "a_session_" + appwrite.projectId();
		String limited = this.browser.cookies().get(cookie);
		appwrite.close();
		try {
			Answer challenge = this.browser.postForm("/auth/mfa/challenge",
					Map.of("factor", "email", "_csrf", this.browser.csrfFormField()));
			assertThat(challenge.status()).isEqualTo(503);
			assertThat(challenge.setCookie(cookie)).as("the limited session is kept").isEmpty();
			this.browser.setCookie("appwrite_mfa_challenge", "challenge1");
			Answer verify = this.browser.postForm("/auth/mfa/verify",
					Map.of("code", "123456", "_csrf", this.browser.csrfFormField()));
			assertThat(verify.status()).isEqualTo(503);
			assertThat(verify.body()).doesNotContain(limited).doesNotContain("123456");
			assertThat(this.browser.getJson("/me").status()).isEqualTo(503);
		}
		finally {
			appwrite = start();
		}
		this.browser.dropCookie("appwrite_mfa_challenge");
		assertThat(this.browser
			.postForm("/auth/mfa/challenge", Map.of("factor", "email", "_csrf", this.browser.csrfFormField()))
			.status()).isEqualTo(303);
		String code = appwrite.mailbox().awaitMessage(email, Duration.ofSeconds(5)).optionalCode().orElseThrow();
		Answer verified = this.browser.postForm("/auth/mfa/verify",
				Map.of("code", code, "_csrf", this.browser.csrfFormField()));
		assertThat(verified.location()).as("the outage counted no failure").isEqualTo("/");
		assertThat(this.browser.getPage("/me").body()).startsWith(email);
	}

	@Test
	void appwriteDownAnswers503KeepsTheCookieAndRecovers() throws Exception {
		String email = "outage" + System.nanoTime() + "@example.com";
		running().seedUser(email, "a-long-password");
		this.browser.postForm("/auth/login",
				Map.of("email", email, "password", "a-long-password", "_csrf", this.browser.csrfFormField()));
		String cookie = "a_session_" + appwrite.projectId();
		assertThat(this.browser.getPage("/me").status()).isEqualTo(200);
		appwrite.close();
		try {
			Answer page = this.browser.getPage("/me");
			assertThat(page.status()).isEqualTo(503);
			assertThat(page.header("Retry-After")).isNotNull();
			assertThat(page.setCookie(cookie)).as("the cookie is kept").isEmpty();
			assertThat(page.body()).doesNotContain(this.browser.cookies().get(cookie)).doesNotContain("Exception");
			assertThat(this.browser.getPage("/login").status())
				.as("a public page does not resolve the session, so it needs no Appwrite")
				.isEqualTo(200);
			Browser sessionCookieOnly = new Browser(this.port);
			sessionCookieOnly.setCookie(cookie, this.browser.cookies().get(cookie));
			assertThat(sessionCookieOnly.getPage("/login").status())
				.as("nor for a client that sends the session cookie alone (no HTTP session to find a context in)")
				.isEqualTo(200);
			Answer json = this.browser.getJson("/me");
			assertThat(json.status()).isEqualTo(503);
			assertThat(json.body()).contains("\"error\":\"appwrite_unavailable\"");
			Browser other = new Browser(this.port);
			Answer login = other.postForm("/auth/login",
					Map.of("email", email, "password", "a-long-password", "_csrf", other.csrfFormField()));
			assertThat(login.status()).as("a sign-in while Appwrite is down").isEqualTo(503);
			Answer signOut = this.browser.postForm("/auth/logout", Map.of("_csrf", this.browser.csrfFormField()));
			assertThat(signOut.status()).as("the user learns that the sign-out did not happen").isEqualTo(503);
			assertThat(signOut.setCookie(cookie)).as("and keeps the cookie of the session that still works").isEmpty();
		}
		finally {
			appwrite = start();
		}
		assertThat(this.browser.cookies()).containsKey(cookie);
		Answer back = this.browser.getPage("/me");
		assertThat(back.status()).isEqualTo(200);
		assertThat(back.body()).startsWith(email);
		String secret = this.browser.cookies().get(cookie);
		assertThat(this.browser.postForm("/auth/logout", Map.of("_csrf", this.browser.csrfFormField())).status())
			.as("signing out once Appwrite is back")
			.isEqualTo(302);
		Browser stale = new Browser(this.port);
		stale.setCookie(cookie, secret);
		assertThat(stale.getPage("/me").status()).as("the session is gone in Appwrite").isEqualTo(302);
	}

	@Test
	void passwordlessSignInAndInvitationsAnswer503WhileAppwriteIsDown() throws Exception {
		running();
		appwrite.close();
		try {
			String csrf = this.browser.csrfFormField();
			Map<String, String> email = Map.of("email", "down@example.com", "_csrf", csrf);
			assertThat(this.browser.postForm("/auth/magic-url", email).status()).isEqualTo(503);
			assertThat(this.browser.postForm("/auth/email-otp", email).status()).isEqualTo(503);
			this.browser.setCookie("appwrite_email_otp", "dXNlcg." + (System.currentTimeMillis() / 1000 + 600));
			Answer verify = this.browser.postForm("/auth/email-otp/verify", Map.of("code", "123456", "_csrf", csrf));
			assertThat(verify.status()).isEqualTo(503);
			assertThat(verify.body()).doesNotContain("123456");
			assertThat(this.browser.getPage("/auth/magic-url/callback?userId=user&secret=" + "a".repeat(64)).status())
				.isEqualTo(503);
			assertThat(this.browser
				.getPage("/auth/team-invitation?teamId=t&membershipId=m&userId=user&secret=" + "b".repeat(64))
				.status()).isEqualTo(503);
		}
		finally {
			appwrite = start();
		}
	}

	@Test
	void accountEndpointsAnswer503WhileAppwriteIsDownAndChangeNothing() throws Exception {
		String email = "account-outage" + System.nanoTime() + "@example.com";
		running().seedUser(email, "a-long-password");
		this.browser.postForm("/auth/login",
				Map.of("email", email, "password", "a-long-password", "_csrf", this.browser.csrfFormField()));
		String cookie = "a_session_" + appwrite.projectId();
		assertThat(this.browser.getPage("/me").status()).isEqualTo(200);
		String csrf = this.browser.csrfFormField();
		appwrite.close();
		try {
			Map<String, Map<String, String>> posts = Map.of("/auth/verification", Map.of("_csrf", csrf),
					"/auth/password",
					Map.of("currentPassword", "a-long-password", "password", "another-long-password", "_csrf", csrf),
					"/auth/email", Map.of("email", "moved-" + email, "password", "a-long-password", "_csrf", csrf));
			for (Map.Entry<String, Map<String, String>> post : posts.entrySet()) {
				Answer answer = this.browser.postForm(post.getKey(), post.getValue());
				assertThat(answer.status()).as(post.getKey()).isEqualTo(503);
				assertThat(answer.setCookie(cookie)).as(post.getKey()).isEmpty();
			}
			for (String scope : new String[] { "others", "all" }) {
				Answer signOut = this.browser.postForm("/auth/logout", Map.of("scope", scope, "_csrf", csrf));
				assertThat(signOut.status()).as(scope).isEqualTo(503);
				assertThat(signOut.setCookie(cookie)).as(scope).isEmpty();
			}
			Answer json = this.browser.postJson("/auth/password",
					"{\"currentPassword\":\"a-long-password\",\"password\":\"another-long-password\"}",
					Map.of("X-XSRF-TOKEN", this.browser.cookies().get("XSRF-TOKEN")));
			assertThat(json.status()).isEqualTo(503);
			assertThat(json.body()).contains("\"error\":\"appwrite_unavailable\"");
			Answer link = new Browser(this.port).getPage("/auth/verification/confirm?userId=someone&secret=abc123");
			assertThat(link.status()).as("a verification link, which needs no session").isEqualTo(503);
			assertThat(link.body()).doesNotContain("abc123");
		}
		finally {
			appwrite = start();
		}
		assertThat(this.browser.getPage("/me").body()).as("nothing changed").startsWith(email);
		Browser again = new Browser(this.port);
		assertThat(again
			.postForm("/auth/login",
					Map.of("email", email, "password", "a-long-password", "_csrf", again.csrfFormField()))
			.status()).as("the password is the old one").isEqualTo(302);
	}

	@Test
	void anExpiredSessionSignsOut() throws Exception {
		String email = "expiry" + System.nanoTime() + "@example.com";
		running().seedUser(email, "a-long-password");
		Answer login = this.browser.postForm("/auth/login",
				Map.of("email", email, "password", "a-long-password", "_csrf", this.browser.csrfFormField()));
		String cookie = "a_session_" + appwrite.projectId();
		assertThat(login.setCookie(cookie)).as("signed in").isPresent();
		APPWRITE_CLOCK.advance(SESSION_LENGTH.minusMillis(1));
		assertThat(this.browser.getPage("/me").status()).as("signed in up to the session's expiry").isEqualTo(200);
		APPWRITE_CLOCK.advance(Duration.ofMillis(1));
		Answer expired = this.browser.getPage("/me");
		assertThat(expired.status()).as("Appwrite answers 401 for the expired session: signed out").isEqualTo(302);
		assertThat(expired.location()).endsWith("/login");
		assertThat(expired.setCookie(cookie).orElseThrow().maxAge()).as("the cookie is cleared").contains(0L);
		assertThat(this.browser.cookies()).doesNotContainKey(cookie);
	}

	private static AppwriteEmulator start() {
		AppwriteEmulator started = AppwriteEmulator.builder()
			.port(appwritePort)
			.apiKey(API_KEY)
			.dataDir(DATA)
			.sessionLength(SESSION_LENGTH)
			.clock(APPWRITE_CLOCK)
			.start();
		appwritePort = started.port();
		return started;
	}

	private static Path data() {
		try {
			return Files.createTempDirectory("appwrite-outage-");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ControlledAppwrite {

		@Bean
		AppwriteConnectionDetails controlledAppwrite() {
			return FixedConnection.of(running());
		}

	}

}
