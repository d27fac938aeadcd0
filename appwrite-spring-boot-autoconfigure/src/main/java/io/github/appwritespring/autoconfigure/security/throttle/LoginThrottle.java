package io.github.appwritespring.autoconfigure.security.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Brute-force protection for sign-in, by account and by client IP. Each key may fail a
 * number of times for free; after that every further attempt has to wait, twice as long
 * after each failure, up to a maximum, so a user is never locked out for good. Failures
 * are forgotten some time after the last one, and a successful sign-in forgets the
 * account's. An attempt made while a wait is running is refused without asking Appwrite
 * and is not counted.
 *
 * @since 0.1.0
 */
public class LoginThrottle {

	private static final String ACCOUNT = "account:";

	private static final String IP = "ip:";

	private final LoginThrottleStore store;

	private final ThrottlePolicy settings;

	private final Clock clock;

	/**
	 * Creates a new {@code LoginThrottle}.
	 * @param store where failures are counted
	 * @param settings the limits
	 * @param clock the clock
	 */
	public LoginThrottle(LoginThrottleStore store, ThrottlePolicy settings, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Returns how long the client has to wait before trying again; {@link Duration#ZERO}
	 * when it may try now.
	 * @param clientIp the client's IP address, or {@code null} when it is not known (then
	 * only the account counts); IPv6 addresses count by their /64, and anything that is
	 * not an IP literal counts as unknown
	 * @param account the account (email) tried, or {@code null} when none applies
	 * (sign-up, OAuth2)
	 * @return how long the client has to wait before trying again; {@link Duration#ZERO}
	 * when it may try now
	 */
	public Mono<Duration> retryAfter(@Nullable String clientIp, @Nullable String account) {
		if (!this.settings.enabled()) {
			return Mono.just(Duration.ZERO);
		}
		Instant now = this.clock.instant();
		String bucket = ClientAddresses.bucket(clientIp);
		Mono<Duration> byIp = (bucket != null)
				? this.store.get(IP + bucket)
					.map((attempts) -> remaining(attempts, this.settings.ipFreeFailures(), now))
				: Mono.just(Duration.ZERO);
		if (account == null) {
			return byIp;
		}
		Mono<Duration> byAccount = this.store.get(accountKey(account))
			.map((attempts) -> remaining(attempts, this.settings.accountFreeFailures(), now));
		return Mono.zip(byIp, byAccount, (ip, acc) -> (ip.compareTo(acc) >= 0) ? ip : acc);
	}

	/**
	 * Counts a failed attempt.
	 * @param clientIp the client's IP address, or {@code null} when it is not known
	 * @param account the account tried, or {@code null}
	 * @return completion
	 */
	public Mono<Void> failed(@Nullable String clientIp, @Nullable String account) {
		if (!this.settings.enabled()) {
			return Mono.empty();
		}
		Instant now = this.clock.instant();
		Duration forget = this.settings.forgetAfter();
		String bucket = ClientAddresses.bucket(clientIp);
		Mono<LoginAttempts> ip = (bucket != null) ? this.store.recordFailure(IP + bucket, now, forget) : Mono.empty();
		Mono<LoginAttempts> acc = (account != null) ? this.store.recordFailure(accountKey(account), now, forget)
				: Mono.empty();
		return Mono.when(ip, acc);
	}

	/**
	 * Forgets the failures of an account that just signed in.
	 * @param account the account
	 * @return completion
	 */
	public Mono<Void> succeeded(String account) {
		return this.settings.enabled() ? this.store.reset(accountKey(account)) : Mono.empty();
	}

	/**
	 * Returns the wait imposed after that many failures.
	 * @param failures failures counted so far
	 * @param freeFailures failures allowed without a wait
	 * @return the wait imposed after that many failures
	 */
	Duration delayAfter(long failures, int freeFailures) {
		long over = failures - freeFailures;
		if (over <= 0) {
			return Duration.ZERO;
		}
		Duration max = this.settings.maxDelay();
		if (over > 62) {
			return max;
		}
		Duration delay = this.settings.baseDelay().multipliedBy(1L << (over - 1));
		return (delay.compareTo(max) > 0 || delay.isNegative()) ? max : delay;
	}

	private Duration remaining(LoginAttempts attempts, int freeFailures, Instant now) {
		Duration delay = delayAfter(attempts.failures(), freeFailures);
		if (delay.isZero()) {
			return delay;
		}
		Duration left = Duration.between(now, attempts.lastFailure().plus(delay));
		return left.isNegative() ? Duration.ZERO : left;
	}

	private static String accountKey(String account) {
		return ACCOUNT + account.trim().toLowerCase(Locale.ROOT);
	}

}
