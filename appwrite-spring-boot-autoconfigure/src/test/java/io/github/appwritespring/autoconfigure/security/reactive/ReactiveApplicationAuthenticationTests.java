package io.github.appwritespring.autoconfigure.security.reactive;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.ApplicationAuthenticationTests;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;

/**
 * The application's own handlers, {@code formLogin()} and authentication code on WebFlux.
 */
@SpringBootTest(classes = ReactiveApplicationAuthenticationTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveApplicationAuthenticationTests extends ApplicationAuthenticationTests {

	private static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String body) {
		response.setStatusCode(status);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(App.Pages.class)
	static class App {

		@Bean
		SecurityWebFilterChain app(ServerHttpSecurity http, AppwriteServerHttpSecurity appwrite) {
			return appwrite
				.successHandler((exchange, authentication) -> write(exchange.getExchange().getResponse(), HttpStatus.OK,
						"welcome " + ((AppwriteUser) authentication.getPrincipal()).getEmail()))
				.failureHandler(
						(exchange, exception) -> write(exchange.getExchange().getResponse(), HttpStatus.I_AM_A_TEAPOT,
								"refused: " + ((AppwriteSignInException) exception).getReason().code()))
				.configure(http)
				.formLogin((form) -> form.loginPage("/login")
					.requiresAuthenticationMatcher(
							ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/form-login")))
				.authorizeExchange((exchanges) -> exchanges.pathMatchers("/login", "/recheck", "/error")
					.permitAll()
					.anyExchange()
					.authenticated())
				.build();
		}

		@RestController
		static class Pages {

			private final AppwriteReactiveAuthenticationManager manager;

			Pages(AppwriteReactiveAuthenticationManager manager) {
				this.manager = manager;
			}

			@GetMapping("/login")
			String login() {
				return "sign in";
			}

			@GetMapping("/recheck")
			Mono<String> recheck(@RequestParam String email, @RequestParam String password) {
				return this.manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password))
					.map((authentication) -> "checked " + email);
			}

			@GetMapping("/me")
			Mono<String> me(@AuthenticationPrincipal AppwriteUser user) {
				return Mono.just(user.getEmail());
			}

		}

	}

}
