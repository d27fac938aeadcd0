package io.github.appwritespring.benchmarks.emulator;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.emulator.AppwriteEmulator;

/**
 * The emulator's speed targets, each against a floor measured in the same run: start-up
 * of the standalone jar (floor: the JVM printing its version), {@code reset()} (floor:
 * reset of an empty emulator), createRow and getRow throughput with 8 concurrent clients
 * (floor: {@code GET /v1/health}), and listRows with an equality filter on an indexed
 * column of a 100,000-row table (floor: getRow by ID).
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.appwritespring.benchmarks.emulator.EmulatorSpeed
 * appwrite-emulator/target/appwrite-emulator.jar}
 */
public final class EmulatorSpeed {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private EmulatorSpeed() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of((args.length > 0) ? args[0] : "appwrite-emulator/target/appwrite-emulator.jar");
		startup(jar);
		try (AppwriteEmulator emulator = AppwriteEmulator.builder().rateLimits(false).start()) {
			reset(emulator);
			throughput(emulator);
			listRows(emulator);
		}
		System.exit(0);
	}

	private static void startup(Path jar) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<Long> floor = new ArrayList<>();
		List<Long> ready = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			long start = System.nanoTime();
			Process version = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
			version.getInputStream().readAllBytes();
			version.waitFor();
			long floorMillis = (System.nanoTime() - start) / 1_000_000;
			start = System.nanoTime();
			Process emulator = new ProcessBuilder(java, "-jar", jar.toString(), "--port", "0").start();
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null && !line.startsWith("Appwrite emulator ready")) {
					// wait for the ready line
				}
			}
			long readyMillis = (System.nanoTime() - start) / 1_000_000;
			emulator.destroy();
			emulator.waitFor();
			if (i > 0) {
				floor.add(floorMillis);
				ready.add(readyMillis);
			}
		}
		System.out.printf(
				"start-up, process start to ready line: median %d ms %s; floor (java -version): median %d ms %s%n",
				median(ready), ready, median(floor), floor);
	}

	private static void reset(AppwriteEmulator emulator) throws Exception {
		List<Long> empty = new ArrayList<>();
		List<Long> full = new ArrayList<>();
		for (int round = 0; round < 11; round++) {
			long start = System.nanoTime();
			emulator.reset();
			empty.add((System.nanoTime() - start) / 1000);
			for (int i = 0; i < 200; i++) {
				emulator.seedUser("user" + i + "@example.com", "a-long-password");
			}
			schema(emulator);
			for (int i = 0; i < 10; i++) {
				post(emulator, "/tablesdb/bench/tables/rows/rows", rowsBody(i * 100, 100));
			}
			start = System.nanoTime();
			emulator.reset();
			full.add((System.nanoTime() - start) / 1000);
		}
		System.out.printf(
				"reset() with 200 users, a table and 1,000 rows: median %.2f ms; floor (empty emulator): median %.2f ms%n",
				median(full.subList(1, full.size())) / 1000.0, median(empty.subList(1, empty.size())) / 1000.0);
	}

	private static void throughput(AppwriteEmulator emulator) throws Exception {
		emulator.reset();
		schema(emulator);
		AtomicInteger ids = new AtomicInteger();
		double health = rate(8, 4, (i) -> request(emulator, "GET", "/health", null));
		double create = rate(8, 4, (i) -> request(emulator, "POST", "/tablesdb/bench/tables/rows/rows", "{\"rowId\":\"r"
				+ ids.incrementAndGet() + "\",\"data\":{\"title\":\"t" + i + "\",\"kind\":\"k" + (i % 100) + "\"}}"));
		int created = ids.get();
		double get = rate(8, 4,
				(i) -> request(emulator, "GET", "/tablesdb/bench/tables/rows/rows/r" + (1 + (i % created)), null));
		System.out.printf(
				"8 concurrent clients, 4 s each: createRow %.0f req/s, getRow %.0f req/s; floor GET /v1/health %.0f req/s%n",
				create, get, health);
	}

	private static void listRows(AppwriteEmulator emulator) throws Exception {
		emulator.reset();
		schema(emulator);
		for (int batch = 0; batch < 100; batch++) {
			post(emulator, "/tablesdb/bench/tables/rows/rows", rowsBody(batch * 1000, 1000));
		}
		String equal = java.net.URLEncoder.encode("{\"method\":\"equal\",\"attribute\":\"kind\",\"values\":[\"k42\"]}",
				StandardCharsets.UTF_8);
		List<Long> list = new ArrayList<>();
		List<Long> get = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			long start = System.nanoTime();
			request(emulator, "GET", "/tablesdb/bench/tables/rows/rows?queries[]=" + equal, null);
			list.add((System.nanoTime() - start) / 1000);
			start = System.nanoTime();
			request(emulator, "GET", "/tablesdb/bench/tables/rows/rows/r" + (i * 997), null);
			get.add((System.nanoTime() - start) / 1000);
		}
		System.out.printf(
				"listRows with equal on an indexed column of 100,000 rows (100 match, 25 returned): median %.2f ms; "
						+ "floor (getRow by ID): median %.2f ms%n",
				median(list.subList(10, 60)) / 1000.0, median(get.subList(10, 60)) / 1000.0);
	}

	private static void schema(AppwriteEmulator emulator) throws Exception {
		post(emulator, "/tablesdb", "{\"databaseId\":\"bench\",\"name\":\"Bench\"}");
		post(emulator, "/tablesdb/bench/tables", "{\"tableId\":\"rows\",\"name\":\"Rows\"}");
		post(emulator, "/tablesdb/bench/tables/rows/columns/string",
				"{\"key\":\"title\",\"size\":64,\"required\":true}");
		post(emulator, "/tablesdb/bench/tables/rows/columns/string",
				"{\"key\":\"kind\",\"size\":16,\"required\":false}");
		post(emulator, "/tablesdb/bench/tables/rows/indexes",
				"{\"key\":\"by_kind\",\"type\":\"key\",\"columns\":[\"kind\"]}");
	}

	private static String rowsBody(int from, int count) {
		StringBuilder rows = new StringBuilder("{\"rows\":[");
		for (int i = from; i < from + count; i++) {
			rows.append((i > from) ? "," : "")
				.append("{\"$id\":\"r")
				.append(i)
				.append("\",\"title\":\"t")
				.append(i)
				.append("\",\"kind\":\"k")
				.append(i % 1000)
				.append("\"}");
		}
		return rows.append("]}").toString();
	}

	private static void post(AppwriteEmulator emulator, String path, String body) throws Exception {
		int status = request(emulator, "POST", path, body);
		if (status >= 300) {
			throw new IllegalStateException("POST " + path + " answered " + status);
		}
	}

	private static int request(AppwriteEmulator emulator, String method, String path, @Nullable String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.endpoint() + path))
			.header("X-Appwrite-Project", emulator.projectId())
			.header("X-Appwrite-Key", emulator.apiKey())
			.header("Content-Type", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static double rate(int clients, int seconds, Call call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicInteger done = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		long start = System.nanoTime();
		List<Future<?>> workers = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			workers.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					int i = done.getAndIncrement();
					try {
						if (call.call(i) >= 300) {
							failed.incrementAndGet();
						}
					}
					catch (Exception ex) {
						failed.incrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
		if (failed.get() > 0) {
			throw new IllegalStateException(failed.get() + " requests failed");
		}
		return done.get() / ((System.nanoTime() - start) / 1e9);
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private interface Call {

		int call(int i) throws Exception;

	}

}
