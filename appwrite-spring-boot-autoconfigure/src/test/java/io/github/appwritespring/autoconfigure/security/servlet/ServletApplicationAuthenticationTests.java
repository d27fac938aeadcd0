package io.github.appwritespring.autoconfigure.security.servlet;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.appwritespring.autoconfigure.security.ApplicationAuthenticationTests;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;

/**
 * The application's own handlers, {@code formLogin()} and authentication code on the
 * servlet stack.
 */
@SpringBootTest(classes = ServletApplicationAuthenticationTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletApplicationAuthenticationTests extends ApplicationAuthenticationTests {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(App.Pages.class)
	static class App {

		@Bean
		SecurityFilterChain app(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/recheck", "/error")
				.permitAll()
				.anyRequest()
				.authenticated())
				.formLogin((form) -> form.loginPage("/login").loginProcessingUrl("/form-login"))
				.with(AppwriteHttpConfigurer.appwrite(),
						(appwrite) -> appwrite.successHandler((request, response, authentication) -> {
							response.setStatus(200);
							response.getOutputStream()
								.write(("welcome " + ((AppwriteUser) authentication.getPrincipal()).getEmail())
									.getBytes(StandardCharsets.UTF_8));
						}).failureHandler((request, response, exception) -> {
							response.setStatus(418);
							response.getOutputStream()
								.write(("refused: " + ((AppwriteSignInException) exception).getReason().code())
									.getBytes(StandardCharsets.UTF_8));
						}));
			return http.build();
		}

		@RestController
		static class Pages {

			private final AppwriteEmailPasswordAuthenticationProvider provider;

			Pages(AppwriteEmailPasswordAuthenticationProvider provider) {
				this.provider = provider;
			}

			@GetMapping("/login")
			String login() {
				return "sign in";
			}

			@GetMapping("/recheck")
			String recheck(@RequestParam String email, @RequestParam String password) {
				this.provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
				return "checked " + email;
			}

			@GetMapping("/me")
			String me(@AuthenticationPrincipal AppwriteUser user) {
				return user.getEmail();
			}

		}

	}

}
