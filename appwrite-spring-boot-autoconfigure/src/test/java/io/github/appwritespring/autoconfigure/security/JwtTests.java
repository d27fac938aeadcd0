package io.github.appwritespring.autoconfigure.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.model.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appwrite JWTs for API clients on both stacks, over real HTTP against the emulator, with
 * {@code appwrite.security.jwt.paths=/api/**} and the session cache on: a JWT from
 * {@code account.createJWT()} signs the request in as its user (same principal and
 * authorities as the cookie, a session client calling Appwrite with the JWT), statelessly
 * (no CSRF token, no cookie set), resolved with one Appwrite call however many requests
 * bring it at once; expired, malformed, forged or ended JWTs get 401 with
 * {@code WWW-Authenticate: Bearer error="invalid_token"} and nothing else; a JWT on the
 * JWT paths, the cookie elsewhere, never both. A subclass starts the security end-to-end
 * test application of its stack.
 */
@TestPropertySource(locations = "classpath:security-e2e.properties",
		properties = { "appwrite.security.jwt.paths=/api/**", "appwrite.security.cache.enabled=true",
				"appwrite.security.cache.ttl=5m" })
@Import(AppwriteCalls.AsBeans.class)
@ExtendWith(OutputCaptureExtension.class)
public abstract class JwtTests {

	private static final String PASSWORD = "a-long-password";

	private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

	@LocalServerPort
	int port;

	@Autowired
	AppwriteClient admin;

	@Autowired
	AppwriteCalls calls;

	/** An API client: no cookies of its own. */
	Browser api;

	@BeforeEach
	void newClient() {
		this.api = new Browser(this.port);
	}

	private String newUser(String... labels) {
		String email = "j" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String id = this.admin.users().create(ID.unique(), email, null, PASSWORD, "Api User").id();
		if (labels.length > 0) {
			this.admin.users().updateLabels(id, List.of(labels));
		}
		return email;
	}

	/** A session of the user, as Appwrite's client SDK would hold it. */
	private Session session(String email) {
		return this.admin.account().createEmailPasswordSession(email, PASSWORD);
	}

	/** A real JWT, as {@code account.createJWT()} gives it to a front end. */
	private String jwt(Session session) {
		return this.admin.withSession(session.secret()).account().createJWT().jwt();
	}

	private static Map<String, String> bearer(String jwt) {
		return Map.of("Authorization", "Bearer " + jwt, "Accept", "application/json");
	}

	private static void assertInvalidToken(Answer answer) {
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.header("WWW-Authenticate")).isEqualTo(INVALID_TOKEN);
		assertThat(answer.body()).isEmpty();
		assertThat(answer.setCookies()).isEmpty();
	}

	@Test
	void aBearerJwtSignsTheRequestInAsItsUserWithoutACookie(CapturedOutput output) throws Exception {
		String email = newUser();
		String jwt = jwt(session(email));
		Answer answer = this.api.get("/api/me", bearer(jwt));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo(email);
		assertThat(answer.setCookies()).as("stateless: no cookie set").isEmpty();
		assertThat(this.api.get("/api/me/appwrite", bearer(jwt)).body())
			.as("the session client calls Appwrite with the JWT")
			.isEqualTo(email);
		assertThat(output.getAll()).doesNotContain(jwt);
	}

	@Test
	void appwritesOwnHeaderWorksToo() throws Exception {
		String email = newUser();
		Answer answer = this.api.get("/api/me", Map.of("X-Appwrite-JWT", jwt(session(email))));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo(email);
	}

	@Test
	void theAuthoritiesAreTheCookiesOnes() throws Exception {
		String email = newUser("editor");
		Browser browser = new Browser(this.port);
		browser.postForm("/auth/login", Map.of("email", email, "password", PASSWORD, "_csrf", browser.csrfFormField()));
		String fromCookie = browser.get("/me/authorities").body();
		String secret = browser.cookies().get("a_session_" + this.admin.getProjectId());
		String sameSessionsJwt = this.admin.withSession(secret).account().createJWT().jwt();
		String fromJwt = this.api.get("/api/me/authorities", bearer(sameSessionsJwt)).body();
		assertThat(fromCookie).contains("ROLE_EDITOR");
		assertThat(fromJwt).isEqualTo(fromCookie);
	}

	@Test
	void aPostNeedsNoCsrfToken() throws Exception {
		String email = newUser();
		Answer answer = this.api.postJson("/api/echo", "{\"n\":1}", bearer(jwt(session(email))));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo(email + ": {\"n\":1}");
		assertThat(answer.setCookies()).isEmpty();
	}

	@Test
	void withoutATokenAnApiPathAsksForOne() throws Exception {
		Answer answer = this.api.get("/api/me", Map.of("Accept", "text/html"));
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(answer.setCookies()).as("nothing saved to come back to").isEmpty();
	}

	@Test
	void malformedAndExpiredTokensAreRefusedWithoutAskingAppwrite(CapturedOutput output) throws Exception {
		String expired = unsigned("{\"userId\":\"u1\",\"sessionId\":\"s1\",\"exp\":"
				+ Instant.now().minusSeconds(5).getEpochSecond() + "}");
		int before = this.calls.accountGets();
		for (String token : List.of("not-a-jwt", "a.b.c", "Bearer", "x".repeat(5000), expired)) {
			assertInvalidToken(this.api.get("/api/me", bearer(token)));
		}
		assertInvalidToken(this.api.get("/api/me", Map.of("X-Appwrite-JWT", "a.b")));
		assertThat(this.calls.accountGets()).isEqualTo(before);
		assertThat(output.getAll()).doesNotContain(expired);
	}

	@Test
	void twoDifferentTokensAreRefused() throws Exception {
		String first = jwt(session(newUser()));
		String second = jwt(session(newUser()));
		assertInvalidToken(
				this.api.get("/api/me", Map.of("Authorization", "Bearer " + first, "X-Appwrite-JWT", second)));
		Answer same = this.api.get("/api/me", Map.of("Authorization", "Bearer " + first, "X-Appwrite-JWT", first));
		assertThat(same.status()).isEqualTo(200);
	}

	@Test
	void aForgedTokenIsRefusedByAppwriteOnceThenWithoutAskingAgain() throws Exception {
		String jwt = jwt(session(newUser()));
		String forged = jwt.substring(0, jwt.lastIndexOf('.') + 1) + "AAAA" + jwt.substring(jwt.lastIndexOf('.') + 5);
		int before = this.calls.accountGets();
		assertInvalidToken(this.api.get("/api/me", bearer(forged)));
		assertInvalidToken(this.api.get("/api/me", bearer(forged)));
		assertThat(this.calls.accountGets() - before).isEqualTo(1);
	}

	@Test
	void aJwtWhoseSessionEndedIsRefused() throws Exception {
		String email = newUser();
		Session session = session(email);
		String jwt = jwt(session);
		this.admin.users().deleteSession(session.userId(), session.id());
		assertInvalidToken(this.api.get("/api/me", bearer(jwt)));
	}

	@Test
	void theJwtOnJwtPathsTheCookieElsewhereNeverBoth() throws Exception {
		String cookieUser = newUser();
		String jwtUser = newUser();
		Browser browser = new Browser(this.port);
		browser.postForm("/auth/login",
				Map.of("email", cookieUser, "password", PASSWORD, "_csrf", browser.csrfFormField()));
		String jwt = jwt(session(jwtUser));
		assertThat(browser.get("/api/me", bearer(jwt)).body()).isEqualTo(jwtUser);
		assertThat(browser.get("/me", bearer(jwt)).body()).isEqualTo(cookieUser);
		Answer cookieOnApi = browser.get("/api/me", Map.of("Accept", "application/json"));
		assertThat(cookieOnApi.status()).as("the cookie does not sign in on the JWT paths").isEqualTo(401);
		assertThat(cookieOnApi.setCookies()).as("nor is it expired there").isEmpty();
		assertThat(browser.get("/me").body()).isEqualTo(cookieUser);
	}

	@Test
	void aJwtIsResolvedOnceThenCached() throws Exception {
		String jwt = jwt(session(newUser()));
		int before = this.calls.accountGets();
		for (int i = 0; i < 5; i++) {
			assertThat(this.api.get("/api/me", bearer(jwt)).status()).isEqualTo(200);
		}
		assertThat(this.calls.accountGets() - before).isEqualTo(1);
	}

	@Test
	void concurrentRequestsWithOneJwtMakeOneAppwriteCall() throws Exception {
		String email = newUser();
		String jwt = jwt(session(email));
		int before = this.calls.accountGets();
		List<Answer> answers = new Crowd(this.api).gets("/api/me", 24, (i) -> bearer(jwt));
		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.body()).isEqualTo(email);
		});
		assertThat(this.calls.accountGets() - before).isEqualTo(1);
	}

	@Test
	void concurrentForgedTokensMakeOneAppwriteCallEach() throws Exception {
		String jwt = jwt(session(newUser()));
		String forged = jwt.substring(0, jwt.lastIndexOf('.') + 1) + "BBBB" + jwt.substring(jwt.lastIndexOf('.') + 5);
		int before = this.calls.accountGets();
		List<Answer> answers = new Crowd(this.api).gets("/api/me", 16, (i) -> bearer(forged));
		assertThat(answers).allSatisfy(JwtTests::assertInvalidToken);
		assertThat(this.calls.accountGets() - before).isEqualTo(1);
	}

	private static String unsigned(String payload) {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		return encoder.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString("signature".getBytes(StandardCharsets.UTF_8));
	}

}
