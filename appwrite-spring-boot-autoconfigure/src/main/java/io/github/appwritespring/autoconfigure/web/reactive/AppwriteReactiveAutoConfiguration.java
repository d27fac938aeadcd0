package io.github.appwritespring.autoconfigure.web.reactive;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

import io.github.appwritespring.autoconfigure.AppwriteAutoConfiguration;
import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;

/**
 * The current user's {@link io.github.appwritespring.autoconfigure.AppwriteSessionClient}
 * as a WebFlux controller argument (WebFlux has no request scope).
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = AppwriteAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.REACTIVE)
@ConditionalOnClass(WebFluxConfigurer.class)
@ConditionalOnBean(AppwriteSessionClientFactory.class)
public final class AppwriteReactiveAutoConfiguration {

	@Bean
	WebFluxConfigurer appwriteSessionClientWebFluxConfigurer(AppwriteSessionClientFactory factory) {
		return new WebFluxConfigurer() {

			@Override
			public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
				configurer.addCustomResolver(new ReactiveAppwriteSessionClientArgumentResolver(factory));
			}

		};
	}

}
