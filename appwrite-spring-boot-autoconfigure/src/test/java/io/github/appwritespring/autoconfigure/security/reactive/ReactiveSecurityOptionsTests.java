package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.autoconfigure.security.SecurityOptionsTests;

/**
 * The options on WebFlux, with the application's own chain built with
 * {@link AppwriteServerHttpSecurity}.
 */
@SpringBootTest(classes = ReactiveSecurityOptionsTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveSecurityOptionsTests extends SecurityOptionsTests {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(App.Pages.class)
	static class App {

		@Bean
		SecurityWebFilterChain app(ServerHttpSecurity http, AppwriteServerHttpSecurity appwrite) {
			return appwrite.loginPage("/sign-in")
				.successUrl("/home")
				.configure(http)
				.authorizeExchange((exchanges) -> exchanges.pathMatchers("/sign-in", "/error")
					.permitAll()
					.pathMatchers("/admin")
					.hasRole("ADMIN")
					.anyExchange()
					.authenticated())
				.build();
		}

		@RestController
		static class Pages {

			@GetMapping("/sign-in")
			String signIn() {
				return "sign in";
			}

			@GetMapping("/me")
			Mono<String> me(@AuthenticationPrincipal AppwriteUser user, Authentication authentication) {
				return Mono.just(user.getEmail() + " " + authentication.getAuthorities());
			}

			@GetMapping("/admin")
			String admin() {
				return "admin";
			}

		}

	}

}
