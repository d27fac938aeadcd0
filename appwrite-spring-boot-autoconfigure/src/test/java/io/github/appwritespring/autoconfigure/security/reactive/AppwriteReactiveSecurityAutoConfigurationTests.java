package io.github.appwritespring.autoconfigure.security.reactive;

import java.util.List;

import io.github.appwritespring.autoconfigure.AppwriteAutoConfiguration;
import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthoritiesMapper;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityAutoConfiguration;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionCookies;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.autoconfigure.security.LabelAuthoritiesMapper;
import io.github.appwritespring.autoconfigure.security.throttle.InMemoryLoginThrottleStore;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottleStore;
import io.github.appwritespring.autoconfigure.web.reactive.AppwriteReactiveAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.web.server.SecurityWebFilterChain;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WebFlux security auto-configuration's conditions: what it adds by default, and when it backs off.
 */
class AppwriteReactiveSecurityAutoConfigurationTests {

	private static final String[] CONNECTION = { "appwrite.endpoint=http://127.0.0.1:9/v1",
			"appwrite.project-id=shop", "appwrite.api-key=standard_secret_key_value" };

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AppwriteAutoConfiguration.class,
				AppwriteReactiveAutoConfiguration.class, AppwriteSecurityAutoConfiguration.class,
				AppwriteReactiveSecurityAutoConfiguration.class, SecurityAutoConfiguration.class,
				ReactiveWebSecurityAutoConfiguration.class, ReactiveUserDetailsServiceAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader("io.github.appwritespring.emulator"))
		.withPropertyValues(CONNECTION);

	@Test
	void byDefaultTheAppwriteChainAndItsPartsAreThere() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(SecurityWebFilterChain.class)
				.hasBean("appwriteSecurityWebFilterChain")
				.hasSingleBean(AppwriteServerHttpSecurity.class)
				.hasSingleBean(AppwriteAuthenticator.class)
				.hasSingleBean(AppwriteSessionResolver.class)
				.hasSingleBean(AppwriteSessionCookies.class)
				.hasSingleBean(OAuth2CallbackRedactingHandlerDecorator.class)
				.hasSingleBean(AppwriteReactiveAuthenticationManager.class)
				.doesNotHaveBean(ReactiveUserDetailsService.class);
			assertThat(context.getBean(LoginThrottleStore.class)).isInstanceOf(InMemoryLoginThrottleStore.class);
			assertThat(context.getBean(AppwriteAuthoritiesMapper.class)).isInstanceOf(LabelAuthoritiesMapper.class);
		});
	}

	@Test
	void theDefaultChainBacksOffForTheApplicationsOwn() {
		this.runner.withUserConfiguration(OwnChain.class).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(SecurityWebFilterChain.class).hasBean("ownChain");
			assertThat(context).doesNotHaveBean("appwriteSecurityWebFilterChain");
			assertThat(context).hasSingleBean(AppwriteServerHttpSecurity.class)
				.hasSingleBean(AppwriteAuthenticator.class)
				.doesNotHaveBean(ReactiveUserDetailsService.class);
		});
	}

	@Test
	void applicationBeansReplaceTheDefaults() {
		this.runner.withUserConfiguration(OwnParts.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(AppwriteAuthoritiesMapper.class)).isSameAs(OwnParts.MAPPER);
			assertThat(context.getBean(LoginThrottleStore.class)).isSameAs(OwnParts.STORE);
			assertThat(context.getBean(ReactiveAuthenticationManager.class)).isSameAs(OwnParts.MANAGER);
			assertThat(context).doesNotHaveBean(AppwriteReactiveAuthenticationManager.class);
		});
	}

	@Test
	void disabledByProperty() {
		this.runner.withPropertyValues("appwrite.security.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(AppwriteAuthenticator.class)
				.doesNotHaveBean(AppwriteServerHttpSecurity.class)
				.doesNotHaveBean(OAuth2CallbackRedactingHandlerDecorator.class)
				.doesNotHaveBean("appwriteSecurityWebFilterChain")
				.as("Spring Boot's generated user is back: proof that the default keeps it away")
				.hasSingleBean(ReactiveUserDetailsService.class);
		});
	}

	@Test
	void aServletApplicationGetsNothingReactive() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(AppwriteAutoConfiguration.class,
					AppwriteSecurityAutoConfiguration.class, AppwriteReactiveSecurityAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader("io.github.appwritespring.emulator"))
			.withPropertyValues(CONNECTION)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(AppwriteAuthenticator.class)
				.doesNotHaveBean(SecurityWebFilterChain.class)
				.doesNotHaveBean(AppwriteServerHttpSecurity.class)
				.doesNotHaveBean(AppwriteReactiveAuthenticationManager.class)
				.doesNotHaveBean(OAuth2CallbackRedactingHandlerDecorator.class));
	}

	@Test
	void withoutSpringSecurityNothingSecurityRelatedIsMade() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(AppwriteAutoConfiguration.class,
					AppwriteReactiveAutoConfiguration.class, AppwriteSecurityAutoConfiguration.class,
					AppwriteReactiveSecurityAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader("io.github.appwritespring.emulator", "org.springframework.security"))
			.withPropertyValues(CONNECTION)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(AppwriteSessionClientFactory.class)
				.doesNotHaveBean(AppwriteAuthenticator.class)
				.doesNotHaveBean(AppwriteServerHttpSecurity.class)
				.doesNotHaveBean(OAuth2CallbackRedactingHandlerDecorator.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnChain {

		@Bean
		SecurityWebFilterChain ownChain(ServerHttpSecurity http, AppwriteServerHttpSecurity appwrite) {
			return appwrite.loginPage("/sign-in")
				.configure(http)
				.authorizeExchange((exchanges) -> exchanges.anyExchange().authenticated())
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnParts {

		static final AppwriteAuthoritiesMapper MAPPER = (user, teams) -> List.of();

		static final LoginThrottleStore STORE = new InMemoryLoginThrottleStore(10);

		static final ReactiveAuthenticationManager MANAGER = (authentication) -> Mono.empty();

		@Bean
		AppwriteAuthoritiesMapper ownMapper() {
			return MAPPER;
		}

		@Bean
		LoginThrottleStore ownStore() {
			return STORE;
		}

		@Bean
		ReactiveAuthenticationManager ownManager() {
			return MANAGER;
		}

	}

}
