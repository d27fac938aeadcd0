package io.github.appwritespring.autoconfigure.security.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Counts sign-in attempts in this instance's memory, bounded in size (the oldest keys go
 * first, so a flood of made-up accounts cannot exhaust the heap) and forgetting each key
 * after its own time. Each key changes in one atomic compute; an attempt over several
 * keys that one of them refuses takes back what it counted on the others.
 *
 * @since 0.1.0
 */
public class InMemoryLoginThrottleStore implements LoginThrottleStore {

	private final Cache<String, Entry> entries;

	/**
	 * Creates a new {@code InMemoryLoginThrottleStore}.
	 * @param maxKeys the most keys kept
	 */
	public InMemoryLoginThrottleStore(long maxKeys) {
		this(maxKeys, Ticker.systemTicker());
	}

	/**
	 * Creates a new {@code InMemoryLoginThrottleStore} that measures when to forget on
	 * the given ticker, for tests.
	 * @param maxKeys the most keys kept
	 * @param ticker the time source for forgetting
	 */
	InMemoryLoginThrottleStore(long maxKeys, Ticker ticker) {
		this.entries = Caffeine.newBuilder().maximumSize(maxKeys).expireAfter(new EntryExpiry()).ticker(ticker).build();
	}

	@Override
	public Mono<Duration> reserve(List<ThrottleKey> keys, Instant now, ThrottlePolicy policy) {
		return Mono.fromSupplier(() -> reserveNow(keys, now, policy));
	}

	private Duration reserveNow(List<ThrottleKey> keys, Instant now, ThrottlePolicy policy) {
		List<String> counted = new ArrayList<>(keys.size());
		for (ThrottleKey key : keys) {
			Duration[] wait = { Duration.ZERO };
			this.entries.asMap().compute(key.key(), (name, entry) -> {
				LoginAttempts attempts = (entry != null) ? entry.attempts() : LoginAttempts.NONE;
				wait[0] = policy.remaining(attempts, key.freeFailures(), now);
				if (!wait[0].isZero()) {
					return entry;
				}
				return new Entry(new LoginAttempts(attempts.failures() + 1, now), policy.forgetAfter(), null);
			});
			if (!wait[0].isZero()) {
				counted.forEach(this::releaseNow);
				return wait[0];
			}
			counted.add(key.key());
		}
		return Duration.ZERO;
	}

	@Override
	public Mono<Void> release(String key) {
		return Mono.fromRunnable(() -> releaseNow(key));
	}

	private void releaseNow(String key) {
		this.entries.asMap()
			.computeIfPresent(key,
					(name, entry) -> (entry.attempts().failures() <= 1) ? null
							: new Entry(
									new LoginAttempts(entry.attempts().failures() - 1, entry.attempts().lastFailure()),
									entry.forgetAfter(), null));
	}

	@Override
	public Mono<Void> reset(String key) {
		return Mono.fromRunnable(() -> this.entries.invalidate(key));
	}

	@Override
	public Mono<Duration> take(String key, int limit, Duration window, Instant now) {
		return Mono.fromSupplier(() -> {
			Duration[] wait = { Duration.ZERO };
			ConcurrentMap<String, Entry> map = this.entries.asMap();
			map.compute(key, (name, entry) -> {
				Instant start = (entry != null) ? entry.windowStart() : null;
				if (entry == null || start == null || !now.isBefore(start.plus(window))) {
					return new Entry(new LoginAttempts(1, now), window, now);
				}
				if (entry.attempts().failures() >= limit) {
					wait[0] = Duration.between(now, start.plus(window));
					return entry;
				}
				return new Entry(new LoginAttempts(entry.attempts().failures() + 1, now),
						Duration.between(now, start.plus(window)), start);
			});
			return wait[0];
		});
	}

	@Override
	public Mono<LoginAttempts> get(String key) {
		Entry entry = this.entries.getIfPresent(key);
		return Mono.just((entry != null) ? entry.attempts() : LoginAttempts.NONE);
	}

	/**
	 * A key's count. {@code windowStart} is set for {@link #take} windows only.
	 */
	private record Entry(LoginAttempts attempts, Duration forgetAfter, @Nullable Instant windowStart) {
	}

	private static final class EntryExpiry implements Expiry<String, Entry> {

		@Override
		public long expireAfterCreate(String key, Entry entry, long currentTime) {
			return entry.forgetAfter().toNanos();
		}

		@Override
		public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
			return entry.forgetAfter().toNanos();
		}

		@Override
		public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
			return currentDuration;
		}

	}

}
