package io.github.appwritespring.autoconfigure.security.throttle;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * Where failed sign-in attempts are counted. {@link InMemoryLoginThrottleStore} serves
 * one instance; {@link RedisLoginThrottleStore} shares the counts between every instance
 * of an application. Declare a bean of this type to count elsewhere. Non-blocking, so the
 * reactive stack can use it on the event loop.
 *
 * @since 0.1.0
 */
public interface LoginThrottleStore {

	/**
	 * Returns the attempts counted for the key ({@link LoginAttempts#NONE} when there are
	 * none).
	 * @param key an account or client IP key
	 * @return the attempts counted for the key ({@link LoginAttempts#NONE} when there are
	 * none)
	 */
	Mono<LoginAttempts> get(String key);

	/**
	 * Counts one more failure.
	 * @param key an account or client IP key
	 * @param now when it happened
	 * @param forgetAfter how long after this failure the count may be forgotten
	 * @return the attempts now counted
	 */
	Mono<LoginAttempts> recordFailure(String key, Instant now, Duration forgetAfter);

	/**
	 * Forgets the failures of a key, e.g. after a successful sign-in.
	 * @param key an account or client IP key
	 * @return completion
	 */
	Mono<Void> reset(String key);

}
