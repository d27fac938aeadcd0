package io.github.appwritespring.autoconfigure;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import io.github.appwritespring.client.AppwriteClient;

/**
 * The admin {@link AppwriteClient} (API key), built from
 * {@link AppwriteConnectionDetails} and {@link AppwriteClientCustomizer}s (recording
 * Micrometer observations when an {@link ObservationRegistry} bean exists), the session
 * cookie and the factory of per-request session clients. Works in any application, web or
 * not.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "io.github.appwritespring.autoconfigure.emulator.AppwriteEmulatorAutoConfiguration")
@ConditionalOnClass(AppwriteClient.class)
@EnableConfigurationProperties(AppwriteProperties.class)
public final class AppwriteAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(AppwriteConnectionDetails.class)
	@ConditionalOnProperty(prefix = AppwriteProperties.PREFIX, name = "endpoint")
	PropertiesAppwriteConnectionDetails appwriteConnectionDetails(AppwriteProperties properties) {
		return new PropertiesAppwriteConnectionDetails(properties);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	@ConditionalOnBean(AppwriteConnectionDetails.class)
	AppwriteClient appwriteClient(AppwriteProperties properties, AppwriteConnectionDetails connectionDetails,
			ObjectProvider<AppwriteClientCustomizer> customizers,
			ObjectProvider<ObservationRegistry> observationRegistry) {
		AppwriteClient.Builder builder = AppwriteClient.builder()
			.endpoint(connectionDetails.getEndpoint())
			.projectId(connectionDetails.getProjectId())
			.apiKey(connectionDetails.getApiKey())
			.locale(properties.getLocale())
			.selfSigned(properties.isSelfSigned())
			.connectTimeout(properties.getConnectTimeout())
			.responseTimeout(properties.getResponseTimeout())
			.maxConnections(properties.getMaxConnections());
		observationRegistry.ifAvailable(builder::observationRegistry);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(AppwriteClient.class)
	AppwriteSessionCookie appwriteSessionCookie(AppwriteClient admin, AppwriteProperties properties,
			ObjectProvider<AppwriteSessionCookieCustomizer> customizers) {
		AppwriteProperties.SessionCookie settings = properties.getSessionCookie();
		return new AppwriteSessionCookie(AppwriteSessionCookie.name(admin.getProjectId(), settings.isHostPrefix()),
				settings.isSecure() || settings.isHostPrefix(), settings.getSameSite().attribute(),
				customizers.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(AppwriteClient.class)
	AppwriteSessionClientFactory appwriteSessionClientFactory(AppwriteClient admin, AppwriteSessionCookie sessionCookie,
			AppwriteProperties properties) {
		return new AppwriteSessionClientFactory(admin, sessionCookie.name(), properties.isForwardUserAgent());
	}

}
