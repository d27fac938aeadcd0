package io.github.appwritespring.autoconfigure.web.servlet;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.web.context.annotation.RequestScope;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.github.appwritespring.autoconfigure.AppwriteAutoConfiguration;
import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;

/**
 * The current user's {@link AppwriteSessionClient} in Spring MVC: a request-scoped bean
 * (a proxy, so singletons can hold it) and a controller argument.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = AppwriteAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(WebMvcConfigurer.class)
@ConditionalOnBean(AppwriteSessionClientFactory.class)
public final class AppwriteServletAutoConfiguration {

	@Bean
	@RequestScope
	@ConditionalOnMissingBean
	AppwriteSessionClient appwriteSessionClient(AppwriteSessionClientFactory factory) {
		ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder
			.currentRequestAttributes();
		return ServletAppwriteSessions.resolve(factory, attributes.getRequest());
	}

	@Bean
	WebMvcConfigurer appwriteSessionClientWebMvcConfigurer(AppwriteSessionClientFactory factory) {
		return new WebMvcConfigurer() {

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new AppwriteSessionClientArgumentResolver(factory));
			}

		};
	}

}
