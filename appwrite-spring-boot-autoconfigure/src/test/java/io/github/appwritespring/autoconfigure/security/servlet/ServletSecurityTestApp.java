package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;

/**
 * A Spring MVC application with only the auto-configuration and its default security
 * chain, with the pages
 * {@link io.github.appwritespring.autoconfigure.security.SecurityEndToEndTests} expects.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ServletSecurityTestApp.Pages.class)
class ServletSecurityTestApp {

	@RestController
	static class Pages {

		/**
		 * The sign-in page: here only the form token, as a page would render it into its
		 * form.
		 */
		@GetMapping("/login")
		String login(CsrfToken token) {
			return token.getToken();
		}

		@GetMapping("/me")
		String me(@AuthenticationPrincipal AppwriteUser user) {
			return user.getEmail();
		}

		@GetMapping("/me/verified")
		String verified(@AuthenticationPrincipal AppwriteUser user) {
			return String.valueOf(user.isEmailVerification());
		}

		@GetMapping("/me/authorities")
		String authorities(Authentication authentication) {
			return authentication.getAuthorities().toString();
		}

		@GetMapping("/me/appwrite")
		String meThroughAppwrite(AppwriteSessionClient me) {
			return me.account().get().email();
		}

		/**
		 * The API the JWT tests call ({@code appwrite.security.jwt.paths=/api/**} there).
		 */
		@GetMapping("/api/me")
		String apiMe(@AuthenticationPrincipal AppwriteUser user) {
			return user.getEmail();
		}

		@GetMapping("/api/me/authorities")
		String apiAuthorities(Authentication authentication) {
			return authentication.getAuthorities().toString();
		}

		@GetMapping("/api/me/appwrite")
		String apiMeThroughAppwrite(AppwriteSessionClient me) {
			return me.account().get().email();
		}

		@PostMapping("/api/echo")
		String apiEcho(@AuthenticationPrincipal AppwriteUser user, @RequestBody String body) {
			return user.getEmail() + ": " + body;
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
