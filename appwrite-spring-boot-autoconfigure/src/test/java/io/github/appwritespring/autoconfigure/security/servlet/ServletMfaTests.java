package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.appwritespring.autoconfigure.security.AppwriteFactors;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.autoconfigure.security.MfaTests;

/**
 * Second factors on the servlet stack (Tomcat), with a rule of Spring Security's own that
 * requires the password and a TOTP code for {@code /two-factors}.
 */
@SpringBootTest(classes = ServletMfaTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletMfaTests extends MfaTests {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(App.Pages.class)
	static class App {

		@Bean
		SecurityFilterChain app(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/login/mfa", "/error")
				.permitAll()
				.requestMatchers("/two-factors")
				.access(AllRequiredFactorsAuthorizationManager.<RequestAuthorizationContext>builder()
					.requireFactor((factor) -> factor.passwordAuthority())
					.requireFactor((factor) -> factor.authority(AppwriteFactors.TOTP))
					.build())
				.anyRequest()
				.authenticated()).with(AppwriteHttpConfigurer.appwrite(), Customizer.withDefaults());
			return http.build();
		}

		@RestController
		static class Pages {

			@GetMapping({ "/login", "/login/mfa" })
			String login() {
				return "sign in";
			}

			@GetMapping("/me")
			String me(@AuthenticationPrincipal AppwriteUser user) {
				return user.getEmail();
			}

			@GetMapping("/me/authorities")
			String authorities(Authentication authentication) {
				return authentication.getAuthorities().toString();
			}

			@GetMapping({ "/", "/private", "/two-factors", "/settings" })
			String page() {
				return "page";
			}

		}

	}

}
