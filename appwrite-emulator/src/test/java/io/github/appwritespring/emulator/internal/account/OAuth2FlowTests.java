package io.github.appwritespring.emulator.internal.account;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(AppwriteEmulatorExtension.class)
class OAuth2FlowTests {

	private static final String SUCCESS = "http://localhost:8080/oauth2/callback?next=%2Fnotes";

	private static final String FAILURE = "http://localhost:8080/login?failed=1";

	@Test
	void approveCreatesTheUserAndASingleUseToken(AppwriteEmulator emulator) {
		String consentUrl = start(emulator, "github");
		assertThat(consentUrl).startsWith(emulator.endpoint() + "/emulator/oauth2/consent?state=");

		TestHttp browser = TestHttp.raw(emulator.endpoint());
		String page = browser.get(consentUrl.substring(emulator.endpoint().length())).response().body();
		assertThat(page).contains("id=\"email\"")
			.contains("id=\"name\"")
			.contains("id=\"approve\"")
			.contains("id=\"deny\"")
			.contains("github");
		String state = stateOf(consentUrl);

		TestHttp.Result approved = submit(emulator,
				"state=" + state + "&email=Grace%40Example.com&name=Grace&decision=approve");
		assertThat(approved.status()).isEqualTo(301);
		String location = approved.header("Location");
		assertThat(location).startsWith("http://localhost:8080/oauth2/callback?next=%2Fnotes&userId=");
		Map<String, String> query = query(URI.create(location).getRawQuery());
		assertThat(query.get("secret")).matches("[0-9a-f]{64}");

		JsonNode user = TestHttp.key(emulator).get("/users/" + query.get("userId")).json();
		assertThat(user.path("email").asString()).isEqualTo("grace@example.com");
		assertThat(user.path("name").asString()).isEqualTo("Grace");

		String body = "{\"userId\":\"" + query.get("userId") + "\",\"secret\":\"" + query.get("secret") + "\"}";
		TestHttp.Result session = TestHttp.key(emulator).post("/account/sessions/token", body);
		assertThat(session.status()).isEqualTo(201);
		assertThat(session.json().path("provider").asString()).isEqualTo("oauth2");
		assertThat(session.json().path("secret").asString()).isNotEmpty();
		assertError(TestHttp.key(emulator).post("/account/sessions/token", body), 401, "user_invalid_token");

		// The state is single use: replaying the consent form fails and creates nothing.
		assertError(submit(emulator, "state=" + state + "&email=grace%40example.com&decision=approve"), 400,
				"general_argument_invalid");

		// A second approval with the same email signs in the same user.
		TestHttp.Result again = submit(emulator,
				"state=" + stateOf(start(emulator, "google")) + "&email=grace%40example.com&decision=approve");
		assertThat(query(URI.create(again.header("Location")).getRawQuery()).get("userId"))
			.isEqualTo(query.get("userId"));
	}

	@Test
	void denyRedirectsToFailureWithAppwritesErrorJson(AppwriteEmulator emulator) {
		TestHttp.Result denied = submit(emulator, "state=" + stateOf(start(emulator, "github")) + "&decision=deny");
		assertThat(denied.status()).isEqualTo(301);
		String location = denied.header("Location");
		assertThat(location).startsWith("http://localhost:8080/login?failed=1&error=");
		JsonNode error = Json.MAPPER.readTree(query(URI.create(location).getRawQuery()).get("error"));
		assertThat(error.path("type").asString()).isEqualTo("user_oauth2_unauthorized");
		assertThat(error.path("code").asInt()).isEqualTo(401);
		assertThat(TestHttp.key(emulator).get("/users").json().path("total").asInt()).isZero();
	}

	@Test
	void badProviderRedirectOrTokenIsRejected(AppwriteEmulator emulator) {
		TestHttp guest = TestHttp.guest(emulator);
		assertError(guest.get("/account/tokens/oauth2/myspace?success=" + enc(SUCCESS)), 400,
				"general_argument_invalid");
		TestHttp.Result evil = guest.get("/account/tokens/oauth2/github?success="
				+ enc("https://evil.example.com/steal") + "&failure=" + enc(FAILURE));
		assertError(evil, 400, "general_argument_invalid");
		assertThat(evil.json().path("message").asString()).startsWith("Invalid `success` param:");
		assertError(guest.get("/account/tokens/oauth2/github?success=" + enc("javascript:alert(1)")), 400,
				"general_argument_invalid");
		assertError(submit(emulator, "state=made-up&decision=approve&email=a%40b.cd"), 400, "general_argument_invalid");
		assertError(guest.post("/account/sessions/token", "{\"userId\":\"nobody\",\"secret\":\"0000\"}"), 401,
				"user_invalid_token");
	}

	@Test
	void configuredRedirectHostsAreAccepted() {
		try (AppwriteEmulator emulator = AppwriteEmulator.builder().allowedRedirectHosts("app.test").start()) {
			TestHttp.Result ok = TestHttp.guest(emulator)
				.get("/account/tokens/oauth2/github?success=" + enc("https://app.test/cb"));
			assertThat(ok.status()).isEqualTo(301);
		}
	}

	@Test
	void usersTokensAreExchangedOnceForASession(AppwriteEmulator emulator) {
		String userId = emulator.seedUser("ada@example.com", "password123");
		TestHttp.Result token = TestHttp.key(emulator)
			.post("/users/" + userId + "/tokens", "{\"length\":8,\"expire\":60}");
		assertThat(token.status()).isEqualTo(201);
		String secret = token.json().path("secret").asString();
		assertThat(secret).hasSize(8);
		String body = "{\"userId\":\"" + userId + "\",\"secret\":\"" + secret + "\"}";
		TestHttp.Result session = TestHttp.guest(emulator).post("/account/sessions/token", body);
		assertThat(session.status()).isEqualTo(201);
		assertThat(session.json().path("secret").asString()).isEmpty();
		assertThat(session.header("X-Fallback-Cookies")).contains("a_session_" + emulator.projectId());
		assertError(TestHttp.guest(emulator).post("/account/sessions/token", body), 401, "user_invalid_token");
		assertError(TestHttp.key(emulator).post("/users/" + userId + "/tokens", "{\"length\":2}"), 400,
				"general_argument_invalid");
	}

	static String start(AppwriteEmulator emulator, String provider) {
		TestHttp.Result redirect = TestHttp.guest(emulator)
			.get("/account/tokens/oauth2/" + provider + "?success=" + enc(SUCCESS) + "&failure=" + enc(FAILURE)
					+ "&scopes[]=user");
		assertThat(redirect.status()).as(redirect.response().body()).isEqualTo(301);
		return redirect.header("Location");
	}

	static TestHttp.Result submit(AppwriteEmulator emulator, String form) {
		return TestHttp.raw(emulator.endpoint())
			.send("POST", "/emulator/oauth2/consent", "application/x-www-form-urlencoded", form);
	}

	static String stateOf(String consentUrl) {
		Matcher matcher = Pattern.compile("state=([0-9a-f]+)").matcher(consentUrl);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	static Map<String, String> query(String raw) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return values;
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
