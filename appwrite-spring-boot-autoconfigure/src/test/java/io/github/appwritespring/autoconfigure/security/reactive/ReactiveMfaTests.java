package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AllAuthoritiesReactiveAuthorizationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteFactors;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.autoconfigure.security.MfaTests;

/**
 * Second factors on WebFlux (Reactor Netty), with a rule of Spring Security's own that
 * requires the password and a TOTP code for {@code /two-factors}.
 */
@SpringBootTest(classes = ReactiveMfaTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveMfaTests extends MfaTests {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(App.Pages.class)
	static class App {

		@Bean
		SecurityWebFilterChain app(ServerHttpSecurity http, AppwriteServerHttpSecurity appwrite) {
			return appwrite.configure(http)
				.authorizeExchange((exchanges) -> exchanges.pathMatchers("/login", "/login/mfa", "/error")
					.permitAll()
					.pathMatchers("/two-factors")
					.access(AllAuthoritiesReactiveAuthorizationManager
						.hasAllAuthorities(FactorGrantedAuthority.PASSWORD_AUTHORITY, AppwriteFactors.TOTP))
					.anyExchange()
					.authenticated())
				.build();
		}

		@RestController
		static class Pages {

			@GetMapping({ "/login", "/login/mfa" })
			String login() {
				return "sign in";
			}

			@GetMapping("/me")
			Mono<String> me(@AuthenticationPrincipal AppwriteUser user) {
				return Mono.just(user.getEmail());
			}

			@GetMapping("/me/authorities")
			Mono<String> authorities(Authentication authentication) {
				return Mono.just(authentication.getAuthorities().toString());
			}

			@GetMapping({ "/", "/private", "/two-factors", "/settings" })
			String page() {
				return "page";
			}

		}

	}

}
