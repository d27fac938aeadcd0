package io.github.appwritespring.autoconfigure.security.throttle;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import io.github.appwritespring.autoconfigure.security.RedisServer;

/**
 * The store contract on a real Redis ({@code redis-server} on a free port): one Lua
 * script per attempt keeps concurrent attempts from several connections, as several
 * instances of an application make them, from slipping past a wait.
 */
class RedisLoginThrottleStoreTests extends LoginThrottleStoreContract {

	private static RedisServer redis;

	private static LettuceConnectionFactory connections;

	private static RedisLoginThrottleStore store;

	@BeforeAll
	static void start() {
		redis = RedisServer.start();
		connections = new LettuceConnectionFactory("127.0.0.1", redis.port());
		connections.afterPropertiesSet();
		connections.start();
		store = new RedisLoginThrottleStore(new ReactiveStringRedisTemplate(connections), "{appwrite-throttle}:");
	}

	@AfterAll
	static void stop() {
		connections.destroy();
		redis.close();
	}

	@Override
	LoginThrottleStore store() {
		return store;
	}

}
