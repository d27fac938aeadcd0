package io.github.appwritespring.autoconfigure.security.servlet;

import java.util.List;

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
import org.springframework.security.web.webauthn.management.MapUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import io.github.appwritespring.autoconfigure.AppwriteAutoConfiguration;
import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;
import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityAutoConfiguration;
import io.github.appwritespring.autoconfigure.security.SecurityAutoConfigurationTests;
import io.github.appwritespring.autoconfigure.security.passkeys.AppwriteUserCredentialRepository;
import io.github.appwritespring.autoconfigure.security.passkeys.AppwriteUserEntityRepository;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyChallenges;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyRelyingParty;
import io.github.appwritespring.autoconfigure.web.servlet.AppwriteServletAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The servlet security auto-configuration's conditions: the shared ones, and the servlet
 * chain, cookie customizers and the Redis store's failure.
 */
class AppwriteServletSecurityAutoConfigurationTests extends SecurityAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AppwriteAutoConfiguration.class,
				AppwriteServletAutoConfiguration.class, AppwriteSecurityAutoConfiguration.class,
				AppwriteServletSecurityAutoConfiguration.class, SecurityAutoConfiguration.class,
				ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader("io.github.appwritespring.emulator"))
		.withPropertyValues(CONNECTION);

	@Override
	protected WebApplicationContextRunner runner() {
		return this.runner;
	}

	@Override
	protected Class<?> chainType() {
		return SecurityFilterChain.class;
	}

	@Override
	protected String defaultChain() {
		return "appwriteSecurityFilterChain";
	}

	@Override
	protected Class<?> userDetailsService() {
		return UserDetailsService.class;
	}

	@Override
	protected List<Class<?>> stackParts() {
		return List.of(OAuth2CallbackRedactingFilter.class, AppwriteEmailPasswordAuthenticationProvider.class);
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
	void passkeysAreOffByDefault() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(UserCredentialRepository.class)
			.doesNotHaveBean(PasskeyRelyingParty.class));
	}

	@Test
	void passkeysOnKeepThemInAppwriteUnlessTheApplicationKeepsThemElsewhere() {
		this.runner.withPropertyValues("appwrite.security.passkeys.enabled=true").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(UserCredentialRepository.class))
				.isInstanceOf(AppwriteUserCredentialRepository.class);
			assertThat(context.getBean(PublicKeyCredentialUserEntityRepository.class))
				.isInstanceOf(AppwriteUserEntityRepository.class);
			assertThat(context).hasSingleBean(PasskeyRelyingParty.class).hasSingleBean(PasskeyChallenges.class);
		});
		this.runner.withPropertyValues("appwrite.security.passkeys.enabled=true")
			.withBean(UserCredentialRepository.class, MapUserCredentialRepository::new)
			.run((context) -> assertThat(context.getBean(UserCredentialRepository.class))
				.isInstanceOf(MapUserCredentialRepository.class));
	}

	@Test
	void cookieCustomizersApplyInOrder() {
		this.runner.withUserConfiguration(Customizers.class)
			.withPropertyValues("appwrite.session-cookie.host-prefix=true", "appwrite.session-cookie.same-site=lax")
			.run((context) -> {
				ResponseCookie cookie = context.getBean(AppwriteSessionCookie.class).set("s3cr3t", null);
				assertThat(cookie.getName()).isEqualTo("__Host-a_session_shop");
				assertThat(cookie.getSameSite()).isEqualTo("Lax");
				assertThat(cookie.isSecure()).isTrue();
				assertThat(cookie.isPartitioned()).isTrue();
				assertThat(context.getBean(AppwriteSessionClientFactory.class).getCookieName())
					.as("the session client reads the same name")
					.isEqualTo("__Host-a_session_shop");
			});
	}

	@Test
	void aReactiveApplicationGetsNoServletChain() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(AppwriteAutoConfiguration.class,
					AppwriteSecurityAutoConfiguration.class, AppwriteServletSecurityAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader("io.github.appwritespring.emulator"))
			.withPropertyValues(CONNECTION)
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
	static class Customizers {

		@Bean
		@org.springframework.core.annotation.Order(1)
		io.github.appwritespring.autoconfigure.AppwriteSessionCookieCustomizer partitioned() {
			return (cookie) -> cookie.partitioned(true);
		}

	}

}
