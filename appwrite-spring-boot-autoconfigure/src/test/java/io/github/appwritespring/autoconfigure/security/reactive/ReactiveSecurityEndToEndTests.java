package io.github.appwritespring.autoconfigure.security.reactive;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.autoconfigure.security.SecurityEndToEndTests;
import io.github.appwritespring.client.model.User;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The security scenarios on WebFlux (Reactor Netty), with the default {@code SecurityWebFilterChain}.
 */
@SpringBootTest(classes = ReactiveSecurityEndToEndTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveSecurityEndToEndTests extends SecurityEndToEndTests {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Pages.class)
	static class App {

	}

	@RestController
	static class Pages {

		@GetMapping("/me")
		Mono<String> me(@AuthenticationPrincipal AppwriteUser user) {
			return Mono.just(user.getEmail());
		}

		@GetMapping("/me/authorities")
		Mono<String> authorities(Authentication authentication) {
			return Mono.just(authentication.getAuthorities().toString());
		}

		@GetMapping("/me/appwrite")
		Mono<String> appwrite(AppwriteSessionClient me) {
			return me.reactive().account().get().map(User::email);
		}

		@GetMapping("/login")
		String login() {
			return "login page";
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
