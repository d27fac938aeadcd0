package io.github.appwritespring.autoconfigure.security.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

/**
 * Where sign-in attempts are counted. {@link InMemoryLoginThrottleStore} serves one
 * instance; {@link RedisLoginThrottleStore} shares the counts between every instance of
 * an application. Declare a bean of this type to count elsewhere. Non-blocking, so the
 * reactive stack can use it on the event loop.
 * <p>
 * An attempt is counted <em>before</em> Appwrite is asked ({@link #reserve}), as if it
 * had failed, and taken back when it did not ({@link #release}, {@link #reset}). That way
 * any number of concurrent attempts get through no more often than the same number made
 * one after another: an implementation must make {@link #reserve} and {@link #take}
 * atomic.
 *
 * @since 0.1.0
 */
public interface LoginThrottleStore {

	/**
	 * Counts one attempt against every key, unless a wait is running for any of them.
	 * Atomic: of concurrent calls, only as many succeed as would one after another.
	 * @param keys the keys the attempt counts against
	 * @param now the time of the attempt
	 * @param policy how long the waits are and when counts are forgotten
	 * @return {@link Duration#ZERO} when the attempt was counted against every key;
	 * otherwise the longest wait still running, and nothing was counted
	 */
	Mono<Duration> reserve(List<ThrottleKey> keys, Instant now, ThrottlePolicy policy);

	/**
	 * Takes back one attempt that {@link #reserve} counted and that turned out not to be
	 * a failure (a success counted by client address, or Appwrite could not be asked).
	 * @param key the key
	 * @return completion
	 */
	Mono<Void> release(String key);

	/**
	 * Forgets every attempt counted for a key, e.g. an account that just signed in.
	 * @param key the key
	 * @return completion
	 */
	Mono<Void> reset(String key);

	/**
	 * Takes one of a limited number of uses in a fixed window that starts with the first
	 * use, e.g. sign-ups per client address and hour. Atomic like {@link #reserve}.
	 * @param key the key
	 * @param limit the uses allowed per window
	 * @param window how long a window lasts
	 * @param now the time of the use
	 * @return {@link Duration#ZERO} when the use was taken; otherwise how long until the
	 * window ends, and nothing was taken
	 */
	Mono<Duration> take(String key, int limit, Duration window, Instant now);

	/**
	 * Returns the attempts counted for the key ({@link LoginAttempts#NONE} when there are
	 * none).
	 * @param key an account or client address key
	 * @return the attempts counted for the key ({@link LoginAttempts#NONE} when there are
	 * none)
	 */
	Mono<LoginAttempts> get(String key);

}
