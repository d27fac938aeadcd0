package io.github.appwritespring.autoconfigure.security.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * The limits a {@link LoginThrottle} applies.
 *
 * @param enabled whether sign-ins are throttled at all
 * @param accountFreeFailures failures per account before waits start
 * @param ipFreeFailures failures per client address before waits start
 * @param baseDelay the first wait, doubled after each further failure
 * @param maxDelay the longest wait, so that no one is ever locked out for good
 * @param forgetAfter how long after the last failure the failures are forgotten
 * @param signupsPerHour sign-ups (successful or not) per client address and hour; 0 for
 * no cap
 * @param oauth2StartsPerHour OAuth2 sign-ins started per client address and hour; 0 for
 * no cap
 * @param emailsPerAddressPerHour emails asked for per client address and hour; 0 for no
 * cap
 * @param emailsPerRecipientPerHour emails asked for per recipient and hour; 0 for no cap
 * @since 0.1.0
 */
public record ThrottlePolicy(boolean enabled, int accountFreeFailures, int ipFreeFailures, Duration baseDelay,
		Duration maxDelay, Duration forgetAfter, int signupsPerHour, int oauth2StartsPerHour,
		int emailsPerAddressPerHour, int emailsPerRecipientPerHour) {

	/**
	 * Returns the wait imposed after that many failures: none up to the free failures,
	 * then the base delay, doubled after each further failure, up to the maximum.
	 * @param failures failures counted so far
	 * @param freeFailures failures allowed without a wait
	 * @return the wait imposed after that many failures
	 */
	public Duration delayAfter(long failures, int freeFailures) {
		long over = failures - freeFailures;
		if (over <= 0) {
			return Duration.ZERO;
		}
		if (over > 62) {
			return this.maxDelay;
		}
		Duration delay = this.baseDelay.multipliedBy(1L << (over - 1));
		return (delay.compareTo(this.maxDelay) > 0 || delay.isNegative()) ? this.maxDelay : delay;
	}

	/**
	 * Returns how long a key with these attempts still has to wait at {@code now}.
	 * @param attempts the attempts counted for the key
	 * @param freeFailures failures the key may have without a wait
	 * @param now the time of the new attempt
	 * @return how long the key still has to wait; {@link Duration#ZERO} when it may try
	 */
	public Duration remaining(LoginAttempts attempts, int freeFailures, Instant now) {
		Duration delay = delayAfter(attempts.failures(), freeFailures);
		if (delay.isZero()) {
			return delay;
		}
		Duration left = Duration.between(now, attempts.lastFailure().plus(delay));
		return left.isNegative() ? Duration.ZERO : left;
	}

}
