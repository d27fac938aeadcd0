package io.github.appwritespring.autoconfigure.security.reactive;

import java.util.List;

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

import io.github.appwritespring.autoconfigure.AppwriteAutoConfiguration;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityAutoConfiguration;
import io.github.appwritespring.autoconfigure.security.SecurityAutoConfigurationTests;
import io.github.appwritespring.autoconfigure.web.reactive.AppwriteReactiveAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WebFlux security auto-configuration's conditions: the shared ones, and the reactive
 * chain backing off, an application's authentication manager, and nothing reactive in a
 * servlet application.
 */
class AppwriteReactiveSecurityAutoConfigurationTests extends SecurityAutoConfigurationTests {

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AppwriteAutoConfiguration.class,
				AppwriteReactiveAutoConfiguration.class, AppwriteSecurityAutoConfiguration.class,
				AppwriteReactiveSecurityAutoConfiguration.class, SecurityAutoConfiguration.class,
				ReactiveWebSecurityAutoConfiguration.class, ReactiveUserDetailsServiceAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader("io.github.appwritespring.emulator"))
		.withPropertyValues(CONNECTION);

	@Override
	protected ReactiveWebApplicationContextRunner runner() {
		return this.runner;
	}

	@Override
	protected Class<?> chainType() {
		return SecurityWebFilterChain.class;
	}

	@Override
	protected String defaultChain() {
		return "appwriteSecurityWebFilterChain";
	}

	@Override
	protected Class<?> userDetailsService() {
		return ReactiveUserDetailsService.class;
	}

	@Override
	protected List<Class<?>> stackParts() {
		return List.of(AppwriteServerHttpSecurity.class, AppwriteReactiveAuthenticationManager.class,
				OAuth2CallbackRedactingHandlerDecorator.class);
	}

	/**
	 * Spring Security has no reactive WebAuthn: passkeys are servlet-only, and harmless
	 * here.
	 */
	@Test
	void passkeysOnLeaveAReactiveApplicationWorkingWithoutThem() {
		this.runner.withPropertyValues("appwrite.security.passkeys.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(SecurityWebFilterChain.class)
				.doesNotHaveBean(org.springframework.security.web.webauthn.management.UserCredentialRepository.class));
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
	void anApplicationsAuthenticationManagerReplacesOurs() {
		this.runner.withUserConfiguration(OwnManager.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(ReactiveAuthenticationManager.class)).isSameAs(OwnManager.MANAGER);
			assertThat(context).doesNotHaveBean(AppwriteReactiveAuthenticationManager.class);
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
	static class OwnManager {

		static final ReactiveAuthenticationManager MANAGER = (authentication) -> Mono.empty();

		@Bean
		ReactiveAuthenticationManager ownManager() {
			return MANAGER;
		}

	}

}
