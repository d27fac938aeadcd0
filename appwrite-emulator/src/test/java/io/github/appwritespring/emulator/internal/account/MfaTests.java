package io.github.appwritespring.emulator.internal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import io.github.appwritespring.emulator.internal.auth.Totp;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

class MfaTests {

	private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-03-01T10:00:05Z"));

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

	private static TestHttp login(String email) {
		TestHttp.Result session = TestHttp.key(emulator)
			.post("/account/sessions/email", "{\"email\":\"" + email + "\",\"password\":\"password123\"}");
		assertThat(session.status()).as(session.response().body()).isEqualTo(201);
		assertThat(session.json().path("factors").toString()).isEqualTo("[\"password\"]");
		return TestHttp.guest(emulator).with("X-Appwrite-Session", session.json().path("secret").asString());
	}

	/** A user with a verified TOTP authenticator and MFA on; answers the TOTP secret. */
	private static String userWithTotp(String email) {
		emulator.seedUser(email, "password123");
		TestHttp me = login(email);
		JsonNode created = me.post("/account/mfa/authenticators/totp", "").json();
		String secret = created.path("secret").asString();
		assertThat(created.path("uri").asString())
			.isEqualTo("otpauth://totp/emulator%3A" + email.replace("@", "%40") + "?issuer=emulator&secret=" + secret);
		assertError(me.put("/account/mfa/authenticators/totp", "{\"otp\":\"000000x\"}"), 401, "user_invalid_token");
		assertError(me.put("/account/mfa/authenticators/totp", "{\"otp\":123456}"), 400, "general_argument_invalid");
		assertError(me.put("/account/mfa/authenticators/totp", "{\"otp\":\"" + "1".repeat(300) + "\"}"), 400,
				"general_argument_invalid");
		TestHttp.Result verified = me.put("/account/mfa/authenticators/totp",
				"{\"otp\":\"" + Totp.code(secret, CLOCK.instant()) + "\"}");
		assertThat(verified.status()).as(verified.response().body()).isEqualTo(200);
		assertThat(verified.json().has("_mfaTotp")).isFalse();
		assertThat(me.patch("/account/mfa", "{\"mfa\":true}").json().path("mfa").asBoolean()).isTrue();
		assertThat(me.get("/account").status()).as("the enrolling session holds password and totp").isEqualTo(200);
		return secret;
	}

	private static String challenge(TestHttp me, String factor) {
		TestHttp.Result challenge = me.post("/account/mfa/challenges", "{\"factor\":\"" + factor + "\"}");
		assertThat(challenge.status()).as(challenge.response().body()).isEqualTo(201);
		return challenge.json().path("$id").asString();
	}

	@Test
	void aPasswordSessionIsLimitedUntilTheCurrentTotpCodeIsGiven() {
		String secret = userWithTotp("ada@example.com");
		TestHttp me = login("ada@example.com");
		assertError(me.get("/account"), 401, "user_more_factors_required");
		assertError(me.post("/account/jwts", ""), 401, "user_more_factors_required");
		JsonNode factors = me.get("/account/mfa/factors").json();
		assertThat(factors.path("totp").asBoolean()).isTrue();
		assertThat(factors.path("recoveryCode").asBoolean()).isFalse();
		String challengeId = challenge(me, "totp");
		String previous = Totp.code(secret, CLOCK.instant().minusSeconds(30));
		assertError(
				me.put("/account/mfa/challenges",
						"{\"challengeId\":\"" + challengeId + "\",\"otp\":\"" + previous + "\"}"),
				401, "user_invalid_token");
		TestHttp.Result done = me.put("/account/mfa/challenges",
				"{\"challengeId\":\"" + challengeId + "\",\"otp\":\"" + Totp.code(secret, CLOCK.instant()) + "\"}");
		assertThat(done.status()).as(done.response().body()).isEqualTo(200);
		assertThat(done.json().path("factors").toString()).isEqualTo("[\"password\",\"totp\"]");
		assertThat(done.json().path("mfaUpdatedAt").asString()).isNotEmpty();
		assertThat(me.get("/account").status()).isEqualTo(200);
		assertThat(me.delete("/account/sessions/current").status()).isEqualTo(204);
	}

	@Test
	void aLimitedSessionMayStillSignOut() {
		userWithTotp("ada@example.com");
		TestHttp me = login("ada@example.com");
		assertThat(me.delete("/account/sessions/current").status()).isEqualTo(204);
	}

	@Test
	void recoveryCodesWorkOnceEvenWhenSentTwiceAtOnce() throws Exception {
		userWithTotp("ada@example.com");
		TestHttp enrolling = login("ada@example.com");
		assertError(enrolling.post("/account/mfa/recovery-codes", ""), 401, "user_more_factors_required");
		String userId = TestHttp.key(emulator).get("/users").json().path("users").get(0).path("$id").asString();
		JsonNode codes = TestHttp.key(emulator).patch("/users/" + userId + "/mfa/recovery-codes", "").json();
		assertThat(codes.path("recoveryCodes")).hasSize(6);
		String code = codes.path("recoveryCodes").get(0).asString();
		assertThat(code).matches("[0-9a-f]{10}");
		List<TestHttp> sessions = List.of(login("ada@example.com"), login("ada@example.com"), login("ada@example.com"));
		List<String> challenges = new ArrayList<>();
		for (TestHttp session : sessions) {
			challenges.add(challenge(session, "recoverycode"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < sessions.size(); i++) {
				TestHttp session = sessions.get(i);
				String body = "{\"challengeId\":\"" + challenges.get(i) + "\",\"otp\":\"" + code + "\"}";
				results.add(pool.submit(() -> {
					go.await();
					return session.put("/account/mfa/challenges", body).status();
				}));
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
		assertThat(TestHttp.key(emulator).get("/users/" + userId + "/mfa/recovery-codes").json().path("recoveryCodes"))
			.hasSize(5);
	}

	@Test
	void readingRecoveryCodesNeedsARecentChallenge() {
		String secret = userWithTotp("ada@example.com");
		TestHttp me = login("ada@example.com");
		String challengeId = challenge(me, "totp");
		me.put("/account/mfa/challenges",
				"{\"challengeId\":\"" + challengeId + "\",\"otp\":\"" + Totp.code(secret, CLOCK.instant()) + "\"}");
		assertThat(me.post("/account/mfa/recovery-codes", "").status()).isEqualTo(201);
		assertError(me.post("/account/mfa/recovery-codes", ""), 409, "user_recovery_codes_already_exists");
		assertThat(me.get("/account/mfa/recovery-codes").status()).isEqualTo(200);
		CLOCK.advance(Duration.ofMinutes(31));
		assertError(me.get("/account/mfa/recovery-codes"), 401, "user_challenge_required");
		assertError(me.delete("/account/mfa/authenticators/totp"), 401, "user_challenge_required");
	}

	@Test
	void emailChallengesMailTheCode() {
		String userId = emulator.seedUser("ada@example.com", "password123");
		TestHttp.key(emulator).patch("/users/" + userId + "/verification", "{\"emailVerification\":true}");
		TestHttp.key(emulator).patch("/users/" + userId + "/mfa", "{\"mfa\":true}");
		TestHttp me = login("ada@example.com");
		assertError(me.get("/account"), 401, "user_more_factors_required");
		assertError(me.post("/account/mfa/challenges", "{\"factor\":\"recoveryCode\"}"), 400,
				"general_argument_invalid");
		assertError(me.post("/account/mfa/challenges", "{\"factor\":\"phone\"}"), 400, "user_phone_not_found");
		String challengeId = challenge(me, "email");
		String code = emulator.mailbox().awaitMessage("ada@example.com", Duration.ofSeconds(2)).code();
		assertThat(code).matches("\\d{6}");
		assertThat(
				me.put("/account/mfa/challenges", "{\"challengeId\":\"" + challengeId + "\",\"otp\":\"" + code + "\"}")
					.status())
			.isEqualTo(200);
		assertThat(me.get("/account").status()).isEqualTo(200);
		assertError(
				me.put("/account/mfa/challenges", "{\"challengeId\":\"" + challengeId + "\",\"otp\":\"" + code + "\"}"),
				401, "user_invalid_token");
	}

	@Test
	void usersApiAdministersMfa() {
		userWithTotp("ada@example.com");
		String userId = TestHttp.key(emulator).get("/users").json().path("users").get(0).path("$id").asString();
		TestHttp key = TestHttp.key(emulator);
		assertThat(key.get("/users/" + userId + "/mfa/factors").json().path("totp").asBoolean()).isTrue();
		assertError(key.get("/users/" + userId + "/mfa/recovery-codes"), 404, "user_recovery_codes_not_found");
		assertError(key.put("/users/" + userId + "/mfa/recovery-codes", ""), 404, "user_recovery_codes_not_found");
		assertThat(key.patch("/users/" + userId + "/mfa/recovery-codes", "").status()).isEqualTo(201);
		assertThat(key.put("/users/" + userId + "/mfa/recovery-codes", "").status()).isEqualTo(200);
		assertThat(key.delete("/users/" + userId + "/mfa/authenticators/totp").status()).isEqualTo(204);
		assertError(key.delete("/users/" + userId + "/mfa/authenticators/totp"), 404, "user_authenticator_not_found");
		assertThat(key.patch("/users/" + userId + "/mfa", "{\"mfa\":false}").json().path("mfa").asBoolean()).isFalse();
		assertThat(login("ada@example.com").get("/account").status()).isEqualTo(200);
	}

}
