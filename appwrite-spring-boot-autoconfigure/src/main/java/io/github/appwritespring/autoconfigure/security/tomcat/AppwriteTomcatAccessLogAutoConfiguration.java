package io.github.appwritespring.autoconfigure.security.tomcat;

import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityAutoConfiguration;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;

/**
 * Keeps the secrets of the links Appwrite sends (the OAuth2 callback, the magic link, the
 * team invitation link) out of embedded Tomcat's access logs, for Spring MVC and for
 * WebFlux on Tomcat: an {@link OAuth2CallbackAccessLogCustomizer} puts an
 * {@link OAuth2CallbackRedactingValve} ahead of the access-log valves of Spring Boot's
 * Tomcat factory (the one {@code server.tomcat.accesslog.enabled=true} adds, or the
 * application's own). Without an access log it adds nothing.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = AppwriteSecurityAutoConfiguration.class)
@ConditionalOnClass({ Tomcat.class, TomcatWebServerFactory.class })
@ConditionalOnBean(AppwriteAuthenticator.class)
public final class AppwriteTomcatAccessLogAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	static class ServletConfiguration {

		@Bean
		@ConditionalOnMissingBean
		OAuth2CallbackAccessLogCustomizer appwriteOAuth2CallbackAccessLogCustomizer(
				AppwriteSecurityProperties properties) {
			// Tomcat's context holds the servlet context path
			return new OAuth2CallbackAccessLogCustomizer(properties.getEndpoints().secretLinks());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	static class ReactiveConfiguration {

		@Bean
		@ConditionalOnMissingBean
		OAuth2CallbackAccessLogCustomizer appwriteOAuth2CallbackAccessLogCustomizer(
				AppwriteSecurityProperties properties, Environment environment) {
			// Tomcat's context is the root: WebFlux applies its base path itself
			String basePath = basePath(environment);
			return new OAuth2CallbackAccessLogCustomizer(
					properties.getEndpoints().secretLinks().stream().map((path) -> basePath + path).toList());
		}

		/**
		 * Returns {@code spring.webflux.base-path} as WebFlux applies it: with a leading
		 * and no trailing slash, or empty.
		 */
		private static String basePath(Environment environment) {
			String basePath = Binder.get(environment)
				.bind("spring.webflux.base-path", String.class)
				.map(String::strip)
				.orElse("");
			if (!StringUtils.hasText(basePath)) {
				return "";
			}
			if (!basePath.startsWith("/")) {
				basePath = "/" + basePath;
			}
			return basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
		}

	}

}
