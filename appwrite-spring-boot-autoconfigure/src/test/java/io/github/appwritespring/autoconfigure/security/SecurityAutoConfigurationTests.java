package io.github.appwritespring.autoconfigure.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;
import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.throttle.InMemoryLoginThrottleStore;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottleStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the security auto-configuration of either stack adds by default, and when it backs
 * off. A subclass gives its stack's context runner (with a connection to an Appwrite that
 * is never called, and without the emulator) and the beans its stack adds.
 */
public abstract class SecurityAutoConfigurationTests {

	/** An Appwrite connection that is never called. */
	public static final String[] CONNECTION = { "appwrite.endpoint=http://127.0.0.1:9/v1", "appwrite.project-id=shop",
			"appwrite.api-key=standard_secret_key_value" };

	/**
	 * @return the stack's runner with the Appwrite, Spring Security and Spring Boot
	 * security auto-configurations
	 */
	protected abstract AbstractApplicationContextRunner<?, ?, ?> runner();

	/**
	 * @return the stack's filter chain type
	 */
	protected abstract Class<?> chainType();

	/**
	 * @return the default chain's bean name
	 */
	protected abstract String defaultChain();

	/**
	 * @return the stack's user details service type, which Spring Boot would fill with a
	 * generated user
	 */
	protected abstract Class<?> userDetailsService();

	/**
	 * @return the beans the stack's auto-configuration adds besides the default chain
	 */
	protected abstract List<Class<?>> stackParts();

	@Test
	void byDefaultTheAppwriteChainAndItsPartsAreThere() {
		runner().run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(chainType())
				.hasBean(defaultChain())
				.hasSingleBean(AppwriteAuthenticator.class)
				.hasSingleBean(AppwriteSessionResolver.class)
				.hasSingleBean(AppwriteSessionCookie.class)
				.doesNotHaveBean(userDetailsService());
			stackParts().forEach((part) -> assertThat(context).hasSingleBean(part));
			assertThat(context.getBean(LoginThrottleStore.class)).isInstanceOf(InMemoryLoginThrottleStore.class);
			assertThat(context.getBean(AppwriteAuthoritiesMapper.class)).isInstanceOf(LabelAuthoritiesMapper.class);
		});
	}

	@Test
	void applicationBeansReplaceTheDefaults() {
		runner().withUserConfiguration(OwnParts.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(AppwriteAuthoritiesMapper.class)).isSameAs(OwnParts.MAPPER);
			assertThat(context.getBean(LoginThrottleStore.class)).isSameAs(OwnParts.STORE);
		});
	}

	@Test
	void theThrottleMeasuresItsWaitsOnTheApplicationsClock() {
		MovableClock clock = new MovableClock();
		runner().withBean(Clock.class, () -> clock)
			.withPropertyValues("appwrite.security.throttle.account-free-failures=0")
			.run((context) -> {
				LoginThrottle throttle = context.getBean(LoginThrottle.class);
				throttle.reserve(null, "clock@example.com", null).block();
				assertThat(throttle.retryAfter(null, "clock@example.com").block()).isEqualTo(Duration.ofSeconds(1));
				clock.advance(Duration.ofSeconds(1));
				assertThat(throttle.retryAfter(null, "clock@example.com").block()).isZero();
			});
	}

	@Test
	void disabledByProperty() {
		runner().withPropertyValues("appwrite.security.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(AppwriteAuthenticator.class)
				.doesNotHaveBean(defaultChain())
				.as("Spring Boot's generated user is back: proof that the default keeps it away")
				.hasSingleBean(userDetailsService());
			stackParts().forEach((part) -> assertThat(context).doesNotHaveBean(part));
		});
	}

	@Test
	void withoutSpringSecurityNothingSecurityRelatedIsMade() {
		runner()
			.withClassLoader(
					new FilteredClassLoader("io.github.appwritespring.emulator", "org.springframework.security"))
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(AppwriteSessionClientFactory.class)
					.doesNotHaveBean(AppwriteAuthenticator.class);
				stackParts().forEach((part) -> assertThat(context).doesNotHaveBean(part));
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnParts {

		static final AppwriteAuthoritiesMapper MAPPER = (user, teams) -> List.of();

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

}
