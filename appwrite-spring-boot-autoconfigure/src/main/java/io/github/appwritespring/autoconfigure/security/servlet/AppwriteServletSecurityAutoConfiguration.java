package io.github.appwritespring.autoconfigure.security.servlet;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.security.autoconfigure.web.servlet.ConditionalOnDefaultWebSecurity;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityAutoConfiguration;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.internal.PublicPaths;
import io.github.appwritespring.autoconfigure.security.pages.DefaultPages;

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
		return new OAuth2CallbackRedactingFilter(properties.getEndpoints().secretLinks());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(DispatcherServlet.class)
	@ConditionalOnBooleanProperty(name = "appwrite.security.default-pages.enabled", matchIfMissing = true)
	static class DefaultPagesConfiguration {

		/**
		 * After the application's controllers (order 0) and view controllers (1), before
		 * static resources ({@code Ordered.LOWEST_PRECEDENCE - 1}).
		 */
		@Bean
		SimpleUrlHandlerMapping appwriteDefaultPagesHandlerMapping(AppwriteSecurityProperties properties,
				ApplicationContext context, Environment environment) {
			DefaultPages pages = new DefaultPages(properties, environment.getProperty("spring.application.name"));
			DefaultPagesController controller = new DefaultPagesController(pages, context);
			Map<String, Object> urls = new LinkedHashMap<>();
			pages.paths().keySet().forEach((path) -> urls.put(path, controller));
			return new SimpleUrlHandlerMapping(urls, Ordered.LOWEST_PRECEDENCE - 10);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnDefaultWebSecurity
	static class DefaultAppwriteSecurityFilterChainConfiguration {

		@Bean
		SecurityFilterChain appwriteSecurityFilterChain(HttpSecurity http, AppwriteSecurityProperties properties)
				throws Exception {
			http.authorizeHttpRequests(
					(requests) -> requests.requestMatchers(PublicPaths.of(properties).toArray(String[]::new))
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
