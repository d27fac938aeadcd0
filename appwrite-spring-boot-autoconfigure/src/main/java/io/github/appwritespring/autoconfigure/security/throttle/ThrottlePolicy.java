package io.github.appwritespring.autoconfigure.security.throttle;

import java.time.Duration;

/**
 * The limits a {@link LoginThrottle} applies.
 *
 * @param enabled whether sign-ins are throttled at all
 * @param accountFreeFailures failures per account before waits start
 * @param ipFreeFailures failures per client address before waits start
 * @param baseDelay the first wait, doubled after each further failure
 * @param maxDelay the longest wait, so that no one is ever locked out for good
 * @param forgetAfter how long after the last failure the failures are forgotten
 * @since 0.1.0
 */
public record ThrottlePolicy(boolean enabled, int accountFreeFailures, int ipFreeFailures, Duration baseDelay,
		Duration maxDelay, Duration forgetAfter) {

}
