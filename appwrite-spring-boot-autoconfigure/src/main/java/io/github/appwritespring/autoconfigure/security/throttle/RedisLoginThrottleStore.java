package io.github.appwritespring.autoconfigure.security.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Counts failed sign-ins in Redis, so every instance of an application sees the same
 * counts. Each key is a hash with the failure count and the time of the last failure,
 * expiring on its own; one failure is one atomic script call.
 *
 * @since 0.1.0
 */
public class RedisLoginThrottleStore implements LoginThrottleStore {

	private static final String FAILURES = "failures";

	private static final String LAST = "last";

	private static final RedisScript<List<Object>> RECORD = RedisScript.of("""
			local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
			redis.call('HSET', KEYS[1], 'last', ARGV[1])
			redis.call('PEXPIRE', KEYS[1], ARGV[2])
			return { failures, ARGV[1] }
			""", listType());

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
	public Mono<LoginAttempts> get(String key) {
		return this.redis.<String, String>opsForHash()
			.multiGet(this.keyPrefix + key, List.of(FAILURES, LAST))
			.map((values) -> (values.size() == 2 && values.get(0) != null && values.get(1) != null)
					? new LoginAttempts(Long.parseLong(values.get(0)),
							Instant.ofEpochMilli(Long.parseLong(values.get(1))))
					: LoginAttempts.NONE)
			.defaultIfEmpty(LoginAttempts.NONE);
	}

	@Override
	public Mono<LoginAttempts> recordFailure(String key, Instant now, Duration forgetAfter) {
		return this.redis
			.execute(RECORD, List.of(this.keyPrefix + key),
					List.of(Long.toString(now.toEpochMilli()), Long.toString(forgetAfter.toMillis())))
			.next()
			.map((reply) -> new LoginAttempts(Long.parseLong(String.valueOf(reply.get(0))), now));
	}

	@Override
	public Mono<Void> reset(String key) {
		return this.redis.delete(this.keyPrefix + key).then();
	}

	@SuppressWarnings("unchecked")
	private static Class<List<Object>> listType() {
		return (Class<List<Object>>) (Class<?>) List.class;
	}

}
