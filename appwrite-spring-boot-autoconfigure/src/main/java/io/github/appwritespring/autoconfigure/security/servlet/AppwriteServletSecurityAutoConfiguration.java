package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.security.autoconfigure.web.servlet.ConditionalOnDefaultWebSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityAutoConfiguration;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;

/**
 * Spring Security for a Spring MVC application signed in through Appwrite: unless the
 * application declares its own {@link SecurityFilterChain}, a default one applies
 * {@link AppwriteHttpConfigurer}, lets anyone see {@code appwrite.security.permit-all}
 * and wants a signed-in user everywhere else. An
 * {@link AppwriteEmailPasswordAuthenticationProvider} lets Spring Security's own
 * {@code AuthenticationManager} sign in against Appwrite too, and keeps Spring Boot's
 * generated in-memory user away.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = AppwriteSecurityAutoConfiguration.class,
		beforeName = {
				"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
				"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration" })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ EnableWebSecurity.class, ConditionalOnDefaultWebSecurity.class })
@ConditionalOnBean(AppwriteAuthenticator.class)
public final class AppwriteServletSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(AuthenticationProvider.class)
	@ConditionalOnBooleanProperty(name = "appwrite.security.email-password.enabled", matchIfMissing = true)
	AppwriteEmailPasswordAuthenticationProvider appwriteEmailPasswordAuthenticationProvider(
			AppwriteAuthenticator authenticator) {
		return new AppwriteEmailPasswordAuthenticationProvider(authenticator);
	}

	@Bean
	@ConditionalOnMissingBean
	OAuth2CallbackRedactingFilter appwriteOAuth2CallbackRedactingFilter(AppwriteSecurityProperties properties) {
		return new OAuth2CallbackRedactingFilter(properties.getEndpoints().getOauth2Callback());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnDefaultWebSecurity
	static class DefaultAppwriteSecurityFilterChainConfiguration {

		@Bean
		SecurityFilterChain appwriteSecurityFilterChain(HttpSecurity http, AppwriteSecurityProperties properties)
				throws Exception {
			http.authorizeHttpRequests(
					(requests) -> requests.requestMatchers(properties.getPermitAll().toArray(String[]::new))
						.permitAll()
						.anyRequest()
						.authenticated())
				.with(AppwriteHttpConfigurer.appwrite(), (appwrite) -> {
				});
			return http.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(name = "springSecurityFilterChain")
	@EnableWebSecurity
	static class EnableWebSecurityConfiguration {

	}

}
