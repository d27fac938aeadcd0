package io.github.appwritespring.autoconfigure.security.throttle;

import java.time.Instant;

/**
 * The failed sign-in attempts counted for one key (an account or a client IP).
 *
 * @param failures how many failures since the count was last forgotten or reset
 * @param lastFailure when the last one happened
 * @since 0.1.0
 */
public record LoginAttempts(long failures, Instant lastFailure) {

	/** No failures. */
	public static final LoginAttempts NONE = new LoginAttempts(0, Instant.EPOCH);

}
