package io.github.appwritespring.autoconfigure.security.servlet;

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
import io.github.appwritespring.autoconfigure.web.servlet.AppwriteServletAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseCookie;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The servlet security auto-configuration's conditions: what it adds by default, and when it backs off.
 */
class AppwriteServletSecurityAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AppwriteAutoConfiguration.class, AppwriteServletAutoConfiguration.class,
				AppwriteSecurityAutoConfiguration.class, AppwriteServletSecurityAutoConfiguration.class,
				SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
				UserDetailsServiceAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader("io.github.appwritespring.emulator"))
		.withPropertyValues("appwrite.endpoint=http://127.0.0.1:9/v1", "appwrite.project-id=shop",
				"appwrite.api-key=standard_secret_key_value");

	@Test
	void byDefaultTheAppwriteChainAndItsPartsAreThere() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(SecurityFilterChain.class)
				.hasBean("appwriteSecurityFilterChain")
				.hasSingleBean(AppwriteAuthenticator.class)
				.hasSingleBean(AppwriteSessionResolver.class)
				.hasSingleBean(AppwriteSessionCookies.class)
				.hasSingleBean(OAuth2CallbackRedactingFilter.class)
				.hasSingleBean(AppwriteEmailPasswordAuthenticationProvider.class)
				.doesNotHaveBean(UserDetailsService.class);
			assertThat(context.getBean(LoginThrottleStore.class)).isInstanceOf(InMemoryLoginThrottleStore.class);
			assertThat(context.getBean(AppwriteAuthoritiesMapper.class)).isInstanceOf(LabelAuthoritiesMapper.class);
		});
	}

	@Test
	void theDefaultChainBacksOffForTheApplicationsOwn() {
		this.runner.withUserConfiguration(OwnChain.class).run((context) -> {
			assertThat(context).hasSingleBean(SecurityFilterChain.class).hasBean("ownChain");
			assertThat(context).doesNotHaveBean("appwriteSecurityFilterChain");
			assertThat(context).hasSingleBean(AppwriteAuthenticator.class);
		});
	}

	@Test
	void applicationBeansReplaceTheDefaults() {
		this.runner.withUserConfiguration(OwnParts.class).run((context) -> {
			assertThat(context.getBean(AppwriteAuthoritiesMapper.class)).isSameAs(OwnParts.MAPPER);
			assertThat(context.getBean(LoginThrottleStore.class)).isSameAs(OwnParts.STORE);
		});
	}

	@Test
	void cookieCustomizersApplyInOrder() {
		this.runner.withUserConfiguration(Customizers.class)
			.withPropertyValues("appwrite.security.cookie.host-prefix=true", "appwrite.security.cookie.same-site=lax")
			.run((context) -> {
				ResponseCookie cookie = context.getBean(AppwriteSessionCookies.class).session("s3cr3t", null);
				assertThat(cookie.getName()).isEqualTo("__Host-a_session_shop");
				assertThat(cookie.getSameSite()).isEqualTo("Lax");
				assertThat(cookie.isSecure()).isTrue();
				assertThat(cookie.isPartitioned()).isTrue();
				assertThat(context.getBean(AppwriteSessionClientFactory.class).getCookieName())
					.as("the session client reads the same name").isEqualTo("__Host-a_session_shop");
			});
	}

	@Test
	void disabledByProperty() {
		this.runner.withPropertyValues("appwrite.security.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(AppwriteAuthenticator.class)
				.doesNotHaveBean("appwriteSecurityFilterChain");
		});
	}

	@Test
	void withoutSpringSecurityNothingSecurityRelatedIsMade() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(AppwriteAutoConfiguration.class,
					AppwriteSecurityAutoConfiguration.class, AppwriteServletSecurityAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader("io.github.appwritespring.emulator", "org.springframework.security"))
			.withPropertyValues("appwrite.endpoint=http://127.0.0.1:9/v1", "appwrite.project-id=shop",
					"appwrite.api-key=k")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(AppwriteSessionClientFactory.class)
				.doesNotHaveBean(AppwriteAuthenticator.class));
	}

	@Test
	void aReactiveApplicationGetsNoServletChain() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(AppwriteAutoConfiguration.class,
					AppwriteSecurityAutoConfiguration.class, AppwriteServletSecurityAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader("io.github.appwritespring.emulator"))
			.withPropertyValues("appwrite.endpoint=http://127.0.0.1:9/v1", "appwrite.project-id=shop",
					"appwrite.api-key=k")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(AppwriteAuthenticator.class)
				.doesNotHaveBean(SecurityFilterChain.class)
				.doesNotHaveBean(OAuth2CallbackRedactingFilter.class));
	}

	@Test
	void aRedisStoreWithoutRedisFailsWithAClearMessage() {
		this.runner.withPropertyValues("appwrite.security.throttle.store=redis").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("appwrite.security.throttle.store=redis needs a Redis connection")
				.hasMessageContaining("spring-boot-starter-data-redis")
				.hasMessageContaining("appwrite.security.throttle.store=memory");
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnChain {

		@Bean
		SecurityFilterChain ownChain(HttpSecurity http) throws Exception {
			return http.with(AppwriteHttpConfigurer.appwrite(), (appwrite) -> appwrite.loginPage("/sign-in")).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnParts {

		static final AppwriteAuthoritiesMapper MAPPER = (user, teams) -> java.util.List.of();

		static final LoginThrottleStore STORE = new InMemoryLoginThrottleStore(10);

		@Bean
		AppwriteAuthoritiesMapper ownMapper() {
			return MAPPER;
		}

		@Bean
		LoginThrottleStore ownStore() {
			return STORE;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Customizers {

		@Bean
		@org.springframework.core.annotation.Order(1)
		io.github.appwritespring.autoconfigure.security.AppwriteSessionCookieCustomizer partitioned() {
			return (cookie) -> cookie.partitioned(true);
		}

	}

}
