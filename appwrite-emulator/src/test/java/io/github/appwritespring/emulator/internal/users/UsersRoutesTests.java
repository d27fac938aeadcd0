package io.github.appwritespring.emulator.internal.users;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.AppwriteEmulatorException;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(AppwriteEmulatorExtension.class)
class UsersRoutesTests {

	@Test
	void createGetListUpdateAndDelete(AppwriteEmulator emulator) {
		TestHttp admin = TestHttp.key(emulator);
		TestHttp.Result created = admin.post("/users",
				"{\"userId\":\"ada\",\"email\":\"ada@example.com\",\"phone\":\"+4915112345678\",\"password\":\"password123\",\"name\":\"Ada\"}");
		assertThat(created.status()).as(created.response().body()).isEqualTo(201);
		JsonNode user = created.json();
		assertThat(user.path("$id").asString()).isEqualTo("ada");
		assertThat(user.path("status").asBoolean()).isTrue();
		assertThat(user.path("labels").isArray()).isTrue();
		assertThat(user.path("prefs").isObject()).isTrue();
		assertThat(user.path("targets").get(0).path("identifier").asString()).isEqualTo("ada@example.com");
		assertThat(user.has("password")).isFalse();
		assertThat(user.toString()).doesNotContain("pbkdf2");

		admin.post("/users", "{\"userId\":\"unique()\",\"email\":\"bob@example.com\",\"name\":\"Bob\"}");
		assertThat(admin.get("/users").json().path("total").asInt()).isEqualTo(2);
		JsonNode found = admin.get("/users?search=bob").json();
		assertThat(found.path("total").asInt()).isEqualTo(1);
		assertThat(found.path("users").get(0).path("name").asString()).isEqualTo("Bob");
		assertThat(admin.get("/users?search=ob").json().path("total").asInt()).isZero();
		assertThat(admin.get("/users?search=exam").json().path("total").asInt()).isEqualTo(2);

		assertThat(admin.get("/users/ada").json().path("name").asString()).isEqualTo("Ada");
		assertThat(admin.patch("/users/ada/name", "{\"name\":\"Ada L\"}").json().path("name").asString())
			.isEqualTo("Ada L");
		assertThat(admin.patch("/users/ada/email", "{\"email\":\"ada@lovelace.org\"}").json().path("email").asString())
			.isEqualTo("ada@lovelace.org");
		assertError(admin.patch("/users/ada/email", "{\"email\":\"bob@example.com\"}"), 409,
				"user_target_already_exists");
		assertThat(admin.put("/users/ada/labels", "{\"labels\":[\"admin\",\"beta\"]}").json().path("labels").toString())
			.isEqualTo("[\"admin\",\"beta\"]");
		assertError(admin.put("/users/ada/labels", "{\"labels\":[\"not ok!\"]}"), 400, "general_argument_invalid");
		assertThat(admin.patch("/users/ada/prefs", "{\"prefs\":{\"a\":1}}").json().path("a").asInt()).isEqualTo(1);
		assertThat(admin.get("/users/ada/prefs").json().path("a").asInt()).isEqualTo(1);
		assertThat(admin.patch("/users/ada/password", "{\"password\":\"another-password\"}").status()).isEqualTo(200);
		assertThat(TestHttp.guest(emulator)
			.post("/account/sessions/email", "{\"email\":\"ada@lovelace.org\",\"password\":\"another-password\"}")
			.status()).isEqualTo(201);

		String session = admin.post("/users/ada/sessions", "").json().path("secret").asString();
		assertThat(session).isNotEmpty();
		assertThat(admin.get("/users/ada/sessions").json().path("total").asInt()).isEqualTo(2);

		assertThat(admin.delete("/users/ada").status()).isEqualTo(204);
		assertError(admin.get("/users/ada"), 404, "user_not_found");
		assertError(TestHttp.guest(emulator).with("X-Appwrite-Session", session).get("/account"), 401,
				"general_unauthorized_scope");
		assertError(admin.delete("/users/ada"), 404, "user_not_found");
	}

	@Test
	void verificationPhoneAndTotalFlag(AppwriteEmulator emulator) {
		TestHttp admin = TestHttp.key(emulator);
		String id = emulator.seedUser("ada@example.com", "password123");
		assertThat(admin.patch("/users/" + id + "/verification", "{\"emailVerification\":true}")
			.json()
			.path("emailVerification")
			.asBoolean()).isTrue();
		assertThat(admin.patch("/users/" + id + "/verification/phone", "{\"phoneVerification\":true}")
			.json()
			.path("phoneVerification")
			.asBoolean()).isTrue();
		assertThat(
				admin.patch("/users/" + id + "/phone", "{\"number\":\"+14155550100\"}").json().path("phone").asString())
			.isEqualTo("+14155550100");
		String other = emulator.seedUser("bob@example.com", "password123");
		assertError(admin.patch("/users/" + other + "/phone", "{\"number\":\"+14155550100\"}"), 409,
				"user_phone_already_exists");
		assertError(admin.patch("/users/" + other + "/phone", "{\"number\":\"0800\"}"), 400,
				"general_argument_invalid");
		admin.post("/users/" + id + "/sessions", "");
		assertThat(admin.get("/users/" + id + "/sessions?total=false").json().path("total").asInt()).isZero();
		assertThat(admin.get("/users/" + id + "/sessions?total=false").json().path("sessions").size()).isEqualTo(1);
		assertThat(admin.get("/users?total=false").json().path("total").asInt()).isZero();
	}

	@Test
	void embeddedApiCreatesSessions(AppwriteEmulator emulator) {
		String id = emulator.seedUser("ada", "ada@example.com", "password123", "Ada", "admin");
		String session = emulator.createSession(id);
		TestHttp.Result me = TestHttp.guest(emulator)
			.with("Cookie", "a_session_" + emulator.projectId() + "=" + session)
			.get("/account");
		assertThat(me.json().path("labels").toString()).isEqualTo("[\"admin\"]");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> emulator.createSession("nobody"))
			.isInstanceOfSatisfying(AppwriteEmulatorException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(404);
				assertThat(ex.type()).isEqualTo("user_not_found");
			});
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> emulator.seedUser("ada@example.com", "short"))
			.hasMessageContaining("Password must be between 8 and 256");
	}

	@Test
	void usersNeedTheKey(AppwriteEmulator emulator) {
		emulator.seedUser("ada@example.com", "password123");
		String secret = TestHttp.key(emulator)
			.post("/account/sessions/email", "{\"email\":\"ada@example.com\",\"password\":\"password123\"}")
			.json()
			.path("secret")
			.asString();
		TestHttp.Result asUser = TestHttp.guest(emulator).with("X-Appwrite-Session", secret).get("/users");
		assertError(asUser, 401, "general_unauthorized_scope");
		assertThat(asUser.json().path("message").asString())
			.isEqualTo("ada@example.com (role: users) missing scopes ([\"users.read\"])");
		assertError(TestHttp.guest(emulator).get("/users"), 401, "general_unauthorized_scope");
	}

	@Test
	void blockedUsersCannotSignInAndTheirSessionsStopWorking(AppwriteEmulator emulator) {
		String id = emulator.seedUser("ada@example.com", "password123");
		String login = "{\"email\":\"ada@example.com\",\"password\":\"password123\"}";
		String secret = TestHttp.key(emulator).post("/account/sessions/email", login).json().path("secret").asString();
		assertThat(TestHttp.key(emulator)
			.patch("/users/" + id + "/status", "{\"status\":false}")
			.json()
			.path("status")
			.asBoolean()).isFalse();

		assertError(TestHttp.guest(emulator).post("/account/sessions/email", login), 401, "user_blocked");
		assertError(TestHttp.guest(emulator).with("X-Appwrite-Session", secret).get("/account"), 401, "user_blocked");

		TestHttp.key(emulator).patch("/users/" + id + "/status", "{\"status\":true}");
		assertThat(TestHttp.guest(emulator).with("X-Appwrite-Session", secret).get("/account").status()).isEqualTo(200);
	}

	@Test
	void jwtsForUsers(AppwriteEmulator emulator) {
		String id = emulator.seedUser("ada@example.com", "password123");
		TestHttp.key(emulator).post("/users/" + id + "/sessions", "");
		String jwt = TestHttp.key(emulator)
			.post("/users/" + id + "/jwts", "{\"sessionId\":\"recent\",\"duration\":60}")
			.json()
			.path("jwt")
			.asString();
		assertThat(TestHttp.guest(emulator).with("X-Appwrite-JWT", jwt).get("/account").json().path("$id").asString())
			.isEqualTo(id);
		assertError(TestHttp.key(emulator).post("/users/" + id + "/jwts", "{\"sessionId\":\"nope\"}"), 404,
				"user_session_not_found");
		assertError(TestHttp.key(emulator).post("/users/" + id + "/jwts", "{\"duration\":7200}"), 400,
				"general_argument_invalid");
	}

	@Test
	void badInputLeavesTheStoreUnchanged(AppwriteEmulator emulator) {
		TestHttp admin = TestHttp.key(emulator);
		emulator.seedUser("ada", "ada@example.com", "password123", "Ada");
		assertError(admin.send("POST", "/users", "application/json", "{\"userId\":\"x\",\"email\":"), 400,
				"general_bad_request");
		assertError(admin.post("/users", "{\"userId\":\"x\",\"email\":\"nope\"}"), 400, "general_argument_invalid");
		assertError(admin.post("/users", "{\"userId\":\"x\",\"email\":\"x@example.com\",\"password\":\"short\"}"), 400,
				"general_argument_invalid");
		assertError(admin.post("/users", "{\"userId\":\"x\",\"name\":\"" + "n".repeat(129) + "\"}"), 400,
				"general_argument_invalid");
		assertError(admin.post("/users", "{\"userId\":\"x\",\"phone\":\"12345\"}"), 400, "general_argument_invalid");
		assertError(admin.patch("/users/ada/status", "{\"status\":\"maybe\"}"), 400, "general_argument_invalid");
		assertError(admin.get("/users/..%2F..%2Fetc"), 400, "general_argument_invalid");
		assertError(admin.get("/users/%2E%2E"), 400, "general_argument_invalid");
		assertThat(admin.get("/users").json().path("total").asInt()).isEqualTo(1);
		assertThat(admin.get("/users/ada").json().path("status").asBoolean()).isTrue();
		assertThat(admin.get("/health").status()).isEqualTo(200);
	}

	@Test
	void queryArraysAreReadInBothStyles(AppwriteEmulator emulator) {
		// scopes[] (OkHttp style) and scopes[0] (Node style) both reach the same
		// validation.
		TestHttp guest = TestHttp.guest(emulator);
		String success = "&success="
				+ java.net.URLEncoder.encode("http://localhost/cb", java.nio.charset.StandardCharsets.UTF_8);
		assertThat(guest.get("/account/tokens/oauth2/github?scopes[]=a&scopes[]=b" + success).status()).isEqualTo(301);
		assertThat(guest.get("/account/tokens/oauth2/github?scopes%5B0%5D=a&scopes%5B1%5D=b" + success).status())
			.isEqualTo(301);
		StringBuilder tooMany = new StringBuilder();
		for (int i = 0; i < 101; i++) {
			tooMany.append("&scopes[]=s").append(i);
		}
		assertError(guest.get("/account/tokens/oauth2/github?x=1" + tooMany + success), 400,
				"general_argument_invalid");
	}

	@Test
	void listUsersWithQueriesInBothEncodingsAndCursorPaging(AppwriteEmulator emulator) {
		for (int i = 0; i < 5; i++) {
			emulator.seedUser("user" + i, "user" + i + "@example.com", "password-" + i, "User " + i,
					(i % 2 == 0) ? "admin" : "member");
		}
		TestHttp key = TestHttp.key(emulator);
		String admins = encode("{\"method\":\"equal\",\"attribute\":\"labels\",\"values\":[\"admin\"]}");
		String limit2 = encode("{\"method\":\"limit\",\"values\":[2]}");
		JsonNode page1 = key.get("/users?queries[]=" + admins + "&queries[]=" + limit2).json();
		assertThat(page1.path("total").asInt()).isEqualTo(3);
		assertThat(page1.path("users")).extracting((user) -> user.path("$id").asString())
			.containsExactly("user0", "user2");
		String after = encode("{\"method\":\"cursorAfter\",\"values\":[\"user2\"]}");
		JsonNode page2 = key
			.get("/users?queries%5B0%5D=" + admins + "&queries%5B1%5D=" + limit2 + "&queries%5B2%5D=" + after)
			.json();
		assertThat(page2.path("users")).extracting((user) -> user.path("$id").asString()).containsExactly("user4");
		String desc = encode("{\"method\":\"orderDesc\",\"attribute\":\"name\"}");
		assertThat(key.get("/users?queries[]=" + desc).json().path("users").get(0).path("$id").asString())
			.isEqualTo("user4");
		String select = encode("{\"method\":\"select\",\"values\":[\"email\"]}");
		JsonNode selected = key.get("/users?queries[]=" + select).json().path("users").get(0);
		assertThat(selected.has("email")).isTrue();
		assertThat(selected.has("name")).isFalse();
		assertThat(selected.toString()).doesNotContain("password-0");
		assertError(
				key.get("/users?queries[]="
						+ encode("{\"method\":\"equal\",\"attribute\":\"password\",\"values\":[\"x\"]}")),
				400, "general_query_invalid");
		assertError(key.get("/users?queries[]=" + encode("{\"method\":\"cursorAfter\",\"values\":[\"ghost\"]}")), 400,
				"general_cursor_not_found");
	}

	@Test
	void targetsFollowTheEmailAndPhone(AppwriteEmulator emulator) {
		TestHttp admin = TestHttp.key(emulator);
		JsonNode user = admin
			.post("/users", "{\"userId\":\"cy\",\"email\":\"cy@example.com\",\"phone\":\"+15550001111\"}")
			.json();
		assertThat(user.path("targets"))
			.extracting((target) -> target.path("providerType").asString() + ":" + target.path("identifier").asString())
			.containsExactly("email:cy@example.com", "sms:+15550001111");
		JsonNode cleared = admin.patch("/users/cy/email", "{\"email\":\"\"}").json();
		assertThat(cleared.path("email").asString()).isEmpty();
		assertThat(cleared.path("targets")).extracting((target) -> target.path("providerType").asString())
			.containsExactly("sms");
		JsonNode again = admin.patch("/users/cy/email", "{\"email\":\"cy@example.org\"}").json();
		assertThat(again.path("targets")).extracting((target) -> target.path("identifier").asString())
			.containsExactly("+15550001111", "cy@example.org");
		assertError(admin.patch("/users/cy/email", "{\"email\":\"cy@example.org\"}"), 409,
				"user_target_already_exists");
	}

	private static String encode(String query) {
		return java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
	}

}
