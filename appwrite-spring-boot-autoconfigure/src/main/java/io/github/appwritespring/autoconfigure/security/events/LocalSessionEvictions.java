package io.github.appwritespring.autoconfigure.security.events;

import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;

/**
 * Evictions on this instance only: with several instances, each forgets only what its own
 * webhook deliveries tell it, and the others keep their entries until their TTL.
 *
 * @since 0.1.0
 */
public final class LocalSessionEvictions implements SessionEvictions {

	private final AppwriteSessionResolver resolver;

	/**
	 * Creates a new {@code LocalSessionEvictions}.
	 * @param resolver the resolver whose cache forgets
	 */
	public LocalSessionEvictions(AppwriteSessionResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public void evictUser(String userId) {
		this.resolver.forgetUser(userId);
	}

}
