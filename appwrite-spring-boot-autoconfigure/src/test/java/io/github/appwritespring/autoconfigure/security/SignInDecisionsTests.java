package io.github.appwritespring.autoconfigure.security;

import java.nio.charset.StandardCharsets;
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
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decisions both stacks make from a request, shown to come out the same on each:
 * which fields are read from the body and which from the query string, which requests are
 * page navigations (sent to the sign-in page and saved to come back to) and which are not
 * (favicons, images, scripts' calls: 401, not saved), whether a saved request is safe to
 * come back to, and that the CSRF token is renewed at sign-in, sign-up and sign-out. The
 * subclasses start the same applications as the {@link SecurityEndToEndTests}.
 */
@TestPropertySource(locations = "classpath:security-e2e.properties")
@Import(MovableClock.AsBean.class)
public abstract class SignInDecisionsTests {

	private static final String PASSWORD = "a-long-password";

	/** The cookie both stacks' Spring Security request caches keep a saved request in. */
	private static final String SAVED_REQUEST = "REDIRECT_URI";

	@LocalServerPort
	int port;

	@Autowired
	AppwriteClient admin;

	Browser browser;

	String sessionCookie;

	@BeforeEach
	void newBrowser() {
		this.browser = new Browser(this.port);
		this.sessionCookie = "a_session_" + this.admin.getProjectId();
	}

	private String newUser() {
		String email = "d" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		this.admin.users().create(ID.unique(), email, null, PASSWORD, "Decided");
		return email;
	}

	private Answer signIn(String email) throws Exception {
		return this.browser.postForm("/auth/login",
				Map.of("email", email, "password", PASSWORD, "_csrf", this.browser.csrfFormField()));
	}

	@Test
	void signOutFollowsARedirectFromItsBodyOrElseItsQuery() throws Exception {
		String email = newUser();
		signIn(email);
		assertThat(this.browser.postForm("/auth/logout?redirect=/bye", Map.of("_csrf", this.browser.csrfFormField()))
			.location()).isEqualTo("/bye");
		signIn(email);
		assertThat(this.browser
			.postForm("/auth/logout?redirect=/query",
					Map.of("redirect", "/body", "_csrf", this.browser.csrfFormField()))
			.location()).as("the body wins").isEqualTo("/body");
		signIn(email);
		assertThat(this.browser
			.postForm("/auth/logout?redirect=//evil.example", Map.of("_csrf", this.browser.csrfFormField()))
			.location()).isEqualTo("/login?logout");
		signIn(email);
		assertThat(this.browser
			.postForm("/auth/logout?redirect=/a&redirect=/b", Map.of("_csrf", this.browser.csrfFormField()))
			.location()).as("a field given twice is no field").isEqualTo("/login?logout");
	}

	@Test
	void credentialsComeFromTheBodyOnlyAndTheRedirectAlsoFromTheQuery() throws Exception {
		String email = newUser();
		Answer inQuery = this.browser.postForm("/auth/login?email=" + email + "&password=" + PASSWORD,
				Map.of("_csrf", this.browser.csrfFormField()));
		assertThat(inQuery.location()).as("a password in the query string is not read")
			.isEqualTo("/login?error=credentials");
		assertThat(inQuery.setCookie(this.sessionCookie)).isEmpty();

		Map<String, String> twice = new LinkedHashMap<>();
		twice.put("email", email);
		twice.put("password", PASSWORD);
		twice.put("_csrf", this.browser.csrfFormField());
		Answer repeated = this.browser.postForm("/auth/login?email=" + email, twice);
		assertThat(repeated.location()).as("the body's field, whatever the query says").isEqualTo("/");
		this.browser = new Browser(this.port);

		Answer redirected = this.browser.postForm("/auth/login?redirect=/private",
				Map.of("email", email, "password", PASSWORD, "_csrf", this.browser.csrfFormField()));
		assertThat(redirected.location()).isEqualTo("/private");
		this.browser = new Browser(this.port);

		Answer json = this.browser.postJson("/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"redirect\":\"/private\"}",
				Map.of("X-XSRF-TOKEN", this.browser.csrfToken()));
		assertThat(json.status()).as("a JSON client gets the user, not a redirect").isEqualTo(200);
		assertThat(json.body()).contains(email);
	}

	@Test
	void onlyPageNavigationsGoToTheSignInPageAndOnlyGetsAreSaved() throws Exception {
		Answer favicon = this.browser.get("/favicon.png", Map.of("Accept", "image/avif,image/webp,*/*"));
		assertThat(favicon.status()).as("a favicon").isEqualTo(401);
		assertThat(saves(favicon)).isFalse();
		Answer image = this.browser.get("/private", Map.of("Accept", "*/*", "Sec-Fetch-Dest", "image"));
		assertThat(image.status()).as("an image").isEqualTo(401);
		assertThat(saves(image)).isFalse();
		Answer script = this.browser.get("/private", Map.of("Accept", "*/*", "Sec-Fetch-Dest", "empty"));
		assertThat(script.status()).as("a script's fetch").isEqualTo(401);
		Answer xhr = this.browser.get("/private", Map.of("X-Requested-With", "XMLHttpRequest"));
		assertThat(xhr.status()).as("an XMLHttpRequest").isEqualTo(401);
		assertThat(saves(xhr)).isFalse();
		Answer json = this.browser.getJson("/private");
		assertThat(json.status()).isEqualTo(401);
		assertThat(json.body()).contains("\"error\":\"unauthenticated\"");

		Answer navigation = this.browser.get("/private?tab=3",
				Map.of("Accept", "text/html,*/*;q=0.8", "Sec-Fetch-Dest", "document"));
		assertThat(navigation.status()).as("a page navigation").isEqualTo(302);
		assertThat(navigation.location()).endsWith("/login");
		assertThat(saves(navigation)).isTrue();
		Answer withoutFetchHeaders = new Browser(this.port).getPage("/private");
		assertThat(withoutFetchHeaders.status()).as("an older browser's navigation").isEqualTo(302);
		assertThat(saves(withoutFetchHeaders)).isTrue();

		assertThat(signIn(newUser()).location()).as("back to the saved page").isEqualTo("/private?tab=3");
	}

	@Test
	void aSavedRequestIsComeBackToOnlyWhenItIsAPathOfThisApplication() throws Exception {
		String email = newUser();
		for (String forged : List.of("http://evil.example/private", "https://evil.example/private",
				"//evil.example/private", "/\\evil.example", "/..//evil.example", "/%2e%2e//evil.example", "/./private",
				"javascript:alert(1)", "not a path")) {
			this.browser = new Browser(this.port);
			this.browser.setCookie(SAVED_REQUEST, base64(forged));
			Answer answer = signIn(email);
			assertThat(answer.location()).as("saved %s", forged).isEqualTo("/");
		}
		this.browser = new Browser(this.port);
		this.browser.setCookie(SAVED_REQUEST, "@@@-not-base64");
		assertThat(signIn(email).location()).isEqualTo("/");
		this.browser = new Browser(this.port);
		this.browser.setCookie(SAVED_REQUEST, base64("/private?tab=2"));
		Answer saved = signIn(email);
		assertThat(saved.location()).isEqualTo("/private?tab=2");
		assertThat(saved.setCookie(SAVED_REQUEST)).as("used up")
			.hasValueSatisfying((cookie) -> assertThat(cookie.value()).isEmpty());
	}

	@Test
	void theCsrfTokenIsRenewedAtSignInSignUpAndSignOut() throws Exception {
		String before = this.browser.csrfToken();
		signIn(newUser());
		assertThat(logoutWith(before).status()).as("the token from before the sign-in").isEqualTo(403);
		String signedIn = this.browser.csrfToken();
		assertThat(signedIn).isNotEqualTo(before);
		assertThat(logoutWith(signedIn).status()).isEqualTo(204);
		assertThat(logoutWith(signedIn).status()).as("the token from before the sign-out").isEqualTo(403);

		String email = "d-up-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String beforeSignUp = this.browser.csrfToken();
		Answer signUp = this.browser.postForm("/auth/signup",
				Map.of("email", email, "password", PASSWORD, "_csrf", Browser.mask(beforeSignUp)));
		assertThat(signUp.status()).isEqualTo(302);
		assertThat(logoutWith(beforeSignUp).status()).as("the token from before the sign-up").isEqualTo(403);
	}

	/**
	 * Whether the answer saves the request. Spring Security's WebFlux request cache
	 * expires its cookie on every answer, so only a cookie with a value saves one.
	 */
	private static boolean saves(Answer answer) {
		return answer.setCookie(SAVED_REQUEST).filter((cookie) -> !cookie.value().isEmpty()).isPresent();
	}

	private Answer logoutWith(String token) throws Exception {
		return this.browser.postJson("/auth/logout", "{}", Map.of("X-XSRF-TOKEN", token));
	}

	private static String base64(String value) {
		return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

}
