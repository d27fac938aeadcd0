package io.github.appwritespring.benchmarks.security;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.model.Session;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.Webhook;

/**
 * Issue 16's revocation latency: from the Appwrite write (a session deleted in the
 * emulator with the API key) to the first refused request on each of two application
 * instances that share a real {@code redis-server}; the emulator's webhook reaches
 * instance A only (as behind a load balancer), B hears through Redis. Each trial: a new
 * session, both instances serve it from their caches, the session is deleted, and one
 * thread per instance asks {@code GET /me} back to back until it is refused. The floor,
 * measured in the same trials: the Appwrite write itself (the delete call's round trip).
 * <p>
 * Arguments: {@code trials=100}. Needs {@code redis-server} on the PATH (Debian:
 * {@code apt-get install -y redis-server}).
 */
public final class RevocationLatency {

	private static final String KEY = "bench-signature-key";

	private RevocationLatency() {
	}

	public static void main(String[] args) throws Exception {
		int trials = (args.length > 0) ? Integer.parseInt(args[0].replace("trials=", "")) : 100;
		int redisPort = freePort();
		int portA = freePort();
		int portB = freePort();
		Process redis = startRedis(redisPort);
		ExecutorService pollers = Executors.newFixedThreadPool(2);
		try (AppwriteEmulator emulator = AppwriteEmulator.builder()
			.rateLimits(false)
			.webhook(Webhook.of(url(portA), "users.*").signatureKey(KEY))
			.start();
				AppwriteClient admin = AppwriteClient.builder()
					.endpoint(emulator.endpoint())
					.projectId(emulator.projectId())
					.apiKey(emulator.apiKey())
					.build();
				ConfigurableApplicationContext a = start(emulator, portA, redisPort);
				ConfigurableApplicationContext b = start(emulator, portB, redisPort)) {
			String userId = emulator.seedUser(SecurityThroughput.EMAIL, SecurityThroughput.PASSWORD);
			waitUntilCaching(a, b);
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			String cookieName = "a_session_" + emulator.projectId();
			List<Double> writes = new ArrayList<>();
			List<Double> onA = new ArrayList<>();
			List<Double> onB = new ArrayList<>();
			for (int trial = 0; trial < trials; trial++) {
				Session session = admin.account()
					.createEmailPasswordSession(SecurityThroughput.EMAIL, SecurityThroughput.PASSWORD);
				String cookie = cookieName + "=" + session.secret();
				for (int port : new int[] { portA, portB }) {
					for (int i = 0; i < 2; i++) {
						int status = me(http, port, cookie);
						if (status != 200) {
							throw new IllegalStateException("trial " + trial + ": a new session answered " + status);
						}
					}
				}
				long start = System.nanoTime();
				CompletableFuture<Long> refusedA = CompletableFuture
					.supplyAsync(() -> untilRefused(http, portA, cookie, start), pollers);
				CompletableFuture<Long> refusedB = CompletableFuture
					.supplyAsync(() -> untilRefused(http, portB, cookie, start), pollers);
				admin.users().deleteSession(userId, session.id());
				long written = System.nanoTime();
				writes.add((written - start) / 1e6);
				onA.add((refusedA.get() - start) / 1e6);
				onB.add((refusedB.get() - start) / 1e6);
			}
			System.out.printf(Locale.ROOT, "%d trials; milliseconds from the delete call's start%n", trials);
			report("floor: the Appwrite write (delete call)", writes);
			report("first refused request on A (webhook)", onA);
			report("first refused request on B (Redis)", onB);
			System.out.printf(Locale.ROOT, "p99 ratios to the write's p99: A %.1f, B %.1f%n",
					percentile(onA, 99) / percentile(writes, 99), percentile(onB, 99) / percentile(writes, 99));
		}
		finally {
			pollers.shutdownNow();
			redis.destroy();
			redis.waitFor();
		}
		System.exit(0);
	}

	private static String url(int port) {
		return "http://127.0.0.1:" + port + "/auth/appwrite/events";
	}

	private static ConfigurableApplicationContext start(AppwriteEmulator emulator, int port, int redisPort) {
		return new SpringApplicationBuilder(SecurityBenchApp.class)
			.properties("server.port=" + port, "server.address=127.0.0.1", "spring.main.banner-mode=off",
					"logging.level.root=WARN", "spring.main.web-application-type=servlet",
					"appwrite.endpoint=" + emulator.endpoint(), "appwrite.project-id=" + emulator.projectId(),
					"appwrite.api-key=" + emulator.apiKey(), "appwrite.security.events.signature-key=" + KEY,
					"appwrite.security.events.url=" + url(port), "appwrite.security.events.broadcast=redis",
					"spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redisPort)
			.run();
	}

	private static void waitUntilCaching(ConfigurableApplicationContext... apps) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		for (ConfigurableApplicationContext app : apps) {
			while (!app.getBean(AppwriteSessionResolver.class).isCaching()) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("An instance did not subscribe to Redis within 30 s");
				}
				Thread.sleep(50);
			}
		}
	}

	private static int me(HttpClient http, int port, String cookie) {
		try {
			return http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/me"))
					.header("Cookie", cookie)
					.header("Accept", "application/json")
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Asks until refused; returns when the refused answer arrived. */
	private static long untilRefused(HttpClient http, int port, String cookie, long start) {
		while (true) {
			int status = me(http, port, cookie);
			if (status == 401) {
				return System.nanoTime();
			}
			if (status != 200) {
				throw new IllegalStateException("GET /me answered " + status);
			}
			if (System.nanoTime() - start > Duration.ofSeconds(30).toNanos()) {
				throw new IllegalStateException("Still served 30 s after the delete on port " + port);
			}
		}
	}

	private static void report(String name, List<Double> millis) {
		System.out.printf(Locale.ROOT, "%-42s p50 %7.2f  p90 %7.2f  p99 %7.2f  max %7.2f%n", name,
				percentile(millis, 50), percentile(millis, 90), percentile(millis, 99), percentile(millis, 100));
	}

	private static double percentile(List<Double> values, int percentile) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
	}

	private static Process startRedis(int port) throws IOException, InterruptedException {
		Path log = Files.createTempFile("bench-redis-", ".log");
		Process process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
				"--save", "", "--appendonly", "no")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!Files.readString(log, StandardCharsets.UTF_8).contains("Ready to accept connections")) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				process.destroyForcibly();
				throw new IllegalStateException(
						"redis-server did not start (Debian: apt-get install -y redis-server):\n"
								+ Files.readString(log));
			}
			Thread.sleep(20);
		}
		return process;
	}

}
