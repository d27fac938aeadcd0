package io.github.appwritespring.autoconfigure.security;

import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.autoconfigure.security.Browser.SetCookie;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What both stacks must show over real HTTP against the emulator: sign-in, sign-up,
 * sign-out, OAuth2, the cookie as sent on the wire, CSRF, redirects, refused and
 * malformed sessions. A subclass starts the application with its stack and these
 * endpoints: {@code GET /me} (the principal's email, as text),
 * {@code GET /me/authorities} (the authentication's authorities, as {@code toString()}),
 * {@code GET /me/appwrite} (the email as the request's {@code AppwriteSessionClient}
 * reads it from Appwrite), {@code GET /login}, {@code GET /} and {@code GET /private}
 * (plain text pages; only {@code /login} is public). Throttling is tuned in
 * {@code security-e2e.properties}: two free failures per account, then a wait of
 * {@link #THROTTLE_DELAY}, measured on a {@link MovableClock} that the tests move instead
 * of sleeping; every test uses emails of its own.
 */
@TestPropertySource(locations = "classpath:security-e2e.properties")
@Import(MovableClock.AsBean.class)
public abstract class SecurityEndToEndTests {

	protected static final String PASSWORD = "a-long-password";

	/**
	 * {@code appwrite.security.throttle.base-delay}. The throttle's clock stands still
	 * unless a test moves it, so no slow request on a loaded machine uses the wait up.
	 */
	protected static final Duration THROTTLE_DELAY = Duration.ofSeconds(3);

	@LocalServerPort
	protected int port;

	@Autowired
	protected AppwriteClient admin;

	/** The application's clock, which the login throttle measures its waits on. */
	@Autowired
	protected MovableClock clock;

	protected Browser browser;

	protected String sessionCookie;

	@BeforeEach
	void newBrowser() {
		this.browser = new Browser(this.port);
		this.sessionCookie = "a_session_" + this.admin.getProjectId();
	}

	/**
	 * @param labels the user's labels
	 * @return a new user's email, with {@link #PASSWORD}
	 */
	protected String newUser(String... labels) {
		String email = "u" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String id = this.admin.users().create(ID.unique(), email, null, PASSWORD, "New User").id();
		if (labels.length > 0) {
			this.admin.users().updateLabels(id, List.of(labels));
		}
		return email;
	}

	protected Answer formLogin(String email, String password, String... redirect) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("email", email);
		fields.put("password", password);
		if (redirect.length > 0) {
			fields.put("redirect", redirect[0]);
		}
		fields.put("_csrf", this.browser.csrfFormField());
		return this.browser.postForm("/auth/login", fields);
	}

	protected Answer jsonLogin(String email, String password) throws Exception {
		return this.browser.postJson("/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
				Map.of("X-XSRF-TOKEN", this.browser.csrfToken()));
	}

	protected Answer me() throws Exception {
		return this.browser.get("/me", Map.of("Accept", "application/json"));
	}

	protected static void assertHardened(SetCookie cookie) {
		assertThat(cookie.has("HttpOnly")).as("HttpOnly: %s", cookie.raw()).isTrue();
		assertThat(cookie.has("Secure")).as("Secure: %s", cookie.raw()).isTrue();
		assertThat(cookie.get("SameSite")).as("SameSite: %s", cookie.raw()).isEqualTo("Strict");
		assertThat(cookie.get("Path")).as("Path: %s", cookie.raw()).isEqualTo("/");
		assertThat(cookie.has("Domain")).as("no Domain: %s", cookie.raw()).isFalse();
	}

	@Test
	void formSignInSetsTheHardenedCookieExpiringWithTheSessionAndRedirects() throws Exception {
		String email = newUser();
		String csrfBefore = this.browser.csrfToken();
		Answer answer = formLogin(email, PASSWORD);
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).isEqualTo("/");
		SetCookie cookie = answer.setCookie(this.sessionCookie).orElseThrow();
		assertHardened(cookie);
		assertThat(cookie.maxAge().orElseThrow()).as("expires with the emulator's 365-day session")
			.isBetween(Duration.ofDays(365).toSeconds() - 120, Duration.ofDays(365).toSeconds());
		assertThat(this.admin.withSession(cookie.value()).account().get().email()).isEqualTo(email);
		assertThat(answer.setCookie("XSRF-TOKEN").orElseThrow().value())
			.as("the CSRF token known before sign-in is replaced (WebFlux) or cleared for a new one (servlet)")
			.isNotEqualTo(csrfBefore);
		assertThat(me().body()).isEqualTo(email);
		assertThat(this.browser.get("/me/appwrite").body()).as("the session client is the signed-in user's")
			.isEqualTo(email);
	}

	@Test
	void theSessionRecordsTheBrowsersUserAgentNotTheServers() throws Exception {
		String email = newUser();
		this.browser.userAgent("Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0");
		assertThat(formLogin(email, PASSWORD).status()).isEqualTo(302);
		String userId = this.admin.users()
			.list(List.of(io.github.appwritespring.client.Query.equal("email", email)), null)
			.users()
			.get(0)
			.id();
		assertThat(this.admin.users().listSessions(userId).sessions()).singleElement()
			.satisfies((session) -> assertThat(session.clientName()).isEqualTo("Firefox"));
	}

	@Test
	void wrongPasswordAndUnknownEmailGetTheSameAnswer() throws Exception {
		String email = newUser();
		Answer wrongPassword = formLogin(email, "not-the-password");
		Answer unknownEmail = formLogin("nobody-" + UUID.randomUUID() + "@example.com", PASSWORD);
		for (Answer answer : List.of(wrongPassword, unknownEmail)) {
			assertThat(answer.status()).isEqualTo(302);
			assertThat(answer.location()).isEqualTo("/login?error=credentials");
			assertThat(answer.setCookie(this.sessionCookie)).isEmpty();
		}
		Answer jsonWrong = jsonLogin(email, "not-the-password");
		Answer jsonUnknown = jsonLogin("nobody-" + UUID.randomUUID() + "@example.com", PASSWORD);
		assertThat(jsonWrong.status()).isEqualTo(401);
		assertThat(jsonUnknown.status()).isEqualTo(401);
		assertThat(jsonWrong.body()).isEqualTo(jsonUnknown.body())
			.contains("\"error\":\"credentials\"")
			.doesNotContain("not-the-password");
	}

	@Test
	void jsonSignInAnswersTheUserAndSetsTheCookie() throws Exception {
		String email = newUser("admin");
		Answer csrf = this.browser.getJson("/auth/csrf");
		assertThat(csrf.status()).isEqualTo(200);
		assertThat(csrf.body()).contains("\"headerName\":\"X-XSRF-TOKEN\"").contains("\"parameterName\":\"_csrf\"");
		Answer answer = jsonLogin(email, PASSWORD);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("Content-Type")).startsWith("application/json");
		assertThat(answer.body()).contains("\"user\"")
			.contains("\"email\":\"" + email + "\"")
			.contains("\"labels\":[\"admin\"]");
		assertHardened(answer.setCookie(this.sessionCookie).orElseThrow());
		assertThat(me().body()).isEqualTo(email);
		assertThat(this.browser.get("/me/authorities").body())
			.as("labels map to roles, the session's factors to factors")
			.startsWith("[ROLE_ADMIN, FactorGrantedAuthority [authority=FACTOR_PASSWORD, issuedAt=")
			.doesNotContain("FACTOR_TOTP");
	}

	@Test
	void anUnreadableJsonBodyIsA400ThatSaysWhatToSend() throws Exception {
		String token = this.browser.csrfToken();
		for (String body : List.of("[1,2]", "{not json", "{\"email\":\"" + "x".repeat(17000) + "\"}")) {
			for (String endpoint : List.of("/auth/login", "/auth/signup")) {
				Answer answer = this.browser.postJson(endpoint, body, Map.of("X-XSRF-TOKEN", token));
				assertThat(answer.status()).as("%s %s", endpoint, body.substring(0, Math.min(12, body.length())))
					.isEqualTo(400);
				assertThat(answer.body()).contains("\"error\":\"request\"").contains("JSON object");
			}
		}
		Answer missing = this.browser.postJson("/auth/login", "{\"email\":\"a@example.com\"}",
				Map.of("X-XSRF-TOKEN", token));
		assertThat(missing.status()).as("a readable body without a password is a failed sign-in").isEqualTo(401);
	}

	@Test
	void failuresPastTheFreeOnesAreThrottledEvenForTheRightPasswordAndThenForgotten() throws Exception {
		String email = newUser();
		for (int i = 0; i < 3; i++) {
			assertThat(formLogin(email, "wrong-password").location()).isEqualTo("/login?error=credentials");
		}
		Answer throttled = formLogin(email, PASSWORD);
		assertThat(throttled.status()).as("even the right password waits").isEqualTo(429);
		long retryAfter = Long.parseLong(throttled.header("Retry-After"));
		assertThat(retryAfter).isBetween(1L, THROTTLE_DELAY.toSeconds());
		assertThat(throttled.setCookie(this.sessionCookie)).isEmpty();
		assertThat(throttled.body()).doesNotContain("Exception");
		Answer json = jsonLogin(email, PASSWORD);
		assertThat(json.status()).isEqualTo(429);
		assertThat(json.header("Retry-After")).isNotNull();
		assertThat(json.body()).contains("\"error\":\"throttled\"");
		assertThat(jsonLogin(email, "wrong-password").status()).as("a wrong password is told nothing more")
			.isEqualTo(429);
		assertThat(formLogin(newUser(), PASSWORD).location()).as("other accounts from the same client are not held up")
			.isEqualTo("/");

		this.clock.advance(Duration.ofSeconds(Long.parseLong(json.header("Retry-After"))));
		Answer later = formLogin(email, PASSWORD);
		assertThat(later.location()).as("never a permanent lock-out").isEqualTo("/");
		assertHardened(later.setCookie(this.sessionCookie).orElseThrow());
		this.browser = new Browser(this.port);
		assertThat(formLogin(email, "wrong-password").location()).as("a sign-in forgets the failures")
			.isEqualTo("/login?error=credentials");
	}

	@Test
	void aUserWithMfaKeepsAHardenedLimitedSessionAndGoesOnToTheMfaPage() throws Exception {
		String email = newUser();
		String userId = this.admin.users()
			.list(List.of(io.github.appwritespring.client.Query.equal("email", email)), null)
			.users()
			.get(0)
			.id();
		this.admin.users().updateEmailVerification(userId, true);
		this.admin.users().updateMFA(userId, true);
		Answer form = formLogin(email, PASSWORD);
		assertThat(form.location()).isEqualTo("/login/mfa");
		assertHardened(form.setCookie(this.sessionCookie).orElseThrow());
		assertThat(me().status()).as("a limited session is not signed in").isEqualTo(401);
		Answer json = jsonLogin(email, PASSWORD);
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.body()).isEqualTo("{\"mfaRequired\":true,\"factors\":[\"email\"]}");
		assertThat(this.admin.users().listSessions(userId).sessions())
			.as("the limited session the browser held before is ended")
			.hasSize(1);
		assertThat(formLogin(email, "wrong-password").location()).as("a wrong password is still just wrong")
			.isEqualTo("/login?error=credentials");
	}

	@Test
	void signUpCreatesTheAccountAndSignsItIn() throws Exception {
		String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		Answer answer = this.browser.postForm("/auth/signup", Map.of("name", "Newcomer", "email", email, "password",
				PASSWORD, "_csrf", this.browser.csrfFormField()));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).isEqualTo("/");
		assertHardened(answer.setCookie(this.sessionCookie).orElseThrow());
		assertThat(me().body()).isEqualTo(email);

		Browser other = new Browser(this.port);
		this.browser = other;
		Answer duplicate = other.postForm("/auth/signup",
				Map.of("name", "Again", "email", email, "password", PASSWORD, "_csrf", other.csrfFormField()));
		assertThat(duplicate.location()).isEqualTo("/signup?error=exists");
		assertThat(duplicate.setCookie(this.sessionCookie)).isEmpty();
		Answer duplicateJson = other.postJson("/auth/signup",
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
				Map.of("X-XSRF-TOKEN", other.csrfToken()));
		assertThat(duplicateJson.status()).isEqualTo(409);
		assertThat(duplicateJson.body()).contains("\"error\":\"exists\"");

		Answer shortPassword = other.postForm("/auth/signup",
				Map.of("email", "short-" + email, "password", "short", "_csrf", other.csrfFormField()));
		assertThat(shortPassword.location()).isEqualTo("/signup?error=invalid");
		Answer noEmail = other.postForm("/auth/signup", Map.of("password", PASSWORD, "_csrf", other.csrfFormField()));
		assertThat(noEmail.location()).isEqualTo("/signup?error=invalid");
		Answer notJson = other.postJson("/auth/signup", "[1, 2]", Map.of("X-XSRF-TOKEN", other.csrfToken()));
		assertThat(notJson.status()).isEqualTo(400);
	}

	@Test
	void signOutDeletesTheAppwriteSessionAndExpiresTheCookieWithItsAttributes() throws Exception {
		formLogin(newUser(), PASSWORD);
		String secret = this.browser.cookies().get(this.sessionCookie);
		this.admin.withSession(secret).account().get();
		Answer answer = this.browser.postForm("/auth/logout", Map.of("_csrf", this.browser.csrfFormField()));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).isEqualTo("/login?logout");
		SetCookie expired = answer.setCookie(this.sessionCookie).orElseThrow();
		assertHardened(expired);
		assertThat(expired.maxAge()).contains(0L);
		assertThatExceptionOfType(AppwriteErrorResponseException.class)
			.isThrownBy(() -> this.admin.withSession(secret).account().get())
			.satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(401));
		assertThat(me().status()).isEqualTo(401);

		this.browser.setCookie(this.sessionCookie, secret);
		Answer stale = me();
		assertThat(stale.status()).as("a deleted session is anonymous").isEqualTo(401);
		assertThat(stale.setCookie(this.sessionCookie).orElseThrow().maxAge()).as("and its cookie is cleared")
			.contains(0L);
	}

	@Test
	void jsonSignOutAnswers204() throws Exception {
		jsonLogin(newUser(), PASSWORD);
		String secret = this.browser.cookies().get(this.sessionCookie);
		Answer answer = this.browser.postJson("/auth/logout", "{}", Map.of("X-XSRF-TOKEN", this.browser.csrfToken()));
		assertThat(answer.status()).isEqualTo(204);
		assertThat(answer.setCookie(this.sessionCookie).orElseThrow().maxAge()).contains(0L);
		assertThatExceptionOfType(AppwriteErrorResponseException.class)
			.isThrownBy(() -> this.admin.withSession(secret).account().get());
	}

	@Test
	void signInAndSignOutWithoutACsrfTokenAreRefused() throws Exception {
		String email = newUser();
		Answer login = this.browser.postForm("/auth/login", Map.of("email", email, "password", PASSWORD));
		assertThat(login.status()).isEqualTo(403);
		assertThat(login.setCookie(this.sessionCookie)).isEmpty();
		this.browser.csrfToken();
		Answer forged = this.browser.postForm("/auth/login",
				Map.of("email", email, "password", PASSWORD, "_csrf", Browser.mask(UUID.randomUUID().toString())));
		assertThat(forged.status()).isEqualTo(403);
		Answer rawInField = this.browser.postForm("/auth/login",
				Map.of("email", email, "password", PASSWORD, "_csrf", this.browser.cookies().get("XSRF-TOKEN")));
		assertThat(rawInField.status()).as("the form field takes the masked token only").isEqualTo(403);

		formLogin(email, PASSWORD);
		String secret = this.browser.cookies().get(this.sessionCookie);
		Answer logout = this.browser.postForm("/auth/logout", Map.of());
		assertThat(logout.status()).isEqualTo(403);
		assertThat(logout.setCookie(this.sessionCookie)).isEmpty();
		assertThat(this.admin.withSession(secret).account().get().email()).isEqualTo(email);
		Answer jsonLogout = this.browser.postJson("/auth/logout", "{}", Map.of());
		assertThat(jsonLogout.status()).isEqualTo(403);
	}

	@Test
	void signingInAgainEndsTheSessionTheBrowserHeld() throws Exception {
		String first = newUser();
		String second = newUser();
		formLogin(first, PASSWORD);
		assertThat(me().body()).isEqualTo(first);
		String firstId = this.admin.users()
			.listAll(List.of(Query.equal("email", first)))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(this.admin.users().listSessions(firstId).total()).isEqualTo(1);
		Answer again = formLogin(second, PASSWORD);
		assertThat(again.status()).isEqualTo(302);
		assertThat(me().body()).isEqualTo(second);
		assertThat(this.admin.users().listSessions(firstId).total())
			.as("the session the browser held before is deleted in Appwrite")
			.isZero();
	}

	@Test
	void redirectTargetsAreRelativePathsOnly() throws Exception {
		String email = newUser();
		for (String evil : List.of("//evil.example", "https://evil.example", "/\\evil.example", "javascript:alert(1)",
				"/\t/evil.example", "evil.example", "/a b", "/..//evil.example", "/%2e%2e//evil.example")) {
			this.browser = new Browser(this.port);
			Answer answer = formLogin(email, PASSWORD, evil);
			assertThat(answer.status()).isEqualTo(302);
			assertThat(answer.location()).as("redirect=%s", evil).isEqualTo("/");
			Answer logout = this.browser.postForm("/auth/logout",
					Map.of("redirect", evil, "_csrf", this.browser.csrfFormField()));
			assertThat(logout.location()).as("logout redirect=%s", evil).isEqualTo("/login?logout");
		}
		this.browser = new Browser(this.port);
		assertThat(formLogin(email, PASSWORD, "/private?tab=2").location()).isEqualTo("/private?tab=2");
	}

	@Test
	void aPageNeedingSignInIsSavedAndComeBackToAfterSigningIn() throws Exception {
		Answer page = this.browser.get("/private?tab=1", Map.of("Accept", "text/html"));
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
		Answer login = formLogin(newUser(), PASSWORD);
		assertThat(login.location()).isEqualTo("/private?tab=1");
		assertThat(this.browser.get("/private").body()).isEqualTo("private");
		Answer json = new Browser(this.port).get("/private", Map.of("Accept", "application/json"));
		assertThat(json.status()).isEqualTo(401);
		assertThat(json.body()).contains("\"error\":\"unauthenticated\"");
	}

	@Test
	void oauth2SignInThroughTheEmulatorsConsentPage() throws Exception {
		String email = "oauth-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		Answer callback = oauth2UpToTheCallback(email, "/private");
		Answer bounce = this.browser.get(callback.location());
		assertThat(bounce.status()).isEqualTo(200);
		assertThat(bounce.header("Cache-Control")).isEqualTo("no-store");
		assertThat(bounce.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(bounce.header("Content-Security-Policy")).contains("default-src 'none'");
		assertThat(bounce.body()).contains("url=/private");
		assertHardened(bounce.setCookie(this.sessionCookie).orElseThrow());
		assertThat(bounce.setCookie("appwrite_oauth2_state").orElseThrow().maxAge()).as("state used up").contains(0L);
		assertThat(me().body()).isEqualTo(email);

		this.browser.dropCookie(this.sessionCookie);
		Answer replay = this.browser.get(callback.location());
		assertThat(replay.status()).isEqualTo(302);
		assertThat(replay.location()).isEqualTo("/login?error=oauth2");
		assertThat(replay.setCookie(this.sessionCookie)).isEmpty();
	}

	@Test
	void oauth2CallbackWithAMissingOrMismatchedStateIsRefused() throws Exception {
		Answer callback = oauth2UpToTheCallback(
				"victim-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com", null);
		String stateCookie = this.browser.cookies().get("appwrite_oauth2_state");

		this.browser.dropCookie("appwrite_oauth2_state");
		Answer missing = this.browser.get(callback.location());
		assertThat(missing.location()).isEqualTo("/login?error=oauth2");
		assertThat(missing.setCookie(this.sessionCookie)).isEmpty();

		this.browser.setCookie("appwrite_oauth2_state", "another-browsers-state");
		Answer mismatched = this.browser.get(callback.location());
		assertThat(mismatched.location()).isEqualTo("/login?error=oauth2");
		assertThat(mismatched.setCookie(this.sessionCookie)).isEmpty();

		this.browser.setCookie("appwrite_oauth2_state", stateCookie);
		String noState = callback.location().replaceAll("state=[^&]*&?", "");
		assertThat(this.browser.get(noState).location()).isEqualTo("/login?error=oauth2");

		assertThat(this.browser.get("/auth/oauth2/gitlab").status()).as("only configured providers").isEqualTo(404);
	}

	/**
	 * Follows the flow by hand up to Appwrite's redirect back to the application's
	 * callback.
	 */
	private Answer oauth2UpToTheCallback(String email, String redirect) throws Exception {
		Answer start = this.browser.get("/auth/oauth2/github" + ((redirect != null) ? "?redirect=" + redirect : ""));
		assertThat(start.status()).isEqualTo(302);
		SetCookie state = start.setCookie("appwrite_oauth2_state").orElseThrow();
		assertThat(state.has("HttpOnly")).isTrue();
		assertThat(state.get("SameSite")).isEqualTo("Lax");
		assertThat(start.location()).startsWith(this.admin.getEndpoint());
		Answer approved = OAuth2Consent.approve(this.browser, start.location(), email);
		assertThat(approved.location()).startsWith(this.browser.base() + "/auth/oauth2/callback?state=")
			.contains("userId=")
			.contains("secret=");
		return approved;
	}

	@Test
	void aBlockedUserIsSignedOut() throws Exception {
		String email = newUser();
		formLogin(email, PASSWORD);
		assertThat(me().body()).isEqualTo(email);
		// by the exact email: a search matches words, so other users of the domain match
		// too
		String id = this.admin.users().listAll(List.of(Query.equal("email", email))).findFirst().orElseThrow().id();
		this.admin.users().updateStatus(id, false);
		Answer answer = this.browser.get("/private", Map.of("Accept", "text/html"));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).endsWith("/login");
		SetCookie cleared = answer.setCookie(this.sessionCookie).orElseThrow();
		assertThat(cleared.maxAge()).contains(0L);
		assertHardened(cleared);
		assertThat(me().status()).isEqualTo(401);
		Answer again = formLogin(email, PASSWORD);
		assertThat(again.location()).isEqualTo("/login?error=blocked");
	}

	@Test
	void malformedCookiesCountAsNoSession() throws Exception {
		String email = newUser();
		String valid = this.admin.account().createEmailPasswordSession(email, PASSWORD).secret();
		String other = this.admin.account().createEmailPasswordSession(email, PASSWORD).secret();
		Base64.Encoder base64 = Base64.getEncoder();
		List<String> malformed = List.of("not-base64!", base64.encodeToString("[\"secret\"]".getBytes()),
				base64.encodeToString("{\"id\":\"x\"}".getBytes()), "A".repeat(5000), "e" + "A".repeat(5000),
				base64.encodeToString(("{\"secret\":\"" + "x".repeat(4000) + "\"}").getBytes()));
		for (String value : malformed) {
			Browser fresh = new Browser(this.port);
			fresh.setCookie(this.sessionCookie, value);
			Answer answer = fresh.get("/me", Map.of("Accept", "application/json"));
			assertThat(answer.status()).as("cookie %s", value.substring(0, Math.min(20, value.length())))
				.isEqualTo(401);
			assertThat(answer.body()).doesNotContain("Exception").doesNotContain(value);
			Answer page = fresh.getPage("/private");
			assertThat(page.status()).as("a page navigation goes to the sign-in page").isEqualTo(302);
			assertThat(page.location()).endsWith("/login");
		}
		Answer two = new Browser(this.port).get("/me", Map.of("Accept", "application/json", "Cookie",
				this.sessionCookie + "=" + valid + "; " + this.sessionCookie + "=" + other));
		assertThat(two.status()).as("two different session cookies are ambiguous").isEqualTo(401);
		Answer withAMalformedTwin = new Browser(this.port).get("/me",
				Map.of("Accept", "application/json", "Cookie", this.sessionCookie + "=" + valid + "; "
						+ this.sessionCookie + "=" + base64.encodeToString("{\"secret\":\"x\"}".getBytes())));
		assertThat(withAMalformedTwin.status()).as("so is a valid one next to another value").isEqualTo(401);
		Answer same = new Browser(this.port).get("/me", Map.of("Accept", "application/json", "Cookie",
				this.sessionCookie + "=" + valid + "; " + this.sessionCookie + "=" + valid));
		assertThat(same.body()).isEqualTo(email);
	}

	@Test
	protected void noWebSessionIsEverCreated() throws Exception {
		this.browser.get("/private", Map.of("Accept", "text/html"));
		formLogin(newUser(), PASSWORD);
		this.browser.get("/private");
		this.browser.postForm("/auth/logout", Map.of("_csrf", this.browser.csrfFormField()));
		assertThat(this.browser.cookies()).doesNotContainKeys("SESSION", "JSESSIONID");
	}

}
