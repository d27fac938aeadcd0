package io.github.appwritespring.emulator.internal.account;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(AppwriteEmulatorExtension.class)
class AccountSessionsTests {

	static final String LOGIN = "{\"email\":\"ada@example.com\",\"password\":\"password123\"}";

	@Test
	void signUpThenLoginAsGuestSetsCookiesButHidesTheSecret(AppwriteEmulator emulator) {
		TestHttp guest = TestHttp.guest(emulator);
		TestHttp.Result created = guest.post("/account",
				"{\"userId\":\"unique()\",\"email\":\"Ada@Example.com\",\"password\":\"password123\",\"name\":\"Ada\"}");
		assertThat(created.status()).as(created.response().body()).isEqualTo(201);
		assertThat(created.json().path("$id").asString()).matches("[0-9a-f]{20}");
		assertThat(created.json().path("email").asString()).isEqualTo("ada@example.com");
		assertThat(created.json().path("registration").asString())
			.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+00:00");
		assertThat(created.json().has("_password")).isFalse();
		assertThat(created.json().has("password")).isFalse();

		TestHttp.Result session = guest.post("/account/sessions/email", LOGIN);
		assertThat(session.status()).isEqualTo(201);
		assertThat(session.json().path("secret").asString()).isEmpty();
		assertThat(session.json().path("current").asBoolean()).isTrue();
		assertThat(session.json().path("provider").asString()).isEqualTo("email");
		assertThat(session.json().path("providerUid").asString()).isEqualTo("ada@example.com");
		assertThat(session.json().has("_secretHash")).isFalse();
		String cookieName = "a_session_" + emulator.projectId();
		assertThat(session.headers("Set-Cookie"))
			.anySatisfy((c) -> assertThat(c).startsWith(cookieName + "=").contains("httponly").contains("path=/"));
		assertThat(session.headers("Set-Cookie")).anySatisfy((c) -> assertThat(c).startsWith(cookieName + "_legacy="));
		String value = fallbackValue(session, cookieName);
		JsonNode decoded = io.github.appwritespring.emulator.internal.json.Json.MAPPER
			.readTree(Base64.getDecoder().decode(value));
		assertThat(decoded.path("id").asString()).isEqualTo(created.json().path("$id").asString());
		assertThat(decoded.path("secret").asString()).hasSize(256);

		String cookieHeader = session.headers("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith(cookieName + "="))
			.findFirst()
			.orElseThrow();
		String cookieValue = cookieHeader.substring(cookieName.length() + 1, cookieHeader.indexOf(';'));
		assertThat(URLDecoder.decode(cookieValue, StandardCharsets.UTF_8)).isEqualTo(value);

		// The same session value works as cookie, as X-Appwrite-Session and inside
		// X-Fallback-Cookies.
		assertThat(guest.with("Cookie", cookieName + "=" + cookieValue).get("/account").json().path("name").asString())
			.isEqualTo("Ada");
		assertThat(guest.with("Cookie", cookieName + "_legacy=" + cookieValue).get("/account").status()).isEqualTo(200);
		assertThat(guest.with("X-Appwrite-Session", value).get("/account").status()).isEqualTo(200);
		assertThat(guest.with("X-Fallback-Cookies", session.header("X-Fallback-Cookies")).get("/account").status())
			.isEqualTo(200);
	}

	@Test
	void keyLoginReturnsTheSecretAndKeyPlusSessionIs403(AppwriteEmulator emulator) {
		emulator.seedUser("ada@example.com", "password123");
		TestHttp.Result session = TestHttp.key(emulator).post("/account/sessions/email", LOGIN);
		assertThat(session.status()).isEqualTo(201);
		String secret = session.json().path("secret").asString();
		assertThat(secret).isNotEmpty().isEqualTo(fallbackValue(session, "a_session_" + emulator.projectId()));

		assertError(TestHttp.key(emulator).with("X-Appwrite-Session", secret).get("/health"), 403,
				"user_key_and_session_set");
		TestHttp.Result me = TestHttp.guest(emulator).with("X-Appwrite-Session", secret).get("/account");
		assertThat(me.json().path("email").asString()).isEqualTo("ada@example.com");
	}

	@Test
	void scopesAndBadSessionsAreGuests(AppwriteEmulator emulator) {
		TestHttp.Result guest = TestHttp.guest(emulator).get("/account");
		assertError(guest, 401, "general_unauthorized_scope");
		assertThat(guest.json().path("message").asString())
			.isEqualTo("User (role: guests) missing scopes ([\"account\"])");

		assertError(TestHttp.key(emulator).get("/account"), 401, "general_unauthorized_scope");
		assertError(TestHttp.guest(emulator).with("X-Appwrite-Session", "not-base64!").get("/account"), 401,
				"general_unauthorized_scope");
		String forged = Base64.getEncoder()
			.encodeToString("{\"id\":\"x\",\"secret\":\"y\"}".getBytes(StandardCharsets.UTF_8));
		assertError(TestHttp.guest(emulator).with("X-Appwrite-Session", forged).get("/account"), 401,
				"general_unauthorized_scope");
		assertError(TestHttp.guest(emulator).with("X-Fallback-Cookies", "{broken").get("/account"), 401,
				"general_unauthorized_scope");
	}

	@Test
	void wrongPasswordAndUnknownEmailLookTheSame(AppwriteEmulator emulator) {
		emulator.seedUser("ada@example.com", "password123");
		TestHttp.Result wrongPassword = TestHttp.guest(emulator)
			.post("/account/sessions/email", "{\"email\":\"ada@example.com\",\"password\":\"wrong-password\"}");
		TestHttp.Result unknownEmail = TestHttp.guest(emulator)
			.post("/account/sessions/email", "{\"email\":\"bob@example.com\",\"password\":\"password123\"}");
		assertError(wrongPassword, 401, "user_invalid_credentials");
		assertError(unknownEmail, 401, "user_invalid_credentials");
		assertThat(wrongPassword.json().path("message")).isEqualTo(unknownEmail.json().path("message"));
		assertError(
				TestHttp.guest(emulator)
					.post("/account/sessions/email", "{\"email\":\"not-an-email\",\"password\":\"x\"}"),
				400, "general_argument_invalid");
		TestHttp.Result missing = TestHttp.guest(emulator)
			.post("/account/sessions/email", "{\"email\":\"ada@example.com\"}");
		assertError(missing, 400, "general_argument_invalid");
		assertThat(missing.json().path("message").asString()).isEqualTo("Param \"password\" is not optional.");
	}

	@Test
	void sessionWhileSignedInIsRefused(AppwriteEmulator emulator) {
		emulator.seedUser("ada@example.com", "password123");
		String secret = TestHttp.key(emulator).post("/account/sessions/email", LOGIN).json().path("secret").asString();
		assertError(TestHttp.guest(emulator).with("X-Appwrite-Session", secret).post("/account/sessions/email", LOGIN),
				401, "user_session_already_exists");
	}

	@Test
	void listGetAndDeleteCurrentSession(AppwriteEmulator emulator) {
		emulator.seedUser("ada@example.com", "password123");
		String first = TestHttp.key(emulator).post("/account/sessions/email", LOGIN).json().path("secret").asString();
		String second = TestHttp.key(emulator).post("/account/sessions/email", LOGIN).json().path("secret").asString();
		TestHttp me = TestHttp.guest(emulator).with("X-Appwrite-Session", second);

		JsonNode list = me.get("/account/sessions").json();
		assertThat(list.path("total").asInt()).isEqualTo(2);
		assertThat(list.path("sessions").get(0).path("current").asBoolean()).isFalse();
		assertThat(list.path("sessions").get(1).path("current").asBoolean()).isTrue();
		assertThat(list.path("sessions").get(1).path("secret").asString()).isEmpty();

		JsonNode current = me.get("/account/sessions/current").json();
		assertThat(current.path("current").asBoolean()).isTrue();
		assertError(me.get("/account/sessions/doesnotexist"), 404, "user_session_not_found");

		TestHttp.Result deleted = me.delete("/account/sessions/current");
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(deleted.headers("Set-Cookie")).anySatisfy((c) -> assertThat(c).contains("expires=Thu, 1 Jan 1970"));
		assertError(me.get("/account"), 401, "general_unauthorized_scope");
		assertThat(TestHttp.guest(emulator).with("X-Appwrite-Session", first).get("/account").status()).isEqualTo(200);

		assertThat(TestHttp.guest(emulator).with("X-Appwrite-Session", first).delete("/account/sessions").status())
			.isEqualTo(204);
		assertError(TestHttp.guest(emulator).with("X-Appwrite-Session", first).get("/account"), 401,
				"general_unauthorized_scope");
	}

	@Test
	void jwtActsAsTheUserUntilItsSessionIsGone(AppwriteEmulator emulator) {
		emulator.seedUser("ada@example.com", "password123");
		String secret = TestHttp.key(emulator).post("/account/sessions/email", LOGIN).json().path("secret").asString();
		TestHttp.Result jwt = TestHttp.guest(emulator).with("X-Appwrite-Session", secret).post("/account/jwts", "");
		assertThat(jwt.status()).isEqualTo(201);
		String token = jwt.json().path("jwt").asString();

		assertThat(
				TestHttp.guest(emulator).with("X-Appwrite-JWT", token).get("/account").json().path("email").asString())
			.isEqualTo("ada@example.com");
		assertError(TestHttp.key(emulator).with("X-Appwrite-JWT", token).get("/health"), 403,
				"user_key_and_session_set");
		String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
		assertError(TestHttp.guest(emulator).with("X-Appwrite-JWT", tampered).get("/account"), 401, "user_jwt_invalid");
		assertError(TestHttp.guest(emulator).with("X-Appwrite-JWT", "garbage").get("/account"), 401,
				"user_jwt_invalid");

		TestHttp.guest(emulator).with("X-Appwrite-Session", secret).delete("/account/sessions/current");
		assertError(TestHttp.guest(emulator).with("X-Appwrite-JWT", token).get("/account"), 401,
				"general_unauthorized_scope");
	}

	@Test
	void profileUpdatesFollowAppwritesPasswordRules(AppwriteEmulator emulator) {
		emulator.seedUser("ada@example.com", "password123");
		String secret = TestHttp.key(emulator).post("/account/sessions/email", LOGIN).json().path("secret").asString();
		TestHttp me = TestHttp.guest(emulator).with("X-Appwrite-Session", secret);

		assertThat(me.patch("/account/name", "{\"name\":\"Ada L\"}").json().path("name").asString()).isEqualTo("Ada L");
		assertThat(me.patch("/account/prefs", "{\"prefs\":{\"theme\":\"dark\"}}")
			.json()
			.path("prefs")
			.path("theme")
			.asString()).isEqualTo("dark");
		assertThat(me.get("/account/prefs").json().path("theme").asString()).isEqualTo("dark");
		assertError(me.patch("/account/prefs", "{\"prefs\":\"nope\"}"), 400, "general_argument_invalid");

		assertError(me.patch("/account/password", "{\"password\":\"newpassword1\",\"oldPassword\":\"wrong\"}"), 401,
				"user_invalid_credentials");
		assertThat(me.patch("/account/password", "{\"password\":\"newpassword1\",\"oldPassword\":\"password123\"}")
			.status()).isEqualTo(200);
		assertError(me.patch("/account/password", "{\"password\":\"short\",\"oldPassword\":\"newpassword1\"}"), 400,
				"general_argument_invalid");

		emulator.seedUser("bob@example.com", "password123");
		assertError(me.patch("/account/email", "{\"email\":\"bob@example.com\",\"password\":\"newpassword1\"}"), 409,
				"user_email_already_exists");
		assertError(me.patch("/account/email", "{\"email\":\"ada2@example.com\",\"password\":\"password123\"}"), 401,
				"user_invalid_credentials");
		assertThat(me.patch("/account/email", "{\"email\":\"ada2@example.com\",\"password\":\"newpassword1\"}")
			.json()
			.path("email")
			.asString()).isEqualTo("ada2@example.com");
		assertThat(TestHttp.guest(emulator)
			.post("/account/sessions/email", "{\"email\":\"ada2@example.com\",\"password\":\"newpassword1\"}")
			.status()).isEqualTo(201);
	}

	@Test
	void signUpRejectsDuplicatesAndBadIds(AppwriteEmulator emulator) {
		TestHttp guest = TestHttp.guest(emulator);
		assertThat(guest
			.post("/account", "{\"userId\":\"ada\",\"email\":\"ada@example.com\",\"password\":\"password123\"}")
			.status()).isEqualTo(201);
		assertError(
				guest.post("/account",
						"{\"userId\":\"ada\",\"email\":\"other@example.com\",\"password\":\"password123\"}"),
				409, "user_already_exists");
		assertError(
				guest.post("/account",
						"{\"userId\":\"unique()\",\"email\":\"ADA@example.com\",\"password\":\"password123\"}"),
				409, "user_already_exists");
		assertError(
				guest.post("/account",
						"{\"userId\":\"_bad\",\"email\":\"x@example.com\",\"password\":\"password123\"}"),
				400, "general_argument_invalid");
		assertError(
				guest.post("/account",
						"{\"userId\":\"" + "a".repeat(37)
								+ "\",\"email\":\"x@example.com\",\"password\":\"password123\"}"),
				400, "general_argument_invalid");
		assertError(guest.post("/account", "{\"userId\":123,\"email\":\"x@example.com\",\"password\":\"password123\"}"),
				400, "general_argument_invalid");
		assertThat(TestHttp.key(emulator).get("/users").json().path("total").asInt()).isEqualTo(1);
	}

	@Test
	void anonymousSessionsAndBlockingOneself(AppwriteEmulator emulator) {
		TestHttp.Result anonymous = TestHttp.guest(emulator).post("/account/sessions/anonymous", "");
		assertThat(anonymous.status()).isEqualTo(201);
		assertThat(anonymous.json().path("provider").asString()).isEqualTo("anonymous");
		TestHttp me = TestHttp.guest(emulator).with("X-Fallback-Cookies", anonymous.header("X-Fallback-Cookies"));
		assertThat(me.get("/account").json().path("email").asString()).isEmpty();
		assertThat(me.patch("/account/status", "").json().path("status").asBoolean()).isFalse();
		assertError(me.get("/account"), 401, "user_blocked");
	}

	@Test
	void concurrentClientsAreServed(AppwriteEmulator emulator) throws Exception {
		for (int i = 0; i < 16; i++) {
			emulator.seedUser("user" + i + "@example.com", "password123");
		}
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
		try {
			java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 48; i++) {
				String login = "{\"email\":\"user" + (i % 16) + "@example.com\",\"password\":\"password123\"}";
				results.add(pool.submit(() -> {
					String secret = TestHttp.key(emulator)
						.post("/account/sessions/email", login)
						.json()
						.path("secret")
						.asString();
					return TestHttp.guest(emulator).with("X-Appwrite-Session", secret).get("/account").status();
				}));
			}
			for (java.util.concurrent.Future<Integer> result : results) {
				assertThat(result.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void maxSessionsPerUserDropsTheOldest() {
		try (AppwriteEmulator emulator = AppwriteEmulator.builder().maxSessionsPerUser(2).start()) {
			emulator.seedUser("ada@example.com", "password123");
			String first = TestHttp.key(emulator)
				.post("/account/sessions/email", LOGIN)
				.json()
				.path("secret")
				.asString();
			TestHttp.key(emulator).post("/account/sessions/email", LOGIN);
			String third = TestHttp.key(emulator)
				.post("/account/sessions/email", LOGIN)
				.json()
				.path("secret")
				.asString();
			assertError(TestHttp.guest(emulator).with("X-Appwrite-Session", first).get("/account"), 401,
					"general_unauthorized_scope");
			assertThat(TestHttp.guest(emulator)
				.with("X-Appwrite-Session", third)
				.get("/account/sessions")
				.json()
				.path("total")
				.asInt()).isEqualTo(2);
		}
	}

	static String fallbackValue(TestHttp.Result result, String cookieName) {
		return io.github.appwritespring.emulator.internal.json.Json.MAPPER.readTree(result.header("X-Fallback-Cookies"))
			.path(cookieName)
			.asString();
	}

}
