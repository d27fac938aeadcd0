package io.github.appwritespring.autoconfigure.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.autoconfigure.security.Browser.SetCookie;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.Query;
import io.github.appwritespring.emulator.AppwriteEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own chain built with the stack's configurer and its overrides
 * (sign-in page {@code /sign-in}, success URL {@code /home}, {@code /admin} for
 * {@code ROLE_ADMIN}), and the options: a {@code __Host-} Lax cookie, team authorities,
 * the per-session cache, sign-up, second factors and factor authorities turned off. Each
 * stack's subclass supplies that application with the pages {@code /sign-in}, {@code /me}
 * (email and authorities) and {@code /admin}.
 */
@TestPropertySource(properties = { "appwrite.session-cookie.host-prefix=true", "appwrite.session-cookie.same-site=lax",
		"appwrite.security.authorities.teams=true", "appwrite.security.cache.enabled=true",
		"appwrite.security.cache.ttl=60s", "appwrite.security.signup.enabled=false",
		"appwrite.security.mfa.enabled=false", "appwrite.security.authorities.factors=false" })
public abstract class SecurityOptionsTests {

	private static final String PASSWORD = "a-long-password";

	@LocalServerPort
	int port;

	@Autowired
	AppwriteClient admin;

	@Autowired
	AppwriteEmulator emulator;

	Browser browser;

	String cookieName;

	@BeforeEach
	void setUp() {
		this.browser = new Browser(this.port);
		this.cookieName = "__Host-a_session_" + this.admin.getProjectId();
	}

	private String newUser(String... labels) {
		String email = "opt" + System.nanoTime() + "@example.com";
		this.emulator.seedUser("unique()", email, PASSWORD, "Opt", labels);
		return email;
	}

	private Answer signIn(String email) throws Exception {
		return this.browser.postForm("/auth/login",
				Map.of("email", email, "password", PASSWORD, "_csrf", this.browser.csrfFormField()));
	}

	@Test
	void theHostPrefixedLaxCookieSignsIn() throws Exception {
		String email = newUser();
		Answer response = signIn(email);
		assertThat(response.location()).isEqualTo("/home");
		SetCookie cookie = response.setCookie(this.cookieName).orElseThrow();
		assertThat(cookie.get("SameSite")).isEqualTo("Lax");
		assertThat(cookie.has("Secure")).isTrue();
		assertThat(cookie.get("Path")).isEqualTo("/");
		assertThat(cookie.has("Domain")).isFalse();
		assertThat(this.browser.getPage("/me").body()).startsWith(email);
	}

	@Test
	void theOverriddenSignInPageIsTheEntryPointAndRolesComeFromLabels() throws Exception {
		assertThat(this.browser.getPage("/admin").location()).endsWith("/sign-in");
		assertThat(signIn(newUser()).location()).as("back to the saved request").isEqualTo("/admin");
		assertThat(this.browser.getPage("/admin").status()).isEqualTo(403);
		this.browser = new Browser(this.port);
		assertThat(signIn(newUser("admin")).location()).isEqualTo("/home");
		assertThat(this.browser.getPage("/admin").status()).isEqualTo(200);
	}

	@Test
	void withMfaOffASignInThatNeedsASecondFactorIsAClearAnswerAndLeavesNoSession() throws Exception {
		String email = newUser();
		String userId = this.admin.users().list(List.of(Query.equal("email", email)), null).users().get(0).id();
		this.admin.users().updateEmailVerification(userId, true);
		this.admin.users().updateMFA(userId, true);
		Answer form = signIn(email);
		assertThat(form.location()).isEqualTo("/sign-in?error=mfa_required");
		assertThat(form.setCookie(this.cookieName)).isEmpty();
		Answer json = this.browser.postJson("/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
				Map.of("X-XSRF-TOKEN", this.browser.csrfToken()));
		assertThat(json.status()).isEqualTo(401);
		assertThat(json.body()).contains("\"error\":\"mfa_required\"");
		assertThat(this.admin.users().listSessions(userId).sessions()).as("the half-made sessions are deleted")
			.isEmpty();
		assertThat(this.browser
			.postForm("/auth/mfa/challenge", Map.of("factor", "totp", "_csrf", this.browser.csrfFormField()))
			.status()).as("no MFA endpoints").isNotEqualTo(303);
	}

	@Test
	void teamsBecomeAuthorities() throws Exception {
		String email = newUser();
		String userId = this.admin.users().list(List.of(Query.equal("email", email)), null).users().get(0).id();
		String teamId = "t" + System.nanoTime();
		this.admin.teams().create(teamId, "Editors", null);
		this.admin.teams().createMembership(teamId, List.of("editor"), null, userId, null, null, null);
		signIn(email);
		assertThat(this.browser.getPage("/me").body()).contains("TEAM_" + teamId)
			.as("factor authorities are off")
			.doesNotContain("FACTOR_");
	}

	@Test
	void theCacheTrustsASessionForItsTtlAndSignOutForgetsIt() throws Exception {
		String email = newUser();
		signIn(email);
		String userId = this.admin.users().list(List.of(Query.equal("email", email)), null).users().get(0).id();
		this.admin.users().updateStatus(userId, false);
		assertThat(this.browser.getPage("/me").status()).as("the documented trade-off: cached until the TTL")
			.isEqualTo(200);
		this.admin.users().updateStatus(userId, true);
		String secret = this.browser.cookies().get(this.cookieName);
		this.browser.postForm("/auth/logout", Map.of("_csrf", this.browser.csrfFormField()));
		Browser replay = new Browser(this.port);
		replay.setCookie(this.cookieName, secret);
		assertThat(replay.getPage("/me").status()).as("signed-out sessions are not served from the cache")
			.isEqualTo(302);
	}

	@Test
	void signUpTurnedOffIsNotAnEndpoint() throws Exception {
		Answer response = this.browser.postForm("/auth/signup",
				Map.of("email", "off" + System.nanoTime() + "@example.com", "password", PASSWORD, "_csrf",
						this.browser.csrfFormField()));
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).endsWith("/sign-in");
		assertThat(response.setCookie(this.cookieName)).isEmpty();
	}

}
