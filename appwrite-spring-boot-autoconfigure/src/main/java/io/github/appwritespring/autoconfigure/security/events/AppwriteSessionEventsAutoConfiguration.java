package io.github.appwritespring.autoconfigure.security.events;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import io.github.appwritespring.autoconfigure.security.AppwriteSecurityAutoConfiguration;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.client.AppwriteClient;

/**
 * Appwrite's webhook, once {@code appwrite.security.events.signature-key} is set: the
 * receiver both web stacks' endpoints use, how evictions reach the instances
 * ({@code appwrite.security.events.broadcast}: {@code local}, or {@code redis} through
 * Spring Data Redis), a Micrometer counter of deliveries when Micrometer is there, and
 * the {@code appwriteSessionEvents} health indicator when Spring Boot's health support
 * is.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = AppwriteSecurityAutoConfiguration.class,
		afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration")
@ConditionalOnBean({ AppwriteSessionResolver.class, AppwriteClient.class })
@ConditionalOnProperty(name = "appwrite.security.events.signature-key")
public final class AppwriteSessionEventsAutoConfiguration {

	private static final String REDIS_NEEDED = "appwrite.security.events.broadcast=redis needs a Redis connection: "
			+ "add spring-boot-starter-data-redis and set spring.data.redis.host (or spring.data.redis.url), or set "
			+ "appwrite.security.events.broadcast=local";

	@Bean
	@ConditionalOnMissingBean
	AppwriteWebhookReceiver appwriteWebhookReceiver(AppwriteSecurityProperties properties, AppwriteClient admin,
			SessionEvictions evictions, ObjectProvider<WebhookCounter> counter, ApplicationEventPublisher publisher) {
		return AppwriteWebhookReceiver.of(properties.getEvents(), properties.getAuthorities().isTeams(),
				admin.getProjectId(), evictions, counter.getIfUnique(() -> WebhookCounter.NONE), publisher);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "appwrite.security.events.broadcast", havingValue = "local", matchIfMissing = true)
	static class LocalEvictionsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		SessionEvictions appwriteSessionEvictions(AppwriteSessionResolver resolver) {
			return new LocalSessionEvictions(resolver);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "appwrite.security.events.broadcast", havingValue = "redis")
	@ConditionalOnClass(ReactiveStringRedisTemplate.class)
	static class RedisEvictionsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		SessionEvictions appwriteSessionEvictions(ObjectProvider<ReactiveStringRedisTemplate> redis,
				AppwriteSessionResolver resolver, AppwriteSecurityProperties properties) {
			ReactiveStringRedisTemplate template = redis.getIfAvailable();
			if (template == null) {
				throw new IllegalStateException(REDIS_NEEDED);
			}
			AppwriteSecurityProperties.Events events = properties.getEvents();
			return new RedisSessionEvictions(template, resolver, events.getRedisChannel(), events.getRedisHeartbeat());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "appwrite.security.events.broadcast", havingValue = "redis")
	@ConditionalOnMissingClass("org.springframework.data.redis.core.ReactiveStringRedisTemplate")
	static class MissingRedisConfiguration {

		@Bean
		@ConditionalOnMissingBean
		SessionEvictions appwriteSessionEvictions() {
			throw new IllegalStateException(REDIS_NEEDED);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class MicrometerConfiguration {

		@Bean
		@ConditionalOnMissingBean
		WebhookCounter appwriteWebhookCounter(ObjectProvider<MeterRegistry> registry) {
			MeterRegistry meters = registry.getIfUnique();
			return (meters != null) ? new MicrometerWebhookCounter(meters) : WebhookCounter.NONE;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HealthIndicator.class)
	@ConditionalOnEnabledHealthIndicator("appwrite-session-events")
	static class HealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "appwriteSessionEventsHealthIndicator")
		SessionEventsHealthIndicator appwriteSessionEventsHealthIndicator(SessionEvictions evictions,
				AppwriteSessionResolver resolver) {
			return new SessionEventsHealthIndicator(evictions, resolver);
		}

	}

}
