package io.github.appwritespring.autoconfigure.security.servlet;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import io.github.appwritespring.autoconfigure.AppwriteConnectionDetails;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityAutoConfiguration;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.internal.PublicPaths;
import io.github.appwritespring.autoconfigure.security.pages.DefaultPages;
import io.github.appwritespring.autoconfigure.security.passkeys.AppwriteUserCredentialRepository;
import io.github.appwritespring.autoconfigure.security.passkeys.AppwriteUserEntityRepository;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyChallenges;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyFactorCookie;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyRelyingParty;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyTable;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeysOfDeletedUsers;
import io.github.appwritespring.client.AppwriteClient;

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

	/**
	 * Passkeys, with {@code appwrite.security.passkeys.enabled}: kept in an Appwrite
	 * table, checked against the relying party of {@code appwrite.security.passkeys.*}.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(WebAuthnRelyingPartyOperations.class)
	@ConditionalOnBooleanProperty(name = "appwrite.security.passkeys.enabled")
	static class PasskeysConfiguration {

		@Bean
		@ConditionalOnMissingBean
		PasskeyTable appwritePasskeyTable(AppwriteClient admin, AppwriteSecurityProperties properties) {
			return new PasskeyTable(admin, properties.getPasskeys().getDatabaseId(),
					properties.getPasskeys().getTableId());
		}

		@Bean
		@ConditionalOnMissingBean
		UserCredentialRepository appwriteUserCredentialRepository(AppwriteClient admin, PasskeyTable table) {
			return new AppwriteUserCredentialRepository(admin, table);
		}

		@Bean
		@ConditionalOnMissingBean
		PasskeysOfDeletedUsers appwritePasskeysOfDeletedUsers(UserCredentialRepository credentials) {
			return new PasskeysOfDeletedUsers(credentials);
		}

		@Bean
		@ConditionalOnMissingBean
		PublicKeyCredentialUserEntityRepository appwriteUserEntityRepository(AppwriteClient admin) {
			return new AppwriteUserEntityRepository(admin);
		}

		@Bean
		@ConditionalOnMissingBean
		PasskeyRelyingParty appwritePasskeyRelyingParty(AppwriteSecurityProperties properties,
				PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository userCredentials) {
			return new PasskeyRelyingParty(properties.getPasskeys(), userEntities, userCredentials);
		}

		@Bean
		@ConditionalOnMissingBean
		PasskeyChallenges appwritePasskeyChallenges(AppwriteSecurityProperties properties,
				ObjectProvider<AppwriteConnectionDetails> connection, ObjectProvider<Clock> clock) {
			return new PasskeyChallenges(apiKey(connection), properties.getPasskeys().getChallengeLifetime(),
					clock.getIfUnique(Clock::systemUTC));
		}

		@Bean
		@ConditionalOnMissingBean
		PasskeyFactorCookie appwritePasskeyFactorCookie(AppwriteSecurityProperties properties,
				ObjectProvider<AppwriteConnectionDetails> connection, ObjectProvider<Clock> clock) {
			return new PasskeyFactorCookie(properties.getPasskeys().getFactorCookieName(), apiKey(connection),
					clock.getIfUnique(Clock::systemUTC));
		}

		/** The secret the passkey cookies' keys are derived from. */
		private static String apiKey(ObjectProvider<AppwriteConnectionDetails> connection) {
			AppwriteConnectionDetails details = connection.getIfAvailable();
			String apiKey = (details != null) ? details.getApiKey() : null;
			if (apiKey == null || apiKey.isBlank()) {
				throw new IllegalStateException(
						"Passkeys sign users in with the admin client: set appwrite.api-key, or turn "
								+ "appwrite.security.passkeys.enabled off");
			}
			return apiKey;
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
