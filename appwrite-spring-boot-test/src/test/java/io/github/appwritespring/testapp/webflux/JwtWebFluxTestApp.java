package io.github.appwritespring.testapp.webflux;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.client.model.User;

/**
 * A WebFlux application with the starter's own security chain, for the JWT tests.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(JwtWebFluxTestApp.Api.class)
public class JwtWebFluxTestApp {

	@RestController
	static class Api {

		@GetMapping("/api/me")
		Mono<String> me(@AuthenticationPrincipal AppwriteUser user) {
			return Mono.just(user.getEmail());
		}

		@GetMapping("/api/me/appwrite")
		Mono<String> meThroughAppwrite(AppwriteSessionClient me) {
			return me.reactive().account().get().map(User::email);
		}

	}

}
