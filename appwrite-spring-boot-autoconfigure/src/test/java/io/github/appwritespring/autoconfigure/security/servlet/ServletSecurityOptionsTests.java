package io.github.appwritespring.autoconfigure.security.servlet;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.autoconfigure.security.HttpBrowser;
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
import org.springframework.http.ResponseCookie;
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

	HttpBrowser browser;

	@BeforeEach
	void setUp() {
		this.browser = new HttpBrowser("http://localhost:" + this.port);
	}

	private String signIn(String... labels) throws Exception {
		return signInExpecting("/home", labels);
	}

	private String signInExpecting(String expectedTarget, String... labels) throws Exception {
		String email = "opt" + System.nanoTime() + "@example.com";
		this.emulator.seedUser("unique()", email, "a-long-password", "Opt", labels);
		HttpResponse<String> response = this.browser.postForm("/auth/login", Map.of("email", email, "password",
				"a-long-password", "_csrf", this.browser.get("/sign-in").body()));
		assertThat(response.headers().firstValue("Location")).hasValue(expectedTarget);
		return email;
	}

	@Test
	void theHostPrefixedLaxCookieSignsIn() throws Exception {
		this.browser.get("/sign-in");
		String email = "opt" + System.nanoTime() + "@example.com";
		this.emulator.seedUser(email, "a-long-password");
		HttpResponse<String> response = this.browser.postForm("/auth/login",
				Map.of("email", email, "password", "a-long-password", "_csrf", this.browser.get("/sign-in").body()));
		ResponseCookie cookie = HttpBrowser.setCookies(response, "__Host-a_session_" + this.admin.getProjectId()).get(0);
		assertThat(cookie.getSameSite()).isEqualTo("Lax");
		assertThat(cookie.isSecure()).isTrue();
		assertThat(cookie.getPath()).isEqualTo("/");
		assertThat(cookie.getDomain()).isNull();
		assertThat(this.browser.get("/me").body()).startsWith(email);
	}

	@Test
	void theDslsSignInPageIsTheEntryPointAndRolesComeFromLabels() throws Exception {
		HttpResponse<String> anonymous = this.browser.get("/admin");
		assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
		signInExpecting("/admin");
		assertThat(this.browser.get("/admin").statusCode()).isEqualTo(403);
		this.browser = new HttpBrowser("http://localhost:" + this.port);
		signInExpecting("/home", "admin");
		assertThat(this.browser.get("/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void teamsBecomeAuthorities() throws Exception {
		String email = "team" + System.nanoTime() + "@example.com";
		String userId = this.emulator.seedUser(email, "a-long-password");
		String teamId = "t" + System.nanoTime();
		this.admin.teams().create(teamId, "Editors", null);
		this.admin.teams().createMembership(teamId, List.of("editor"), null, userId, null, null, null);
		this.browser.postForm("/auth/login",
				Map.of("email", email, "password", "a-long-password", "_csrf", this.browser.get("/sign-in").body()));
		assertThat(this.browser.get("/me").body()).contains("TEAM_" + teamId);
	}

	@Test
	void theCacheTrustsASessionForItsTtlAndSignOutForgetsIt() throws Exception {
		String email = signIn();
		String userId = this.admin.users().list(List.of(Query.equal("email", email)), null).users().get(0).id();
		this.admin.users().updateStatus(userId, false);
		assertThat(this.browser.get("/me").statusCode()).as("the documented trade-off: cached until the TTL")
			.isEqualTo(200);
		this.admin.users().updateStatus(userId, true);
		String cookieName = "__Host-a_session_" + this.admin.getProjectId();
		String secret = this.browser.cookies().get(cookieName);
		this.browser.postForm("/auth/logout", Map.of("_csrf", this.browser.get("/sign-in").body()));
		HttpBrowser replay = new HttpBrowser("http://localhost:" + this.port);
		replay.cookies().put(cookieName, secret);
		assertThat(replay.get("/me").statusCode()).as("signed out sessions are not served from the cache")
			.isEqualTo(302);
	}

	@Test
	void signUpTurnedOffIsNotAnEndpoint() throws Exception {
		HttpResponse<String> response = this.browser.postForm("/auth/signup", Map.of("email",
				"off" + System.nanoTime() + "@example.com", "password", "a-long-password", "_csrf",
				this.browser.get("/sign-in").body()));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
		assertThat(HttpBrowser.setCookies(response, "__Host-a_session_" + this.admin.getProjectId())).isEmpty();
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
