package io.github.appwritespring.testapp.webflux;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.client.model.User;

/**
 * A WebFlux application that reads the session cookie through its
 * {@link AppwriteSessionClient} argument. Spring Security is on this module's test class
 * path, so the chain here lets everything through: the reactive Appwrite security
 * integration is not part of this application.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableWebFluxSecurity
@Import(WebFluxTestApp.Pages.class)
public class WebFluxTestApp {

	@Bean
	SecurityWebFilterChain openChain(ServerHttpSecurity http) {
		return http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.build();
	}

	@RestController
	static class Pages {

		/**
		 * The email as Appwrite answers it to the request's session client, or
		 * {@code anonymous}.
		 */
		@GetMapping("/me/appwrite")
		Mono<String> me(AppwriteSessionClient me) {
			if (!me.hasSession()) {
				return Mono.just("anonymous");
			}
			return me.reactive().account().get().map(User::email);
		}

	}

}
