package io.github.appwritespring.autoconfigure.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.core.AuthenticationException;

import io.github.appwritespring.autoconfigure.AppwriteAutoConfiguration;
import io.github.appwritespring.autoconfigure.AppwriteConnectionDetails;
import io.github.appwritespring.autoconfigure.security.throttle.InMemoryLoginThrottleStore;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottleStore;
import io.github.appwritespring.autoconfigure.security.throttle.RedisLoginThrottleStore;
import io.github.appwritespring.autoconfigure.security.throttle.TrustedDevices;
import io.github.appwritespring.client.AppwriteClient;

/**
 * The parts of the Spring Security integration both web stacks share: the authenticator
 * (sign-in, sign-up, OAuth2 exchange, sign-out), session resolution with its optional
 * cache, authorities and login throttling (in memory, or in Redis with
 * {@code appwrite.security.throttle.store=redis}).
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = AppwriteAutoConfiguration.class,
		afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration")
@ConditionalOnClass(AuthenticationException.class)
@ConditionalOnBooleanProperty(name = "appwrite.security.enabled", matchIfMissing = true)
@ConditionalOnBean(AppwriteClient.class)
@EnableConfigurationProperties(AppwriteSecurityProperties.class)
@ImportRuntimeHints(AppwriteSecurityRuntimeHints.class)
public final class AppwriteSecurityAutoConfiguration {

	private static final String REDIS_NEEDED = "appwrite.security.throttle.store=redis needs a Redis connection: "
			+ "add spring-boot-starter-data-redis and set spring.data.redis.host (or spring.data.redis.url), or set "
			+ "appwrite.security.throttle.store=memory";

	/**
	 * Makes Spring Security's default {@code AuthenticationEventPublisher} publish failed
	 * Appwrite sign-ins.
	 * @return the post-processor
	 */
	@Bean
	static AppwriteSignInFailureEventMapping appwriteSignInFailureEventMapping() {
		return new AppwriteSignInFailureEventMapping();
	}

	@Bean
	@ConditionalOnMissingBean
	AppwriteAuthoritiesMapper appwriteAuthoritiesMapper(AppwriteSecurityProperties properties) {
		return new LabelAuthoritiesMapper(properties.getAuthorities().getLabelPrefix(),
				properties.getAuthorities().getTeamPrefix());
	}

	/**
	 * The login throttle. Its waits are measured on the application's {@link Clock} bean
	 * when there is exactly one (so tests can move time instead of sleeping), else on the
	 * system clock.
	 * @param store where failures are counted
	 * @param properties the security settings
	 * @param clock the application's clock, if it declares one
	 * @return the login throttle
	 */
	@Bean
	@ConditionalOnMissingBean
	LoginThrottle appwriteLoginThrottle(LoginThrottleStore store, AppwriteSecurityProperties properties,
			ObjectProvider<TrustedDevices> devices, ObjectProvider<Clock> clock) {
		return new LoginThrottle(store, properties.getThrottle().toPolicy(), devices.getIfAvailable(),
				clock.getIfUnique(Clock::systemUTC));
	}

	/**
	 * Signs and checks trusted-device cookies. The signing secret is
	 * {@code appwrite.security.throttle.trusted-device.secret}, else derived from the API
	 * key, so every instance of the application agrees without more configuration.
	 * @param properties the security settings
	 * @param connection the Appwrite connection, whose API key the secret derives from
	 * @param clock the application's clock, if it declares one
	 * @return the trusted devices
	 */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "appwrite.security.throttle.trusted-device.enabled", matchIfMissing = true)
	TrustedDevices appwriteTrustedDevices(AppwriteSecurityProperties properties,
			ObjectProvider<AppwriteConnectionDetails> connection, ObjectProvider<Clock> clock) {
		AppwriteSecurityProperties.Throttle.TrustedDevice settings = properties.getThrottle().getTrustedDevice();
		return new TrustedDevices(trustedDeviceSecret(settings, connection.getIfAvailable()), settings.getLifetime(),
				clock.getIfUnique(Clock::systemUTC));
	}

	private static byte[] trustedDeviceSecret(AppwriteSecurityProperties.Throttle.TrustedDevice settings,
			@Nullable AppwriteConnectionDetails connection) {
		String secret = settings.getSecret();
		if (secret != null && !secret.isBlank()) {
			if (secret.length() < 16) {
				throw new IllegalArgumentException(
						"appwrite.security.throttle.trusted-device.secret is too short: use at least 16 characters "
								+ "(e.g. 32 random ones), the same on every instance");
			}
			return secret.getBytes(StandardCharsets.UTF_8);
		}
		String apiKey = (connection != null) ? connection.getApiKey() : null;
		if (apiKey != null && !apiKey.isBlank()) {
			return TrustedDevices.deriveSecret(apiKey);
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return random;
	}

	@Bean
	@ConditionalOnMissingBean
	AppwriteAuthenticator appwriteAuthenticator(AppwriteClient admin, LoginThrottle throttle,
			AppwriteAuthoritiesMapper authoritiesMapper, AppwriteSecurityProperties properties) {
		return new AppwriteAuthenticator(admin, throttle, authoritiesMapper, properties.getAuthorities().isTeams(),
				properties.getMfa().isEnabled(), properties.getAuthorities().isFactors());
	}

	@Bean
	@ConditionalOnMissingBean
	AppwriteSessionResolver appwriteSessionResolver(AppwriteAuthenticator authenticator,
			AppwriteSecurityProperties properties) {
		AppwriteSecurityProperties.Cache cache = properties.getCache();
		return new AppwriteSessionResolver(authenticator, cache.effectiveTtl(properties.getEvents().isEnabled()),
				cache.getMaxSize(), cache.getRefusedTtl());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "appwrite.security.throttle.store", havingValue = "memory", matchIfMissing = true)
	static class InMemoryThrottleStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean
		LoginThrottleStore appwriteLoginThrottleStore() {
			return new InMemoryLoginThrottleStore(100_000);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "appwrite.security.throttle.store", havingValue = "redis")
	@ConditionalOnClass(ReactiveStringRedisTemplate.class)
	static class RedisThrottleStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean
		LoginThrottleStore appwriteLoginThrottleStore(ObjectProvider<ReactiveStringRedisTemplate> redis,
				AppwriteSecurityProperties properties) {
			ReactiveStringRedisTemplate template = redis.getIfAvailable();
			if (template == null) {
				throw new IllegalStateException(REDIS_NEEDED);
			}
			return new RedisLoginThrottleStore(template, properties.getThrottle().getRedisKeyPrefix());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "appwrite.security.throttle.store", havingValue = "redis")
	@ConditionalOnMissingClass("org.springframework.data.redis.core.ReactiveStringRedisTemplate")
	static class MissingRedisConfiguration {

		@Bean
		@ConditionalOnMissingBean
		LoginThrottleStore appwriteLoginThrottleStore() {
			throw new IllegalStateException(REDIS_NEEDED);
		}

	}

}
