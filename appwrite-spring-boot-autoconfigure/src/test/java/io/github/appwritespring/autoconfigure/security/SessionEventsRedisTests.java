package io.github.appwritespring.autoconfigure.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.autoconfigure.security.events.RedisSessionEvictions;
import io.github.appwritespring.autoconfigure.security.events.SessionEventsHealthIndicator;
import io.github.appwritespring.autoconfigure.security.events.SessionEvictions;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.Webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of an application, one on each web stack, share a real
 * {@code redis-server}; Appwrite's webhook (the emulator's) reaches only instance A, as
 * behind a load balancer. A session deleted in Appwrite is refused by both at once. Then
 * Redis goes away: both say so once, report degraded and resolve every session with
 * Appwrite (nothing stale); an eviction both miss meanwhile is made good when Redis is
 * back, because each empties its cache on reconnecting.
 */
@ExtendWith(OutputCaptureExtension.class)
class SessionEventsRedisTests {

	private static final String KEY = "redis-test-signature-key";

	private static final String PASSWORD = "a-long-password";

	private static final String LOST = "Session evictions cannot reach this instance through Redis";

	private static RedisServer redis;

	private static AppwriteEmulator emulator;

	private static AppwriteClient admin;

	private static ConfigurableApplicationContext servlet;

	private static ConfigurableApplicationContext reactive;

	private static int portA;

	private static int portB;

	@BeforeAll
	static void start() {
		redis = RedisServer.start();
		portA = RedisServer.portFreeNow();
		portB = RedisServer.portFreeNow();
		emulator = AppwriteEmulator.builder()
			.webhook(Webhook.of(url(portA), "users.*", "teams.*").signatureKey(KEY))
			.start();
		admin = AppwriteClient.builder()
			.endpoint(emulator.endpoint())
			.projectId(emulator.projectId())
			.apiKey(emulator.apiKey())
			.build();
		servlet = app(WebApplicationType.SERVLET, portA);
		reactive = app(WebApplicationType.REACTIVE, portB);
	}

	@AfterAll
	static void stop() {
		for (AutoCloseable closeable : new AutoCloseable[] { servlet, reactive, emulator, redis }) {
			try {
				if (closeable != null) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				// the others still close
			}
		}
	}

	private static String url(int port) {
		return "http://127.0.0.1:" + port + "/auth/appwrite/events";
	}

	private static ConfigurableApplicationContext app(WebApplicationType type, int port) {
		return new SpringApplicationBuilder(App.class).web(type)
			.properties("server.port=" + port, "appwrite.endpoint=" + emulator.endpoint(),
					"appwrite.project-id=" + emulator.projectId(), "appwrite.api-key=" + emulator.apiKey(),
					"appwrite.security.events.signature-key=" + KEY, "appwrite.security.events.url=" + url(port),
					"appwrite.security.events.broadcast=redis", "appwrite.security.events.redis-heartbeat=200ms",
					"appwrite.security.cache.refused-ttl=0", "spring.data.redis.host=127.0.0.1",
					"spring.data.redis.port=" + redis.port(), "spring.data.redis.timeout=1s")
			.run();
	}

	private static String health(ConfigurableApplicationContext app) {
		return app.getBean(SessionEventsHealthIndicator.class).health().getStatus().getCode();
	}

	private static boolean caching(ConfigurableApplicationContext app) {
		return app.getBean(AppwriteSessionResolver.class).isCaching();
	}

	private static int calls(ConfigurableApplicationContext app) {
		return app.getBean(AppwriteCalls.class).accountGets();
	}

	private static User signIn() throws Exception {
		String email = "r" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String userId = admin.users().create(ID.unique(), email, null, PASSWORD, "Redis").id();
		Browser onA = new Browser(portA);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("email", email);
		fields.put("password", PASSWORD);
		fields.put("_csrf", onA.csrfFormField());
		Answer answer = onA.postForm("/auth/login", fields);
		assertThat(answer.status()).isEqualTo(302);
		String cookie = "a_session_" + emulator.projectId();
		String secret = onA.cookies().get(cookie);
		Browser onB = new Browser(portB);
		onB.setCookie(cookie, secret);
		User user = new User(userId, secret, onA, onB);
		assertThat(user.meOnA()).isEqualTo(200);
		assertThat(user.meOnB()).isEqualTo(200);
		return user;
	}

	@Test
	void bothInstancesRefuseADeletedSessionAtOnceAndNeitherTrustsItsCacheWithoutRedis(CapturedOutput output)
			throws Exception {
		await().atMost(Duration.ofSeconds(10)).until(() -> caching(servlet) && caching(reactive));
		assertThat(servlet.getBean(SessionEvictions.class)).isInstanceOf(RedisSessionEvictions.class);
		assertThat(health(servlet)).isEqualTo("UP");
		assertThat(health(reactive)).isEqualTo("UP");

		// a session deleted in Appwrite: A hears it, B through Redis
		for (int trial = 0; trial < 5; trial++) {
			User user = signIn();
			int before = calls(servlet) + calls(reactive);
			assertThat(user.meOnA()).isEqualTo(200);
			assertThat(user.meOnB()).isEqualTo(200);
			assertThat(calls(servlet) + calls(reactive) - before).as("both pages from the caches").isZero();
			long deleted = System.nanoTime();
			admin.users().deleteSession(user.userId(), user.sessionId());
			await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10)).untilAsserted(() -> {
				assertThat(user.meOnA()).isEqualTo(401);
				assertThat(user.meOnB()).isEqualTo(401);
			});
			assertThat(Duration.ofNanos(System.nanoTime() - deleted)).isLessThan(Duration.ofSeconds(1));
		}

		// Redis goes away
		User cachedOnB = signIn();
		User stillValid = signIn();
		int port = redis.port();
		int logBefore = output.getAll().length();
		redis.close();
		await().atMost(Duration.ofSeconds(5)).until(() -> !caching(servlet) && !caching(reactive));
		assertThat(health(servlet)).isEqualTo(SessionEventsHealthIndicator.DEGRADED.getCode());
		assertThat(health(reactive)).isEqualTo(SessionEventsHealthIndicator.DEGRADED.getCode());
		int before = calls(reactive);
		for (int i = 0; i < 3; i++) {
			assertThat(stillValid.meOnB()).isEqualTo(200);
		}
		assertThat(calls(reactive) - before).as("every page resolved with Appwrite").isEqualTo(3);
		// deleted while B cannot hear of it: B's cache still holds it, unused
		admin.users().deleteSession(cachedOnB.userId(), cachedOnB.sessionId());
		await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(cachedOnB.meOnA()).isEqualTo(401));
		assertThat(output.getAll().substring(logBefore).split(LOST, -1)).as("one WARN per instance").hasSize(3);

		// Redis is back: each instance empties its cache before using it again
		redis = RedisServer.start(() -> port);
		await().atMost(Duration.ofSeconds(30)).until(() -> caching(servlet) && caching(reactive));
		assertThat(health(servlet)).isEqualTo("UP");
		assertThat(health(reactive)).isEqualTo("UP");
		assertThat(cachedOnB.meOnB()).as("the eviction B missed is made good").isEqualTo(401);
		assertThat(stillValid.meOnB()).isEqualTo(200);
		User again = signIn();
		admin.users().deleteSession(again.userId(), again.sessionId());
		await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(again.meOnB()).isEqualTo(401));
		assertThat(output.getAll()).doesNotContain(KEY).doesNotContain(stillValid.secret());
	}

	/** A user signed in on A, with the same session cookie in a browser on B. */
	private record User(String userId, String secret, Browser onA, Browser onB) {

		int meOnA() throws Exception {
			return this.onA.get("/me", Map.of("Accept", "application/json")).status();
		}

		int meOnB() throws Exception {
			return this.onB.get("/me", Map.of("Accept", "application/json")).status();
		}

		String sessionId() {
			return admin.withSession(this.secret).account().getSession("current").id();
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ Pages.class, AppwriteCalls.AsBeans.class })
	static class App {

	}

	/** The same page on either stack. */
	@RestController
	static class Pages {

		@GetMapping("/me")
		String me(@AuthenticationPrincipal AppwriteUser user) {
			return user.getEmail();
		}

	}

}
