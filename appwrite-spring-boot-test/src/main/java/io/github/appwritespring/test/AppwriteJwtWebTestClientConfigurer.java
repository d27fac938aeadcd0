package io.github.appwritespring.test;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

/**
 * Adds a real Appwrite JWT as {@code Authorization: Bearer <jwt>} to every request of a
 * mutated {@code WebTestClient}; made by
 * {@link AppwriteWebTestClient#appwriteJwt(ApplicationContext, String)}. The JWT is made
 * when the configurer is applied ({@code client.mutateWith(...)}).
 *
 * @since 0.1.0
 */
public final class AppwriteJwtWebTestClientConfigurer implements WebTestClientConfigurer {

	private final AppwriteTestSessions.Source source;

	private final ApplicationContext context;

	AppwriteJwtWebTestClientConfigurer(AppwriteTestSessions.Source source, ApplicationContext context) {
		this.source = source;
		this.context = context;
	}

	@Override
	public void afterConfigurerAdded(WebTestClient.Builder builder, @Nullable WebHttpHandlerBuilder httpHandlerBuilder,
			@Nullable ClientHttpConnector connector) {
		builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + this.source.session(this.context));
	}

}
