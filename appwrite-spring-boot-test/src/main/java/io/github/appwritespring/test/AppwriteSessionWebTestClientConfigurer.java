package io.github.appwritespring.test;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;
import org.springframework.util.Assert;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

import io.github.appwritespring.emulator.AppwriteEmulator;

/**
 * Adds a real Appwrite session cookie to every request of a mutated
 * {@code WebTestClient}; made by {@link AppwriteWebTestClient}. The session is created
 * when the configurer is applied ({@code client.mutateWith(...)}).
 *
 * @since 0.1.0
 */
public final class AppwriteSessionWebTestClientConfigurer implements WebTestClientConfigurer {

	private final AppwriteTestSessions.Source source;

	private final @Nullable ApplicationContext context;

	private final @Nullable AppwriteEmulator emulator;

	private @Nullable String cookieName;

	AppwriteSessionWebTestClientConfigurer(AppwriteTestSessions.Source source, @Nullable ApplicationContext context,
			@Nullable AppwriteEmulator emulator) {
		this.source = source;
		this.context = context;
		this.emulator = emulator;
	}

	/**
	 * Sets the session cookie's name, instead of the application's.
	 * @param cookieName the session cookie's name, instead of the application's
	 * @return this configurer
	 */
	public AppwriteSessionWebTestClientConfigurer cookieName(String cookieName) {
		Assert.hasText(cookieName, "cookieName must not be empty");
		this.cookieName = cookieName;
		return this;
	}

	@Override
	public void afterConfigurerAdded(WebTestClient.Builder builder, @Nullable WebHttpHandlerBuilder httpHandlerBuilder,
			@Nullable ClientHttpConnector connector) {
		String name = (this.cookieName != null) ? this.cookieName
				: AppwriteTestSessions.cookieName(this.context, this.emulator);
		builder.defaultCookie(name, this.source.session(this.context));
	}

}
