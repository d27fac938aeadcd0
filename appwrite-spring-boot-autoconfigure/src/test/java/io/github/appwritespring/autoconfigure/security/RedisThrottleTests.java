package io.github.appwritespring.autoconfigure.security;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottleStore;
import io.github.appwritespring.autoconfigure.security.throttle.RedisLoginThrottleStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login throttling counted in a real Redis ({@code redis-server} on a free port), as
 * several instances of an application would share it, under the same concurrent attacks
 * as the in-memory store ({@link ThrottleUnderLoadTests}). A subclass starts the
 * application with its stack; each subclass gets a Redis of its own. Waits are measured
 * on a {@link MovableClock} (the times of failures are kept in Redis; Redis's own expiry
 * only cleans up, after {@code forget-after}), so the test moves it instead of sleeping.
 */
@TestPropertySource(properties = { "appwrite.security.throttle.store=redis",
		"appwrite.security.throttle.account-free-failures=2", "appwrite.security.throttle.base-delay=3s" })
@Import(MovableClock.AsBean.class)
public abstract class RedisThrottleTests extends ThrottleUnderLoadTests {

	private static RedisServer redis;

	@DynamicPropertySource
	static void redis(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", () -> running().port());
	}

	private static synchronized RedisServer running() {
		if (redis == null) {
			redis = RedisServer.start();
		}
		return redis;
	}

	@AfterAll
	static synchronized void stop() {
		if (redis != null) {
			redis.close();
			redis = null;
		}
	}

	@Autowired
	LoginThrottleStore store;

	@Autowired
	StringRedisTemplate template;

	@Autowired
	MovableClock clock;

	private Answer formLogin(Browser browser, String email, String password) throws Exception {
		return browser.postForm("/auth/login",
				Map.of("email", email, "password", password, "_csrf", browser.csrfFormField()));
	}

	@Test
	void failuresAreCountedInRedisAndThrottleEveryInstance() throws Exception {
		assertThat(this.store).isInstanceOf(RedisLoginThrottleStore.class);
		String email = "redis" + System.nanoTime() + "@example.com";
		this.emulator.seedUser(email, "a-long-password");
		Browser browser = new Browser(this.port);
		for (int i = 0; i < 3; i++) {
			assertThat(formLogin(browser, email, "wrong-password").location()).isEqualTo("/login?error=credentials");
		}
		String key = "{appwrite-throttle}:account:" + email;
		assertThat(this.template.opsForHash().get(key, "failures")).isEqualTo("3");
		Answer throttled = formLogin(browser, email, "a-long-password");
		assertThat(throttled.status()).isEqualTo(429);
		long retryAfter = Long.parseLong(throttled.header("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 3L);
		assertThat(this.template.getExpire(key)).as("counts expire on their own").isPositive();
		this.clock.advance(Duration.ofSeconds(retryAfter));
		assertThat(formLogin(browser, email, "a-long-password").location()).isEqualTo("/");
		assertThat(this.template.hasKey(key)).as("forgotten on success").isFalse();
	}

}
