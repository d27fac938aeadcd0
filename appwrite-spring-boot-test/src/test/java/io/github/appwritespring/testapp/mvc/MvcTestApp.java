package io.github.appwritespring.testapp.mvc;

import java.util.stream.Collectors;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.autoconfigure.security.servlet.AppwriteHttpConfigurer;

/**
 * A small Spring MVC application with its own chain: {@code /admin} for
 * {@code ROLE_ADMIN}, everything else for signed-in users.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(MvcTestApp.Pages.class)
public class MvcTestApp {

	@Bean
	SecurityFilterChain app(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/error")
			.permitAll()
			.requestMatchers("/admin")
			.hasRole("ADMIN")
			// a page only a session that a passkey began may see
			.requestMatchers("/passkey-only")
			.access(AllRequiredFactorsAuthorizationManager.<RequestAuthorizationContext>builder()
				.requireFactor((factor) -> factor.webauthnAuthority())
				.build())
			.anyRequest()
			.authenticated()).with(AppwriteHttpConfigurer.appwrite(), (appwrite) -> {
			});
		return http.build();
	}

	@RestController
	static class Pages {

		@GetMapping("/login")
		String login() {
			return "sign in";
		}

		/** The principal's email and authorities, sorted. */
		@GetMapping("/me")
		String me(@AuthenticationPrincipal AppwriteUser user, Authentication authentication) {
			return user.getEmail() + " "
					+ authentication.getAuthorities()
						.stream()
						.map(GrantedAuthority::getAuthority)
						.sorted()
						.collect(Collectors.joining(",", "[", "]"));
		}

		/** The email as Appwrite answers it to the request's session client. */
		@GetMapping("/me/appwrite")
		String meThroughAppwrite(AppwriteSessionClient me) {
			return me.account().get().email();
		}

		@GetMapping("/passkey-only")
		String passkeyOnly(@AuthenticationPrincipal AppwriteUser user) {
			return "passkey " + user.getId();
		}

		@GetMapping("/admin")
		String admin(@AuthenticationPrincipal AppwriteUser user) {
			return "admin " + user.getId();
		}

		@PostMapping("/notes")
		String addNote(@AuthenticationPrincipal AppwriteUser user) {
			return "note by " + user.getId();
		}

	}

}
