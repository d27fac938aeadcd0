package io.github.appwritespring.autoconfigure.security.servlet;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.appwritespring.autoconfigure.security.HttpBrowser;
import io.github.appwritespring.autoconfigure.security.OAuth2Consent;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteException;
import io.github.appwritespring.emulator.AppwriteEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseCookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The servlet stack's sign-in, sign-up, sign-out and OAuth2 over real HTTP on Tomcat, against the embedded emulator.
 */
@SpringBootTest(classes = ServletSecurityTestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "appwrite.security.oauth2.providers=github",
				"appwrite.security.throttle.account-free-failures=2", "appwrite.security.throttle.base-delay=1s",
				"appwrite.security.throttle.ip-free-failures=1000" })
class ServletSecurityEndToEndTests {

	static final String PASSWORD = "a-long-password";

	@LocalServerPort
	int port;

	@Autowired
	AppwriteClient admin;

	@Autowired
	AppwriteEmulator emulator;

	HttpBrowser browser;

	String cookieName;

	@BeforeEach
	void setUp() {
		this.browser = new HttpBrowser("http://localhost:" + this.port);
		this.cookieName = "a_session_" + this.admin.getProjectId();
	}

	private String newUser(String... labels) {
		String email = "u" + System.nanoTime() + "@example.com";
		this.emulator.seedUser("unique()", email, PASSWORD, "User", labels);
		return email;
	}

	private HttpResponse<String> signIn(HttpBrowser browser, String email, String password, String... more)
			throws Exception {
		String token = browser.get("/login").body();
		Map<String, String> fields = new java.util.LinkedHashMap<>(
				Map.of("email", email, "password", password, "_csrf", token));
		for (int i = 0; i + 1 < more.length; i += 2) {
			fields.put(more[i], more[i + 1]);
		}
		return browser.postForm("/auth/login", fields);
	}

	private String csrfToken() throws Exception {
		return this.browser.get("/login").body();
	}

	@Test
	void formSignInSetsAHardenedSessionCookieAndRedirects() throws Exception {
		String email = newUser();
		HttpResponse<String> response = signIn(this.browser, email, PASSWORD);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("/");
		List<ResponseCookie> cookies = HttpBrowser.setCookies(response, this.cookieName);
		assertThat(cookies).hasSize(1);
		ResponseCookie cookie = cookies.get(0);
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.isSecure()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Strict");
		assertThat(cookie.getPath()).isEqualTo("/");
		assertThat(cookie.getDomain()).isNull();
		assertThat(cookie.getMaxAge()).isGreaterThan(Duration.ofDays(300)).isLessThanOrEqualTo(Duration.ofDays(366));
		assertThat(this.browser.get("/me").body()).isEqualTo(email + " []");
		assertThat(this.browser.get("/me/appwrite").body()).isEqualTo(email);
	}

	@Test
	void signedInRequestsCreateNoHttpSession() throws Exception {
		String email = newUser();
		signIn(this.browser, email, PASSWORD);
		String cookie = this.cookieName + "=" + this.browser.cookies().get(this.cookieName);
		for (int i = 0; i < 2; i++) {
			// a client that keeps only the session cookie, as an API client would
			HttpBrowser client = new HttpBrowser("http://localhost:" + this.port);
			HttpResponse<String> response = client.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/me"))
				.header("Cookie", cookie));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo(email + " []");
			assertThat(HttpBrowser.setCookies(response, "JSESSIONID")).isEmpty();
		}
		assertThat(HttpBrowser.setCookies(this.browser.get("/me"), "JSESSIONID")).isEmpty();
		assertThat(this.browser.cookies()).doesNotContainKey("JSESSIONID");
	}

	@Test
	void wrongPasswordAndUnknownEmailGetTheSameAnswer() throws Exception {
		String email = newUser();
		HttpResponse<String> wrongPassword = signIn(this.browser, email, "not-the-password");
		HttpResponse<String> unknownEmail = signIn(new HttpBrowser("http://localhost:" + this.port),
				"nobody" + System.nanoTime() + "@example.com", PASSWORD);
		for (HttpResponse<String> response : List.of(wrongPassword, unknownEmail)) {
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).hasValue("/login?error=credentials");
			assertThat(HttpBrowser.setCookies(response, this.cookieName)).isEmpty();
		}
	}

	@Test
	void jsonSignInAnswersTheUserOrAGeneric401() throws Exception {
		String email = newUser("admin");
		HttpResponse<String> csrf = this.browser.getJson("/auth/csrf");
		assertThat(csrf.statusCode()).isEqualTo(200);
		assertThat(csrf.body()).contains("\"headerName\":\"X-XSRF-TOKEN\"");
		HttpResponse<String> wrong = this.browser.postJson("/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"wrong-password\"}");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).contains("\"error\":\"credentials\"").doesNotContain("wrong-password");
		HttpResponse<String> ok = this.browser.postJson("/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(ok.body()).contains("\"email\":\"" + email + "\"").contains("\"labels\":[\"admin\"]");
		assertThat(this.browser.getJson("/me").body()).isEqualTo(email + " [ROLE_ADMIN]");
	}

	@Test
	void anUnreadableJsonBodyIsA400ThatSaysWhatToSend() throws Exception {
		this.browser.getJson("/auth/csrf");
		for (String body : List.of("[1,2]", "{not json", "{\"email\":\"" + "x".repeat(17000) + "\"}")) {
			HttpResponse<String> response = this.browser.postJson("/auth/login", body);
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("\"error\":\"request\"").contains("JSON object");
		}
		HttpResponse<String> missing = this.browser.postJson("/auth/login", "{\"email\":\"a@example.com\"}");
		assertThat(missing.statusCode()).isEqualTo(401);
	}

	@Test
	void theSavedRequestIsWhereASignInGoes() throws Exception {
		String email = newUser();
		HttpResponse<String> protectedPage = this.browser.get("/me?tab=notes");
		assertThat(protectedPage.statusCode()).isEqualTo(302);
		assertThat(protectedPage.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		HttpResponse<String> response = signIn(this.browser, email, PASSWORD);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/me?tab=notes");
	}

	@Test
	void aJsonClientWithoutASessionGets401() throws Exception {
		HttpResponse<String> response = this.browser.getJson("/me");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("\"error\":\"unauthenticated\"");
	}

	@Test
	void aRelativeRedirectIsFollowed() throws Exception {
		HttpResponse<String> response = signIn(this.browser, newUser(), PASSWORD, "redirect", "/me?x=1");
		assertThat(response.headers().firstValue("Location")).hasValue("/me?x=1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example", "https://evil.example", "/\\evil.example", "javascript:alert(1)",
			"/\t/evil.example", "evil.example" })
	void redirectsOutOfTheApplicationFallBackToTheDefault(String target) throws Exception {
		HttpResponse<String> response = signIn(this.browser, newUser(), PASSWORD, "redirect", target);
		assertThat(response.headers().firstValue("Location")).hasValue("/");
		HttpResponse<String> logout = this.browser.postForm("/auth/logout",
				Map.of("_csrf", csrfToken(), "redirect", target));
		assertThat(logout.headers().firstValue("Location")).hasValue("/login?logout");
	}

	@Test
	void signInAndSignOutNeedTheCsrfToken() throws Exception {
		String email = newUser();
		HttpResponse<String> noToken = this.browser.postForm("/auth/login",
				Map.of("email", email, "password", PASSWORD));
		assertThat(noToken.statusCode()).isEqualTo(403);
		assertThat(HttpBrowser.setCookies(noToken, this.cookieName)).isEmpty();
		HttpResponse<String> badToken = this.browser.postForm("/auth/login",
				Map.of("email", email, "password", PASSWORD, "_csrf", "forged"));
		assertThat(badToken.statusCode()).isEqualTo(403);
		signIn(this.browser, email, PASSWORD);
		HttpResponse<String> logout = this.browser.postForm("/auth/logout", Map.of());
		assertThat(logout.statusCode()).isEqualTo(403);
		assertThat(this.browser.get("/me").statusCode()).as("still signed in").isEqualTo(200);
	}

	@Test
	void signOutDeletesTheAppwriteSessionAndExpiresTheCookieAlike() throws Exception {
		signIn(this.browser, newUser(), PASSWORD);
		String secret = this.browser.cookies().get(this.cookieName);
		HttpResponse<String> response = this.browser.postForm("/auth/logout", Map.of("_csrf", csrfToken()));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("/login?logout");
		ResponseCookie expired = HttpBrowser.setCookies(response, this.cookieName).get(0);
		assertThat(expired.getMaxAge()).isZero();
		assertThat(expired.getPath()).isEqualTo("/");
		assertThat(expired.isHttpOnly()).isTrue();
		assertThat(expired.isSecure()).isTrue();
		assertThat(expired.getSameSite()).isEqualTo("Strict");
		assertThatExceptionOfType(AppwriteException.class)
			.isThrownBy(() -> this.admin.withSession(secret).account().get())
			.satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(401));
	}

	@Test
	void signUpCreatesTheAccountAndSignsItIn() throws Exception {
		String email = "new" + System.nanoTime() + "@example.com";
		String token = csrfToken();
		HttpResponse<String> response = this.browser.postForm("/auth/signup",
				Map.of("name", "New User", "email", email, "password", PASSWORD, "_csrf", token));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(this.browser.get("/me").body()).startsWith(email);
		HttpBrowser other = new HttpBrowser("http://localhost:" + this.port);
		HttpResponse<String> duplicate = other.postForm("/auth/signup",
				Map.of("name", "Again", "email", email, "password", PASSWORD, "_csrf", other.get("/login").body()));
		assertThat(duplicate.headers().firstValue("Location")).hasValue("/signup?error=exists");
		HttpResponse<String> shortPassword = other.postForm("/auth/signup", Map.of("name", "Short", "email",
				"short" + System.nanoTime() + "@example.com", "password", "short", "_csrf", other.get("/login").body()));
		assertThat(shortPassword.headers().firstValue("Location")).hasValue("/signup?error=invalid");
	}

	@Test
	void oauth2SignInThroughTheConsentPage() throws Exception {
		String email = "oauth" + System.nanoTime() + "@example.com";
		HttpResponse<String> bounce = OAuth2Consent.signIn(this.browser, "/auth/oauth2/github", email);
		assertThat(bounce.statusCode()).isEqualTo(200);
		assertThat(bounce.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(bounce.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(bounce.body()).contains("url=/\"");
		assertThat(HttpBrowser.setCookies(bounce, this.cookieName)).singleElement()
			.satisfies((cookie) -> assertThat(cookie.getSameSite()).isEqualTo("Strict"));
		assertThat(this.browser.get("/me").body()).startsWith(email);
	}

	@Test
	void oauth2CallbackWithoutOrWithAnotherOrAReplayedStateIsRefused() throws Exception {
		String email = "oauth" + System.nanoTime() + "@example.com";
		String callback = OAuth2Consent.callbackUrl(this.browser, "/auth/oauth2/github", email);
		HttpBrowser attacker = new HttpBrowser("http://localhost:" + this.port);
		HttpResponse<String> noState = attacker.get(callback);
		assertThat(noState.headers().firstValue("Location")).hasValue("/login?error=oauth2");
		assertThat(HttpBrowser.setCookies(noState, this.cookieName)).isEmpty();
		attacker.cookies().put("appwrite_oauth2_state", "another-state");
		assertThat(attacker.get(callback).headers().firstValue("Location")).hasValue("/login?error=oauth2");
		assertThat(this.browser.get(callback).statusCode()).isEqualTo(200);
		this.browser.cookies().remove(this.cookieName);
		HttpResponse<String> replay = this.browser.get(callback);
		assertThat(replay.headers().firstValue("Location")).hasValue("/login?error=oauth2");
	}

	@Test
	void onlyConfiguredProvidersStartASignIn() throws Exception {
		assertThat(this.browser.get("/auth/oauth2/google").statusCode()).isEqualTo(404);
	}

	@Test
	void failuresPastTheFreeOnesAreThrottledAndThenForgotten() throws Exception {
		String email = newUser();
		for (int i = 0; i < 3; i++) {
			assertThat(signIn(this.browser, email, "wrong-password").headers().firstValue("Location"))
				.hasValue("/login?error=credentials");
		}
		HttpResponse<String> throttled = signIn(this.browser, email, PASSWORD);
		assertThat(throttled.statusCode()).as("even the right password waits").isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After")).hasValue("1");
		Thread.sleep(1100);
		assertThat(signIn(this.browser, email, PASSWORD).headers().firstValue("Location")).hasValue("/");
	}

	@Test
	void aBlockedUsersSessionSignsOutAndClearsTheCookie() throws Exception {
		String email = newUser();
		signIn(this.browser, email, PASSWORD);
		String userId = this.admin.users().list(List.of(io.github.appwritespring.client.Query.equal("email", email)),
				null).users().get(0).id();
		this.admin.users().updateStatus(userId, false);
		HttpResponse<String> response = this.browser.get("/me");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(HttpBrowser.setCookies(response, this.cookieName)).singleElement()
			.satisfies((cookie) -> assertThat(cookie.getMaxAge()).isZero());
		assertThat(signIn(this.browser, email, PASSWORD).headers().firstValue("Location"))
			.hasValue("/login?error=blocked");
	}

	@ParameterizedTest
	@ValueSource(strings = { "not-base64!", "bm90LWpzb24=", "eyJpZCI6IngifQ==" })
	void malformedCookiesAreNoSession(String value) throws Exception {
		this.browser.cookies().put(this.cookieName, value);
		assertThat(this.browser.get("/me").statusCode()).isEqualTo(302);
		HttpBrowser json = new HttpBrowser("http://localhost:" + this.port);
		json.cookies().put(this.cookieName, value);
		assertThat(json.getJson("/me").statusCode()).isEqualTo(401);
	}

	@Test
	void oversizedAndAmbiguousCookiesAreNoSession() throws Exception {
		signIn(this.browser, newUser(), PASSWORD);
		String secret = this.browser.cookies().get(this.cookieName);
		this.browser.cookies().put(this.cookieName, "e" + "A".repeat(5000));
		assertThat(this.browser.getJson("/me").statusCode()).isEqualTo(401);
		this.browser.cookies().remove(this.cookieName);
		HttpResponse<String> twice = this.browser.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/me"))
			.header("Accept", "application/json")
			.header("Cookie", this.cookieName + "=" + secret + "; " + this.cookieName + "=eyJzZWNyZXQiOiJ4In0="));
		assertThat(twice.statusCode()).isEqualTo(401);
	}

}
