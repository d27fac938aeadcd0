package io.github.appwritespring.autoconfigure.security.events;

/**
 * Makes the session cache forget a user's sessions: on this instance, and on every
 * instance when evictions are broadcast.
 *
 * @since 0.1.0
 */
public interface SessionEvictions {

	/**
	 * Forgets every cached session of a user.
	 * @param userId the user's ID
	 */
	void evictUser(String userId);

	/**
	 * Returns whether evictions reach every instance that caches now. When not (Redis is
	 * unreachable), the instance resolves every session with Appwrite.
	 * @return whether evictions reach every instance that caches now
	 */
	default boolean isConnected() {
		return true;
	}

}
