package io.github.appwritespring.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

import io.github.appwritespring.client.AppwriteClient;

/**
 * Appwrite's health in the actuator's health endpoint, when Spring Boot's health support
 * is present. {@code management.health.appwrite.enabled=false} turns it off.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = AppwriteAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(AppwriteClient.class)
@ConditionalOnEnabledHealthIndicator("appwrite")
public final class AppwriteHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "appwriteHealthIndicator")
	AppwriteHealthIndicator appwriteHealthIndicator(AppwriteClient admin) {
		return new AppwriteHealthIndicator(admin);
	}

}
