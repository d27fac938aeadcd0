package io.github.appwritespring.autoconfigure.security.throttle;

import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import reactor.core.publisher.Mono;

/**
 * Counts failed sign-ins in this instance's memory, bounded in size (the oldest keys go
 * first, so a flood of made-up accounts cannot exhaust the heap) and forgetting each key
 * after its own time.
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
	public Mono<LoginAttempts> get(String key) {
		Entry entry = this.entries.getIfPresent(key);
		return Mono.just((entry != null) ? entry.attempts() : LoginAttempts.NONE);
	}

	@Override
	public Mono<LoginAttempts> recordFailure(String key, Instant now, Duration forgetAfter) {
		Entry entry = this.entries.asMap()
			.merge(key, new Entry(new LoginAttempts(1, now), forgetAfter),
					(old, fresh) -> new Entry(new LoginAttempts(old.attempts().failures() + 1, now), forgetAfter));
		return Mono.just(entry.attempts());
	}

	@Override
	public Mono<Void> reset(String key) {
		this.entries.invalidate(key);
		return Mono.empty();
	}

	private record Entry(LoginAttempts attempts, Duration forgetAfter) {
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
