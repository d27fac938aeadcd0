package io.github.appwritespring.autoconfigure.security.events;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.appwritespring.autoconfigure.AppwriteAutoConfiguration;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityAutoConfiguration;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.autoconfigure.security.SecurityAutoConfigurationTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook's beans: off without a signature key, and then the cache as before; on with
 * it, with the cache on by default; the failures that say what to set.
 */
class SessionEventsAutoConfigurationTests {

	private static final String[] WEBHOOK = { "appwrite.security.events.signature-key=k",
			"appwrite.security.events.url=https://app.example.com/auth/appwrite/events" };

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AppwriteAutoConfiguration.class,
				AppwriteSecurityAutoConfiguration.class, AppwriteSessionEventsAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader("io.github.appwritespring.emulator"))
		.withPropertyValues(SecurityAutoConfigurationTests.CONNECTION);

	@Test
	void offWithoutASignatureKeyAndTheCacheStaysOff() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(AppwriteWebhookReceiver.class)
				.doesNotHaveBean(SessionEvictions.class)
				.doesNotHaveBean(SessionEventsHealthIndicator.class);
			assertThat(context.getBean(AppwriteSessionResolver.class).isCaching()).isFalse();
		});
	}

	@Test
	void onWithASignatureKeyWithTheCacheLocalEvictionsAndAHealthIndicator() {
		this.runner.withPropertyValues(WEBHOOK).run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(AppwriteWebhookReceiver.class)
				.hasSingleBean(SessionEventsHealthIndicator.class);
			assertThat(context.getBean(SessionEvictions.class)).isInstanceOf(LocalSessionEvictions.class);
			assertThat(context.getBean(AppwriteSessionResolver.class).isCaching()).isTrue();
			assertThat(context.getBean(WebhookCounter.class)).isSameAs(WebhookCounter.NONE);
			assertThat(context.getBean(SessionEventsHealthIndicator.class).health().getDetails())
				.containsEntry("broadcast", "local")
				.containsEntry("caching", true);
		});
	}

	@Test
	void theCacheCanStillBeTurnedOff() {
		this.runner.withPropertyValues(WEBHOOK)
			.withPropertyValues("appwrite.security.cache.enabled=false")
			.run((context) -> assertThat(context.getBean(AppwriteSessionResolver.class).isCaching()).isFalse());
	}

	@Test
	void theTtlIsFiveMinutesWithTheWebhookAndThirtySecondsWithout() {
		AppwriteSecurityProperties.Cache cache = new AppwriteSecurityProperties.Cache();
		assertThat(cache.effectiveTtl(false)).isNull();
		assertThat(cache.effectiveTtl(true)).isEqualTo(Duration.ofMinutes(5));
		cache.setEnabled(true);
		assertThat(cache.effectiveTtl(false)).isEqualTo(Duration.ofSeconds(30));
		cache.setTtl(Duration.ofSeconds(7));
		assertThat(cache.effectiveTtl(true)).isEqualTo(Duration.ofSeconds(7));
	}

	@Test
	void deliveriesAreCountedInMicrometerWhenThereIsARegistry() {
		this.runner.withPropertyValues(WEBHOOK)
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> {
				assertThat(context.getBean(WebhookCounter.class)).isInstanceOf(MicrometerWebhookCounter.class);
				assertThat(context.getBean(MeterRegistry.class).find(MicrometerWebhookCounter.NAME).counters())
					.hasSize(WebhookOutcome.values().length);
			});
	}

	@Test
	void aKeyWithoutTheUrlSaysWhatToSet() {
		this.runner.withPropertyValues("appwrite.security.events.signature-key=k")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("appwrite.security.events.url is required"));
	}

	@Test
	void redisBroadcastWithoutRedisSaysWhatToAdd() {
		this.runner.withPropertyValues(WEBHOOK)
			.withPropertyValues("appwrite.security.events.broadcast=redis")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("appwrite.security.events.broadcast=redis needs a Redis connection"));
		this.runner.withPropertyValues(WEBHOOK)
			.withPropertyValues("appwrite.security.events.broadcast=redis")
			.withClassLoader(
					new FilteredClassLoader("io.github.appwritespring.emulator", "org.springframework.data.redis"))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("spring-boot-starter-data-redis"));
	}

}
