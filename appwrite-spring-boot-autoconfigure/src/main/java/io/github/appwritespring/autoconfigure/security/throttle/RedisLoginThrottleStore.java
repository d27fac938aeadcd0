package io.github.appwritespring.autoconfigure.security.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Counts sign-in attempts in Redis, so every instance of an application sees the same
 * counts. Each key is a hash with the count and the time of the last counted attempt,
 * expiring on its own; checking the waits and counting is one Lua script, so concurrent
 * attempts on any number of instances cannot slip past a wait. The times come from the
 * application's clock, not from Redis.
 * <p>
 * The script touches every key of an attempt, so in Redis Cluster they must hash to one
 * slot: keep a hash tag in the prefix (the default, {@code {appwrite-throttle}:}, has
 * one).
 *
 * @since 0.1.0
 */
public class RedisLoginThrottleStore implements LoginThrottleStore {

	private static final String FAILURES = "failures";

	private static final String LAST = "last";

	// KEYS: the keys; ARGV: now, base delay, max delay, forget-after (ms), then each
	// key's free failures. Mirrors ThrottlePolicy.remaining.
	private static final RedisScript<Long> RESERVE = RedisScript.of("""
			local now = tonumber(ARGV[1])
			local base = tonumber(ARGV[2])
			local max = tonumber(ARGV[3])
			local wait = 0
			for i, key in ipairs(KEYS) do
				local values = redis.call('HMGET', key, 'failures', 'last')
				if values[1] and values[2] then
					local over = tonumber(values[1]) - tonumber(ARGV[4 + i])
					if over > 0 then
						local delay = max
						if over <= 62 then
							delay = math.min(max, base * 2 ^ (over - 1))
						end
						local left = tonumber(values[2]) + delay - now
						if left > wait then
							wait = left
						end
					end
				end
			end
			if wait > 0 then
				return math.ceil(wait)
			end
			for _, key in ipairs(KEYS) do
				redis.call('HINCRBY', key, 'failures', 1)
				redis.call('HSET', key, 'last', ARGV[1])
				redis.call('PEXPIRE', key, ARGV[4])
			end
			return 0
			""", Long.class);

	private static final RedisScript<Long> RELEASE = RedisScript.of("""
			if redis.call('EXISTS', KEYS[1]) == 0 then
				return 0
			end
			local failures = redis.call('HINCRBY', KEYS[1], 'failures', -1)
			if failures <= 0 then
				redis.call('DEL', KEYS[1])
			end
			return failures
			""", Long.class);

	// KEYS: the key; ARGV: now, limit, window (ms)
	private static final RedisScript<Long> TAKE = RedisScript.of("""
			local now = tonumber(ARGV[1])
			local window = tonumber(ARGV[3])
			local values = redis.call('HMGET', KEYS[1], 'failures', 'start')
			local start = tonumber(values[2])
			if not start or now >= start + window then
				redis.call('HSET', KEYS[1], 'failures', 1, 'start', ARGV[1], 'last', ARGV[1])
				redis.call('PEXPIRE', KEYS[1], window)
				return 0
			end
			if tonumber(values[1]) >= tonumber(ARGV[2]) then
				return start + window - now
			end
			redis.call('HINCRBY', KEYS[1], 'failures', 1)
			redis.call('HSET', KEYS[1], 'last', ARGV[1])
			return 0
			""", Long.class);

	private final ReactiveStringRedisTemplate redis;

	private final String keyPrefix;

	/**
	 * Creates a new {@code RedisLoginThrottleStore}.
	 * @param redis the Redis template
	 * @param keyPrefix put before every key
	 */
	public RedisLoginThrottleStore(ReactiveStringRedisTemplate redis, String keyPrefix) {
		this.redis = redis;
		this.keyPrefix = keyPrefix;
	}

	@Override
	public Mono<Duration> reserve(List<ThrottleKey> keys, Instant now, ThrottlePolicy policy) {
		if (keys.isEmpty()) {
			return Mono.just(Duration.ZERO);
		}
		List<String> names = new ArrayList<>(keys.size());
		List<String> args = new ArrayList<>(4 + keys.size());
		args.add(Long.toString(now.toEpochMilli()));
		args.add(Long.toString(policy.baseDelay().toMillis()));
		args.add(Long.toString(policy.maxDelay().toMillis()));
		args.add(Long.toString(Math.max(1, policy.forgetAfter().toMillis())));
		for (ThrottleKey key : keys) {
			names.add(this.keyPrefix + key.key());
			args.add(Integer.toString(key.freeFailures()));
		}
		return this.redis.execute(RESERVE, names, args).next().map(Duration::ofMillis);
	}

	@Override
	public Mono<Void> release(String key) {
		return this.redis.execute(RELEASE, List.of(this.keyPrefix + key)).then();
	}

	@Override
	public Mono<Void> reset(String key) {
		return this.redis.delete(this.keyPrefix + key).then();
	}

	@Override
	public Mono<Duration> take(String key, int limit, Duration window, Instant now) {
		return this.redis
			.execute(TAKE, List.of(this.keyPrefix + key), List.of(Long.toString(now.toEpochMilli()),
					Integer.toString(limit), Long.toString(Math.max(1, window.toMillis()))))
			.next()
			.map(Duration::ofMillis);
	}

	@Override
	public Mono<LoginAttempts> get(String key) {
		return this.redis.<String, String>opsForHash()
			.multiGet(this.keyPrefix + key, List.of(FAILURES, LAST))
			.map((values) -> (values.size() == 2 && values.get(0) != null && values.get(1) != null)
					? new LoginAttempts(Long.parseLong(values.get(0)),
							Instant.ofEpochMilli(Long.parseLong(values.get(1))))
					: LoginAttempts.NONE)
			.defaultIfEmpty(LoginAttempts.NONE);
	}

}
