package io.github.appwritespring.autoconfigure;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import io.github.appwritespring.client.AppwriteClient;

/**
 * The admin {@link AppwriteClient} (API key), built from
 * {@link AppwriteConnectionDetails} and {@link AppwriteClientCustomizer}s (recording
 * Micrometer observations when an {@link ObservationRegistry} bean exists), and the
 * factory of per-request session clients. Works in any application, web or not.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "io.github.appwritespring.autoconfigure.emulator.AppwriteEmulatorAutoConfiguration")
@ConditionalOnClass(AppwriteClient.class)
@EnableConfigurationProperties(AppwriteProperties.class)
public final class AppwriteAutoConfiguration {

	private static final String HOST_PREFIX = "appwrite.security.cookie.host-prefix";

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
	AppwriteSessionClientFactory appwriteSessionClientFactory(AppwriteClient admin, AppwriteProperties properties,
			Environment environment) {
		// the cookie's name is a security setting, but the session client reads the
		// cookie
		// with or without Spring Security
		boolean hostPrefix = Binder.get(environment)
			.bind(HOST_PREFIX, Boolean.class)
			.map(Boolean.TRUE::equals)
			.orElse(false);
		return new AppwriteSessionClientFactory(admin, AppwriteSessionCookie.name(admin.getProjectId(), hostPrefix),
				properties.isForwardUserAgent());
	}

}
