package io.github.appwritespring.autoconfigure.security.reactive;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.result.view.RequestDataValueProcessor;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.autoconfigure.security.SecurityEndToEndTests;
import io.github.appwritespring.client.model.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security scenarios on WebFlux (Reactor Netty), with the default
 * {@code SecurityWebFilterChain}.
 */
@SpringBootTest(classes = ReactiveSecurityEndToEndTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive",
				"appwrite.security.permit-all=/login,/form,/error" })
class ReactiveSecurityEndToEndTests extends SecurityEndToEndTests {

	@Test
	void pagesGetTheFormTokenThatThymeleafRendersAndASignInWithItWorks() throws Exception {
		String email = newUser();
		Answer page = this.browser.getPage("/form");
		assertThat(page.status()).isEqualTo(200);
		String formToken = page.body();
		assertThat(formToken).as("the hidden _csrf field a th:action form would carry").isNotBlank();
		Answer signIn = this.browser.postForm("/auth/login",
				Map.of("email", email, "password", PASSWORD, "_csrf", formToken));
		assertThat(signIn.status()).isEqualTo(302);
		assertThat(signIn.location()).isEqualTo("/");
		assertThat(signIn.setCookie(this.sessionCookie)).isPresent();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Pages.class)
	static class App {

	}

	@RestController
	static class Pages {

		private final RequestDataValueProcessor processor;

		Pages(RequestDataValueProcessor processor) {
			this.processor = processor;
		}

		@GetMapping("/me")
		Mono<String> me(@AuthenticationPrincipal AppwriteUser user) {
			return Mono.just(user.getEmail());
		}

		@GetMapping("/me/verified")
		Mono<String> verified(@AuthenticationPrincipal AppwriteUser user) {
			return Mono.just(String.valueOf(user.isEmailVerification()));
		}

		@GetMapping("/me/authorities")
		Mono<String> authorities(Authentication authentication) {
			return Mono.just(authentication.getAuthorities().toString());
		}

		@GetMapping("/me/appwrite")
		Mono<String> appwrite(AppwriteSessionClient me) {
			return me.reactive().account().get().map(User::email);
		}

		/**
		 * The API the JWT tests call ({@code appwrite.security.jwt.paths=/api/**} there).
		 */
		@GetMapping("/api/me")
		Mono<String> apiMe(@AuthenticationPrincipal AppwriteUser user) {
			return Mono.just(user.getEmail());
		}

		@GetMapping("/api/me/authorities")
		Mono<String> apiAuthorities(Authentication authentication) {
			return Mono.just(authentication.getAuthorities().toString());
		}

		@GetMapping("/api/me/appwrite")
		Mono<String> apiAppwrite(AppwriteSessionClient me) {
			return me.reactive().account().get().map(User::email);
		}

		@PostMapping("/api/echo")
		Mono<String> apiEcho(@AuthenticationPrincipal AppwriteUser user, @RequestBody String body) {
			return Mono.just(user.getEmail() + ": " + body);
		}

		@GetMapping("/login")
		String login() {
			return "login page";
		}

		/**
		 * What Thymeleaf asks the request-data-value processor for when it renders a
		 * form.
		 */
		@GetMapping("/form")
		String form(ServerWebExchange exchange) {
			return this.processor.getExtraHiddenFields(exchange).getOrDefault("_csrf", "");
		}

		@GetMapping("/")
		String home() {
			return "home";
		}

		@GetMapping("/private")
		String secret() {
			return "private";
		}

	}

}
