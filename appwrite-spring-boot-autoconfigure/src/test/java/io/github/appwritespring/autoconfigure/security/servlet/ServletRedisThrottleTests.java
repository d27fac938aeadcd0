package io.github.appwritespring.autoconfigure.security.servlet;

import java.net.http.HttpResponse;
import java.util.Map;

import io.github.appwritespring.autoconfigure.security.HttpBrowser;
import io.github.appwritespring.autoconfigure.security.RedisServer;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottleStore;
import io.github.appwritespring.autoconfigure.security.throttle.RedisLoginThrottleStore;
import io.github.appwritespring.emulator.AppwriteEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login throttling counted in a real Redis, as several instances of an application would share it.
 */
@SpringBootTest(classes = ServletSecurityTestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "appwrite.security.throttle.store=redis",
				"appwrite.security.throttle.account-free-failures=2", "appwrite.security.throttle.base-delay=1s" })
class ServletRedisThrottleTests {

	static final RedisServer redis = RedisServer.start();

	@DynamicPropertySource
	static void redis(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", redis::port);
	}

	@AfterAll
	static void stop() {
		redis.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	AppwriteEmulator emulator;

	@Autowired
	LoginThrottleStore store;

	@Autowired
	StringRedisTemplate template;

	@Test
	void failuresAreCountedInRedisAndThrottleEveryInstance() throws Exception {
		assertThat(this.store).isInstanceOf(RedisLoginThrottleStore.class);
		String email = "redis" + System.nanoTime() + "@example.com";
		this.emulator.seedUser(email, "a-long-password");
		HttpBrowser browser = new HttpBrowser("http://localhost:" + this.port);
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> failed = browser.postForm("/auth/login",
					Map.of("email", email, "password", "wrong-password", "_csrf", browser.get("/login").body()));
			assertThat(failed.headers().firstValue("Location")).hasValue("/login?error=credentials");
		}
		assertThat(this.template.opsForHash().get("appwrite:login-throttle:account:" + email, "failures"))
			.isEqualTo("3");
		HttpResponse<String> throttled = browser.postForm("/auth/login",
				Map.of("email", email, "password", "a-long-password", "_csrf", browser.get("/login").body()));
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After")).hasValue("1");
		Long ttl = this.template.getExpire("appwrite:login-throttle:account:" + email);
		assertThat(ttl).as("counts expire on their own").isPositive();
		Thread.sleep(1100);
		HttpResponse<String> later = browser.postForm("/auth/login",
				Map.of("email", email, "password", "a-long-password", "_csrf", browser.get("/login").body()));
		assertThat(later.headers().firstValue("Location")).hasValue("/");
		assertThat(this.template.hasKey("appwrite:login-throttle:account:" + email)).as("forgotten on success")
			.isFalse();
	}

}
