package io.github.appwritespring.autoconfigure;

import io.github.appwritespring.client.AppwriteClient;

/**
 * Customizes the admin client's builder before the client is built (extra headers,
 * timeouts, ...). Every customizer bean is applied, in {@code @Order}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface AppwriteClientCustomizer {

	/**
	 * Customizes the builder before the client is built.
	 * @param builder the builder, already set up from the properties and connection
	 * details
	 */
	void customize(AppwriteClient.Builder builder);

}
