package io.github.appwritespring.sample.auth;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import io.github.appwritespring.autoconfigure.security.servlet.AppwriteHttpConfigurer;

/**
 * The app's own security chain, to show how: the starter's {@link AppwriteHttpConfigurer}
 * brings the Appwrite session cookie, the {@code /auth/*} endpoints (login, sign-up,
 * OAuth2, logout), CSRF and the login page; the app adds which pages need what.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	/**
	 * Returns the chain: public sign-in pages (sign-in, sign-up, the recovery pages, the
	 * emailed code, the second factor, "verify your email") and assets, {@code /admin/**}
	 * for the {@code admin} label, everything else for signed-in users.
	 * @param http the chain builder
	 * @param multipart the multipart limits (an upload over them gets 413, not 403)
	 * @return the chain: public sign-in pages and assets, {@code /admin/**} for the
	 * {@code admin} label, everything else for signed-in users
	 * @throws Exception if the chain cannot be built
	 */
	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, MultipartProperties multipart) throws Exception {
		http.with(AppwriteHttpConfigurer.appwrite(), Customizer.withDefaults());
		http.exceptionHandling((exceptions) -> exceptions
			.accessDeniedHandler(new OversizedUploadAccessDeniedHandler(multipart.getMaxFileSize())));
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/signup", "/forgot-password", "/reset-password", "/login/code", "/login/mfa",
					"/verify-email", "/error", "/css/**", "/js/**", "/favicon.ico")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated());
		return http.build();
	}

}
