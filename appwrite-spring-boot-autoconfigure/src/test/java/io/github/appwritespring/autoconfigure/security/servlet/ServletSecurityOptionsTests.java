package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.autoconfigure.security.SecurityOptionsTests;

/**
 * The options on the servlet stack, with the application's own chain built with
 * {@link AppwriteHttpConfigurer}.
 */
@SpringBootTest(classes = ServletSecurityOptionsTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletSecurityOptionsTests extends SecurityOptionsTests {

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
			String signIn() {
				return "sign in";
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
