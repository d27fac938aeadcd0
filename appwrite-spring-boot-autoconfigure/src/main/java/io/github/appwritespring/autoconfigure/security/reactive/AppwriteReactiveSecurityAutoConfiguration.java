package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;

import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;
import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityAutoConfiguration;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInFailureEvent;
import io.github.appwritespring.autoconfigure.security.events.AppwriteWebhookReceiver;
import io.github.appwritespring.autoconfigure.security.internal.PublicPaths;
import io.github.appwritespring.autoconfigure.security.pages.DefaultPages;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;
import io.github.appwritespring.autoconfigure.security.throttle.TrustedDevices;
import io.github.appwritespring.client.AppwriteClient;

/**
 * Spring Security for a WebFlux application signed in through Appwrite. An
 * {@link AppwriteServerHttpSecurity} bean applies the integration to any chain; unless
 * the application declares its own {@link SecurityWebFilterChain}, a default one applies
 * it, lets anyone see {@code appwrite.security.permit-all} and wants a signed-in user
 * everywhere else. An {@link AppwriteReactiveAuthenticationManager} lets Spring
 * Security's reactive authentication sign in against Appwrite too, and keeps Spring
 * Boot's generated in-memory user away.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = AppwriteSecurityAutoConfiguration.class,
		beforeName = {
				"org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
				"org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration" })
@ConditionalOnWebApplication(type = Type.REACTIVE)
@ConditionalOnClass({ EnableWebFluxSecurity.class, WebFilterChainProxy.class })
@ConditionalOnBean({ AppwriteAuthenticator.class, AppwriteSessionClientFactory.class })
public final class AppwriteReactiveSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AppwriteServerHttpSecurity appwriteServerHttpSecurity(AppwriteSecurityProperties properties,
			AppwriteAuthenticator authenticator, AppwriteSessionCookie sessionCookie, AppwriteSessionResolver resolver,
			AppwriteSessionClientFactory sessionClients, ApplicationContext context,
			ObjectProvider<AuthenticationEventPublisher> authenticationEvents,
			ObjectProvider<ObjectPostProcessor<ReactiveAuthenticationManager>> managerPostProcessors,
			ObjectProvider<TrustedDevices> devices, AppwriteClient admin, LoginThrottle throttle,
			ObjectProvider<AppwriteWebhookReceiver> webhook) {
		return new AppwriteServerHttpSecurity(new AppwriteServerHttpSecurity.Parts(properties, authenticator,
				sessionCookie, resolver, sessionClients, context,
				authenticationEvents.getIfUnique(
						() -> AppwriteSignInFailureEvent.mapped(new DefaultAuthenticationEventPublisher(context))),
				managerPostProcessors.getIfUnique(ObjectPostProcessor::identity), devices.getIfAvailable(), admin,
				throttle, webhook.getIfAvailable()));
	}

	@Bean
	@ConditionalOnMissingBean(ReactiveAuthenticationManager.class)
	AppwriteReactiveAuthenticationManager appwriteReactiveAuthenticationManager(AppwriteAuthenticator authenticator) {
		return new AppwriteReactiveAuthenticationManager(authenticator);
	}

	@Bean
	@ConditionalOnMissingBean
	OAuth2CallbackRedactingHandlerDecorator appwriteOAuth2CallbackRedactingHandlerDecorator(
			AppwriteSecurityProperties properties) {
		return new OAuth2CallbackRedactingHandlerDecorator(properties.getEndpoints().secretLinks());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(SecurityWebFilterChain.class)
	static class DefaultAppwriteSecurityWebFilterChainConfiguration {

		@Bean
		SecurityWebFilterChain appwriteSecurityWebFilterChain(ServerHttpSecurity http,
				AppwriteServerHttpSecurity appwrite, AppwriteSecurityProperties properties) {
			return appwrite.configure(http)
				.authorizeExchange(
						(exchanges) -> exchanges.pathMatchers(PublicPaths.of(properties).toArray(String[]::new))
							.permitAll()
							.anyExchange()
							.authenticated())
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(WebFilterChainProxy.class)
	@EnableWebFluxSecurity
	static class EnableWebFluxSecurityConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RouterFunctionMapping.class)
	@ConditionalOnBooleanProperty(name = "appwrite.security.default-pages.enabled", matchIfMissing = true)
	static class DefaultPagesConfiguration {

		/**
		 * After the application's router functions (order -1) and controllers (0), before
		 * static resources ({@code Ordered.LOWEST_PRECEDENCE - 1}). Not a
		 * {@code RouterFunction} bean: WebFlux would put those first.
		 */
		@Bean
		RouterFunctionMapping appwriteDefaultPagesHandlerMapping(AppwriteSecurityProperties properties,
				ApplicationContext context, Environment environment, ObjectProvider<ServerCodecConfigurer> codecs) {
			DefaultPages pages = new DefaultPages(properties, environment.getProperty("spring.application.name"));
			return new DefaultPagesHandler(pages, context).mapping(Ordered.LOWEST_PRECEDENCE - 10,
					codecs.getIfAvailable(ServerCodecConfigurer::create));
		}

	}

}
