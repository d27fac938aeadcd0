package io.github.appwritespring.autoconfigure.security.internal;

import java.time.Duration;

/**
 * The {@code Retry-After} header's value, the same on both stacks.
 */
public final class RetryAfter {

	private RetryAfter() {
	}

	/**
	 * Returns whole seconds, rounded up, at least one.
	 * @param wait how long the client should wait
	 * @return whole seconds, rounded up, at least one
	 */
	public static String seconds(Duration wait) {
		return Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
	}

}
