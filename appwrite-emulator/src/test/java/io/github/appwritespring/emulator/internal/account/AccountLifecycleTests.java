package io.github.appwritespring.emulator.internal.account;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.MovableClock;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.mail.Message;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

class AccountLifecycleTests {

	private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));

	private static AppwriteEmulator emulator;

	@BeforeAll
	static void start() {
		emulator = AppwriteEmulator.builder().clock(CLOCK).rateLimits(false).start();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void reset() {
		emulator.reset();
	}

	static Map<String, String> query(String link) {
		Map<String, String> params = new LinkedHashMap<>();
		for (String pair : URI.create(link).getRawQuery().split("&")) {
			String[] kv = pair.split("=", 2);
			params.put(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
		}
		return params;
	}

	private static Map<String, String> recoveryLink(String email) {
		TestHttp.Result created = TestHttp.guest(emulator)
			.post("/account/recovery", "{\"email\":\"" + email + "\",\"url\":\"http://localhost:3000/reset?x=1\"}");
		assertThat(created.status()).as(created.response().body()).isEqualTo(201);
		assertThat(created.json().path("secret").asString()).isEmpty();
		Message mail = emulator.mailbox().awaitMessage(email, Duration.ofSeconds(2));
		assertThat(mail.subject()).isEqualTo("Password Reset for emulator");
		assertThat(mail.template()).isEqualTo("recovery");
		assertThat(mail.link().orElseThrow()).startsWith("http://localhost:3000/reset?x=1&userId=");
		return query(mail.link().orElseThrow());
	}

	private static String reset(Map<String, String> link, String password) {
		return "{\"userId\":\"" + link.get("userId") + "\",\"secret\":\"" + link.get("secret") + "\",\"password\":\""
				+ password + "\"}";
	}

	@Test
	void recoveryResetsThePasswordOnce() {
		emulator.seedUser("ada@example.com", "old-password");
		Instant now = CLOCK.instant();
		Map<String, String> link = recoveryLink("ada@example.com");
		assertThat(link.get("secret")).hasSize(256);
		assertThat(Instant.parse(link.get("expire"))).isEqualTo(now.plus(Duration.ofHours(1)));
		assertThat(link.get("expire")).endsWith(".000+00:00");
		TestHttp guest = TestHttp.guest(emulator);
		assertThat(guest.put("/account/recovery", reset(link, "new-password")).status()).isEqualTo(200);
		assertError(guest.put("/account/recovery", reset(link, "newer-password")), 401, "user_invalid_token");
		assertThat(
				guest.post("/account/sessions/email", "{\"email\":\"ada@example.com\",\"password\":\"new-password\"}")
					.status())
			.isEqualTo(201);
	}

	@Test
	void anExpiredRecoverySecretIsRefusedAndABadPasswordBurnsNothing() {
		emulator.seedUser("ada@example.com", "old-password");
		Map<String, String> link = recoveryLink("ada@example.com");
		TestHttp guest = TestHttp.guest(emulator);
		assertError(guest.put("/account/recovery", reset(link, "short")), 400, "general_argument_invalid");
		assertError(guest.put("/account/recovery", "{\"userId\":[1],\"secret\":\"x\",\"password\":\"long-enough\"}"),
				400, "general_argument_invalid");
		CLOCK.advance(Duration.ofMinutes(61));
		assertError(guest.put("/account/recovery", reset(link, "new-password")), 401, "user_invalid_token");
	}

	@Test
	void recoveryAnswersLikeAppwriteForUnknownEmailsAndForeignUrls() {
		TestHttp guest = TestHttp.guest(emulator);
		assertError(
				guest.post("/account/recovery", "{\"email\":\"nobody@example.com\",\"url\":\"http://localhost/r\"}"),
				404, "user_not_found");
		emulator.seedUser("ada@example.com", "old-password");
		assertError(
				guest.post("/account/recovery", "{\"email\":\"ada@example.com\",\"url\":\"https://evil.example/r\"}"),
				400, "general_argument_invalid");
		assertThat(emulator.mailbox().messages()).isEmpty();
	}

	@Test
	void aSecretSentTwiceAtOnceWorksOnce() throws Exception {
		emulator.seedUser("ada@example.com", "old-password");
		Map<String, String> link = recoveryLink("ada@example.com");
		int attempts = 8;
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				Callable<Integer> put = () -> {
					go.await();
					return TestHttp.guest(emulator).put("/account/recovery", reset(link, "new-password")).status();
				};
				results.add(pool.submit(put));
			}
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsOnly(200, 401);
			assertThat(statuses.stream().filter((s) -> s == 200).count()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void emailVerificationNeedsASessionAndRefusesTheKey() {
		String userId = emulator.seedUser("ada@example.com", "password123");
		TestHttp me = TestHttp.guest(emulator).with("X-Appwrite-Session", emulator.createSession(userId));
		assertThat(me.post("/account/verifications/email", "{\"url\":\"http://localhost/verify\"}").status())
			.isEqualTo(201);
		Map<String, String> link = query(
				emulator.mailbox().awaitMessage("ada@example.com", Duration.ofSeconds(2)).link().orElseThrow());
		String body = "{\"userId\":\"" + userId + "\",\"secret\":\"" + link.get("secret") + "\"}";
		assertError(TestHttp.key(emulator).put("/account/verifications/email", body), 401,
				"general_unauthorized_scope");
		assertThat(TestHttp.guest(emulator).put("/account/verification", body).status()).isEqualTo(200);
		assertError(TestHttp.guest(emulator).put("/account/verifications/email", body), 401, "user_invalid_token");
		assertThat(me.get("/account").json().path("emailVerification").asBoolean()).isTrue();
		assertError(me.post("/account/verifications/email", "{\"url\":\"http://localhost/verify\"}"), 409,
				"user_email_already_verified");
	}

	@Test
	void magicUrlEmailOtpAndPhoneTokensBecomeSessionsWithTheirFactors() {
		TestHttp guest = TestHttp.guest(emulator);
		JsonNode token = guest.post("/account/tokens/magic-url",
				"{\"userId\":\"unique()\",\"email\":\"new@example.com\",\"url\":\"http://localhost/m\",\"phrase\":true}")
			.json();
		assertThat(token.path("phrase").asString()).contains(" ");
		Message magic = emulator.mailbox().awaitMessage("new@example.com", Duration.ofSeconds(2));
		Map<String, String> link = query(magic.link().orElseThrow());
		assertThat(link).containsKeys("userId", "secret", "expire", "project");
		assertThat(link.get("userId")).isEqualTo(token.path("userId").asString());
		JsonNode session = guest
			.post("/account/sessions/token",
					"{\"userId\":\"" + link.get("userId") + "\",\"secret\":\"" + link.get("secret") + "\"}")
			.json();
		assertThat(session.path("provider").asString()).isEqualTo("magic-url");
		assertThat(session.path("factors").toString()).isEqualTo("[\"email\"]");

		JsonNode otp = guest.post("/account/tokens/email", "{\"userId\":\"unique()\",\"email\":\"new@example.com\"}")
			.json();
		assertThat(otp.path("userId").asString()).isEqualTo(link.get("userId"));
		String code = emulator.mailbox().awaitMessage("new@example.com", Duration.ofSeconds(2)).code();
		assertThat(code).matches("\\d{6}");
		CLOCK.advance(Duration.ofMinutes(16));
		assertError(
				guest.post("/account/sessions/token",
						"{\"userId\":\"" + link.get("userId") + "\",\"secret\":\"" + code + "\"}"),
				401, "user_invalid_token");

		JsonNode phone = guest.post("/account/tokens/phone", "{\"userId\":\"unique()\",\"phone\":\"+14155550100\"}")
			.json();
		Message sms = emulator.mailbox().awaitMessage("+14155550100", Duration.ofSeconds(2));
		assertThat(sms.channel()).isEqualTo(Message.Channel.SMS);
		JsonNode phoneSession = guest
			.post("/account/sessions/token",
					"{\"userId\":\"" + phone.path("userId").asString() + "\",\"secret\":\"" + sms.code() + "\"}")
			.json();
		assertThat(phoneSession.path("provider").asString()).isEqualTo("phone");
		assertThat(phoneSession.path("factors").toString()).isEqualTo("[\"phone\"]");
	}

}
