package io.github.appwritespring.autoconfigure.security.servlet;

import java.util.List;
import java.util.Map;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.autoconfigure.security.Browser;
import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.autoconfigure.security.Browser.SetCookie;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.Query;
import io.github.appwritespring.emulator.AppwriteEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own chain with the configurer and its DSL, and the options: a {@code __Host-} Lax cookie,
 * team authorities, the per-session cache, sign-up turned off.
 */
@SpringBootTest(classes = ServletSecurityOptionsTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "appwrite.security.cookie.host-prefix=true",
				"appwrite.security.cookie.same-site=lax", "appwrite.security.authorities.teams=true",
				"appwrite.security.cache.enabled=true", "appwrite.security.cache.ttl=60s",
				"appwrite.security.signup.enabled=false" })
class ServletSecurityOptionsTests {

	@LocalServerPort
	int port;

	@Autowired
	AppwriteClient admin;

	@Autowired
	AppwriteEmulator emulator;

	Browser browser;

	@BeforeEach
	void setUp() {
		this.browser = new Browser(this.port);
	}

	private String signIn(String... labels) throws Exception {
		return signInExpecting("/home", labels);
	}

	private String signInExpecting(String expectedTarget, String... labels) throws Exception {
		String email = "opt" + System.nanoTime() + "@example.com";
		this.emulator.seedUser("unique()", email, "a-long-password", "Opt", labels);
		Answer response = this.browser.postForm("/auth/login", Map.of("email", email, "password",
				"a-long-password", "_csrf", this.browser.getPage("/sign-in").body()));
		assertThat(response.location()).isEqualTo(expectedTarget);
		return email;
	}

	@Test
	void theHostPrefixedLaxCookieSignsIn() throws Exception {
		this.browser.getPage("/sign-in");
		String email = "opt" + System.nanoTime() + "@example.com";
		this.emulator.seedUser(email, "a-long-password");
		Answer response = this.browser.postForm("/auth/login",
				Map.of("email", email, "password", "a-long-password", "_csrf", this.browser.getPage("/sign-in").body()));
		SetCookie cookie = response.setCookie("__Host-a_session_" + this.admin.getProjectId()).orElseThrow();
		assertThat(cookie.get("SameSite")).isEqualTo("Lax");
		assertThat(cookie.has("Secure")).isTrue();
		assertThat(cookie.get("Path")).isEqualTo("/");
		assertThat(cookie.has("Domain")).isFalse();
		assertThat(this.browser.getPage("/me").body()).startsWith(email);
	}

	@Test
	void theDslsSignInPageIsTheEntryPointAndRolesComeFromLabels() throws Exception {
		Answer anonymous = this.browser.getPage("/admin");
		assertThat(anonymous.location()).endsWith("/sign-in");
		signInExpecting("/admin");
		assertThat(this.browser.getPage("/admin").status()).isEqualTo(403);
		this.browser = new Browser(this.port);
		signInExpecting("/home", "admin");
		assertThat(this.browser.getPage("/admin").status()).isEqualTo(200);
	}

	@Test
	void teamsBecomeAuthorities() throws Exception {
		String email = "team" + System.nanoTime() + "@example.com";
		String userId = this.emulator.seedUser(email, "a-long-password");
		String teamId = "t" + System.nanoTime();
		this.admin.teams().create(teamId, "Editors", null);
		this.admin.teams().createMembership(teamId, List.of("editor"), null, userId, null, null, null);
		this.browser.postForm("/auth/login",
				Map.of("email", email, "password", "a-long-password", "_csrf", this.browser.getPage("/sign-in").body()));
		assertThat(this.browser.getPage("/me").body()).contains("TEAM_" + teamId);
	}

	@Test
	void theCacheTrustsASessionForItsTtlAndSignOutForgetsIt() throws Exception {
		String email = signIn();
		String userId = this.admin.users().list(List.of(Query.equal("email", email)), null).users().get(0).id();
		this.admin.users().updateStatus(userId, false);
		assertThat(this.browser.getPage("/me").status()).as("the documented trade-off: cached until the TTL")
			.isEqualTo(200);
		this.admin.users().updateStatus(userId, true);
		String cookieName = "__Host-a_session_" + this.admin.getProjectId();
		String secret = this.browser.cookies().get(cookieName);
		this.browser.postForm("/auth/logout", Map.of("_csrf", this.browser.getPage("/sign-in").body()));
		Browser replay = new Browser(this.port);
		replay.cookies().put(cookieName, secret);
		assertThat(replay.getPage("/me").status()).as("signed out sessions are not served from the cache")
			.isEqualTo(302);
	}

	@Test
	void signUpTurnedOffIsNotAnEndpoint() throws Exception {
		Answer response = this.browser.postForm("/auth/signup", Map.of("email",
				"off" + System.nanoTime() + "@example.com", "password", "a-long-password", "_csrf",
				this.browser.getPage("/sign-in").body()));
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).endsWith("/sign-in");
		assertThat(response.setCookie("__Host-a_session_" + this.admin.getProjectId())).isEmpty();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(App.Pages.class)
	static class App {

		@Bean
		SecurityFilterChain app(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests((requests) -> requests.requestMatchers("/sign-in", "/error")
				.permitAll()
				.requestMatchers("/admin")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
				.with(AppwriteHttpConfigurer.appwrite(),
						(appwrite) -> appwrite.loginPage("/sign-in").successUrl("/home"));
			return http.build();
		}

		@RestController
		static class Pages {

			@GetMapping("/sign-in")
			String signIn(CsrfToken token) {
				return token.getToken();
			}

			@GetMapping("/me")
			String me(@AuthenticationPrincipal AppwriteUser user, Authentication authentication) {
				return user.getEmail() + " " + authentication.getAuthorities();
			}

			@GetMapping("/admin")
			String admin() {
				return "admin";
			}

		}

	}

}
