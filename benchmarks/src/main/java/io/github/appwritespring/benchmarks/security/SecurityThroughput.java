package io.github.appwritespring.benchmarks.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.emulator.AppwriteEmulator;

/**
 * Issue 5's benchmark: throughput of an authenticated Spring MVC endpoint behind the
 * default Appwrite {@code SecurityFilterChain}, against floors measured in the same run,
 * on Tomcat, against the in-JVM emulator.
 * <ul>
 * <li>{@code A}: {@code GET /me} with the {@code a_session_<PROJECT>} cookie; the chain
 * resolves it with one {@code account.get} (cache off). Floor 1: {@code GET /floor/call},
 * permitted to all in the same chain, whose handler makes that {@code account.get} itself
 * with a shared plain {@code WebClient} and returns the email. Target 0.85x.</li>
 * <li>{@code A cached}: the same with {@code appwrite.security.cache.enabled=true} (a
 * second application context). Floor 2: {@code GET /floor/constant} in that context,
 * permitted to all, no call. Target 0.9x.</li>
 * <li>{@code W} (issue 16, {@code only=7,8}): {@code GET /me} in a third context
 * configured with Appwrite's webhook and nothing about the cache (so on by default, TTL 5
 * min). Floor 3: {@code GET /floor/constant} in that context. Target 0.95x, with 0
 * Appwrite calls per request, counted from the client's observations in that
 * context.</li>
 * </ul>
 * The load is {@code wrk} (Debian package {@code wrk}) in its own process: closed loop, N
 * connections kept alive, a fixed duration per run, the variants alternated in rounds
 * after a warm-up. Every run is checked: each request wrk counted was answered by the
 * endpoint's handler (so none was redirected to the sign-in page), no socket errors, no
 * non-2xx answers.
 * <p>
 * Besides req/s and wrk's latency percentiles, each run reports the CPU time this JVM
 * spent per request (the application, the emulator and both HTTP clients; wrk excluded),
 * which other processes on the machine disturb much less than throughput.
 * <p>
 * A fifth variant, a diagnostic, is run only when asked for ({@code only=1,2,5}):
 * {@code GET /floor/client}, permitted to all, whose handler makes the call with our
 * client ({@code admin.withSession(secret).account().get()}), which splits A's cost into
 * our client's and the security integration's; and a sixth ({@code only=1,5,6,2}),
 * {@code GET /floor/headers}: floor 1's call sending our client's other request headers
 * too.
 * <p>
 * Arguments ({@code key=value}, all optional):
 * {@code rounds=6 seconds=5 connections=8 warmup=20 only=1,2,3,4} (the variants to run,
 * e.g. {@code only=1} alone under a profiler). Each round starts with the next variant in
 * turn; the warm-up runs each variant once for its seconds (the JIT needs long on two
 * busy cores).
 */
public final class SecurityThroughput {

	static final String EMAIL = "bench@example.com";

	static final String PASSWORD = "a-long-password";

	private SecurityThroughput() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>(
				Map.of("rounds", "6", "seconds", "5", "connections", "8", "warmup", "20", "only", "1,2,3,4"));
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (eq < 0 || !options.containsKey(arg.substring(0, eq))) {
				throw new IllegalArgumentException(
						"Unknown argument " + arg + "; expected key=value with key in " + options.keySet());
			}
			options.put(arg.substring(0, eq), arg.substring(eq + 1));
		}
		int rounds = Integer.parseInt(options.get("rounds"));
		int seconds = Integer.parseInt(options.get("seconds"));
		int connections = Integer.parseInt(options.get("connections"));
		int warmup = Integer.parseInt(options.get("warmup"));
		checkWrk();
		System.out.printf("%d cores, %s %s; %d rounds of %d s per variant, %d connections, warm-up %d s per variant%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), rounds, seconds, connections, warmup);

		try (AppwriteEmulator emulator = AppwriteEmulator.builder().rateLimits(false).start()) {
			emulator.seedUser(EMAIL, PASSWORD);
			String secret;
			try (AppwriteClient admin = AppwriteClient.builder()
				.endpoint(emulator.endpoint())
				.projectId(emulator.projectId())
				.apiKey(emulator.apiKey())
				.build()) {
				secret = admin.account().createEmailPasswordSession(EMAIL, PASSWORD).secret();
			}
			String appwriteCookie = "a_session_" + emulator.projectId() + "=" + secret;
			String floorCookie = SecurityBenchApp.FLOOR_COOKIE + "=" + secret;
			List<String> only = List.of(options.getOrDefault("only", "").split(","));
			AppwriteCallCounter calls = new AppwriteCallCounter();
			try (ConfigurableApplicationContext plain = start(emulator, false);
					ConfigurableApplicationContext cached = start(emulator, true);
					ConfigurableApplicationContext webhook = (only.contains("7") || only.contains("8"))
							? startWithWebhook(emulator, calls) : plain) {
				List<Variant> all = List.of(new Variant("A: /me, cache off", plain, "/me", appwriteCookie, (e) -> e.me),
						new Variant("floor 1: /floor/call", plain, "/floor/call", floorCookie, (e) -> e.call),
						new Variant("A cached: /me, cache on", cached, "/me", appwriteCookie, (e) -> e.me),
						new Variant("floor 2: /floor/constant", cached, "/floor/constant", floorCookie,
								(e) -> e.constant),
						new Variant("diag: /floor/client", plain, "/floor/client", floorCookie, (e) -> e.client),
						new Variant("diag2: /floor/headers", plain, "/floor/headers", floorCookie, (e) -> e.headers),
						new Variant("W: /me, webhook on", webhook, "/me", appwriteCookie, (e) -> e.me),
						new Variant("floor 3: /floor/constant", webhook, "/floor/constant", floorCookie,
								(e) -> e.constant));
				List<Variant> variants = new ArrayList<>();
				for (String index : only) {
					variants.add(all.get(Integer.parseInt(index.trim()) - 1));
				}
				for (Variant variant : variants) {
					check(variant);
				}
				for (Variant variant : variants) {
					run(variant, warmup, connections);
				}
				Map<Variant, List<Run>> runs = new LinkedHashMap<>();
				for (int round = 0; round < rounds; round++) {
					// each round starts with the next variant, so none always runs first
					// after another's load
					List<Variant> order = new ArrayList<>(variants);
					Collections.rotate(order, -round);
					for (Variant variant : order) {
						int callsBefore = calls.accountGets();
						Run run = run(variant, seconds, connections);
						if (variant.name().startsWith("W:")) {
							System.out.printf("  round %d  W: %d Appwrite calls (GET /account) for %d requests%n",
									round + 1, calls.accountGets() - callsBefore, run.requests());
						}
						runs.computeIfAbsent(variant, (v) -> new ArrayList<>()).add(run);
						System.out.printf(
								"  round %d  %-26s %9.0f req/s  p50 %7.0f us  p99 %7.0f us  JVM CPU %5.0f us/req%n",
								round + 1, variant.name(), run.rps(), run.p50Micros(), run.p99Micros(),
								run.cpuMicros());
					}
				}
				report(variants, runs);
			}
		}
		System.exit(0);
	}

	private static ConfigurableApplicationContext start(AppwriteEmulator emulator, boolean cache) {
		return new SpringApplicationBuilder(SecurityBenchApp.class)
			.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
					"logging.level.root=WARN", "spring.main.web-application-type=servlet",
					"appwrite.endpoint=" + emulator.endpoint(), "appwrite.project-id=" + emulator.projectId(),
					"appwrite.api-key=" + emulator.apiKey(),
					"appwrite.security.permit-all=/login,/signup,/error,/favicon.ico,/floor/**",
					"appwrite.security.cache.enabled=" + cache, "appwrite.security.cache.ttl=60s")
			.run();
	}

	/**
	 * The application with Appwrite's webhook configured (signature key and URL) and no
	 * cache setting: the cache is on by default. Its admin client's calls are counted.
	 */
	private static ConfigurableApplicationContext startWithWebhook(AppwriteEmulator emulator,
			AppwriteCallCounter calls) {
		return new SpringApplicationBuilder(SecurityBenchApp.class)
			.initializers((context) -> context.getBeanFactory().registerSingleton("countingCustomizer", calls))
			.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
					"logging.level.root=WARN", "spring.main.web-application-type=servlet",
					"appwrite.endpoint=" + emulator.endpoint(), "appwrite.project-id=" + emulator.projectId(),
					"appwrite.api-key=" + emulator.apiKey(),
					"appwrite.security.permit-all=/login,/signup,/error,/favicon.ico,/floor/**",
					"appwrite.security.events.signature-key=bench-signature-key",
					"appwrite.security.events.url=http://127.0.0.1/auth/appwrite/events")
			.run();
	}

	/** One request with the JDK client: 200 and the email, before any load. */
	private static void check(Variant variant) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpResponse<String> response = client.send(
				HttpRequest.newBuilder(URI.create(variant.url())).header("Cookie", variant.cookie()).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || !EMAIL.equals(response.body())) {
			throw new IllegalStateException(variant.name() + " answered " + response.statusCode() + " "
					+ response.body() + " " + response.headers().map());
		}
		Map<String, List<String>> headers = new java.util.TreeMap<>(response.headers().map());
		headers.remove("date");
		System.out.println("  " + variant.name() + " answers 200 " + response.body() + " " + headers);
	}

	private static void checkWrk() {
		try {
			Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException("This benchmark loads the server with wrk, which is not on the PATH: "
					+ "install it (Debian: apt-get install -y wrk)", ex);
		}
	}

	private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ");

	private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

	private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s)\\s*$",
			Pattern.MULTILINE);

	private static Run run(Variant variant, int seconds, int connections) throws IOException, InterruptedException {
		long before = variant.answered();
		long cpuBefore = processCpuNanos();
		Process wrk = new ProcessBuilder("wrk", "-t" + Math.min(2, connections), "-c" + connections,
				"-d" + seconds + "s", "--latency", "-H", "Cookie: " + variant.cookie(), variant.url())
			.redirectErrorStream(true)
			.start();
		String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!wrk.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
			wrk.destroyForcibly();
			throw new IllegalStateException("wrk did not finish");
		}
		long cpu = processCpuNanos() - cpuBefore;
		long answered = variant.answered() - before;
		if (wrk.exitValue() != 0 || out.contains("Non-2xx") || out.contains("Socket errors")) {
			throw new IllegalStateException(variant.name() + ": wrk reported errors\n" + out);
		}
		long requests = Long.parseLong(find(REQUESTS, out, variant));
		// Every request wrk completed reached the handler; a few more may have been in
		// flight when it stopped.
		if (answered < requests || answered > requests + connections) {
			throw new IllegalStateException(variant.name() + ": wrk completed " + requests
					+ " requests but the handler answered " + answered + " (redirected to sign-in?)\n" + out);
		}
		double p50 = -1;
		double p99 = -1;
		Matcher percentile = PERCENTILE.matcher(out);
		while (percentile.find()) {
			double value = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
				case "us" -> 1;
				case "ms" -> 1_000;
				default -> 1_000_000;
			};
			if (percentile.group(1).equals("50")) {
				p50 = value;
			}
			else {
				p99 = value;
			}
		}
		return new Run(Double.parseDouble(find(RPS, out, variant)), requests, p50, p99, cpu / 1000.0 / answered);
	}

	/**
	 * CPU time of this JVM (the applications, the emulator, both HTTP clients; not wrk).
	 */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static String find(Pattern pattern, String out, Variant variant) {
		Matcher matcher = pattern.matcher(out);
		if (!matcher.find()) {
			throw new IllegalStateException(variant.name() + ": cannot read wrk's output\n" + out);
		}
		return matcher.group(1);
	}

	private static void report(List<Variant> variants, Map<Variant, List<Run>> runs) {
		System.out.println();
		System.out.printf("%-26s %12s %10s %10s %12s   %s%n", "variant", "median req/s", "p50 (us)", "p99 (us)",
				"CPU us/req", "req/s per round");
		for (Variant variant : variants) {
			List<Run> list = runs.getOrDefault(variant, List.of());
			System.out.printf("%-26s %12.0f %10.0f %10.0f %12.0f   %s%n", variant.name(),
					median(list.stream().map(Run::rps).toList()), median(list.stream().map(Run::p50Micros).toList()),
					median(list.stream().map(Run::p99Micros).toList()),
					median(list.stream().map(Run::cpuMicros).toList()),
					list.stream().map((r) -> String.format(Locale.ROOT, "%.0f", r.rps())).toList());
		}
		System.out.println();
		ratio("A / floor 1 (target >= 0.85)", runs, "A:", "floor 1:");
		ratio("A cached / floor 2 (target >= 0.90)", runs, "A cached:", "floor 2:");
		ratio("W / floor 3 (target >= 0.95)", runs, "W:", "floor 3:");
		ratio("A / our client in the handler", runs, "A:", "diag:");
		ratio("our client / floor 1", runs, "diag:", "floor 1:");
		ratio("floor 1 with our headers / floor 1", runs, "diag2:", "floor 1:");
	}

	private static void ratio(String name, Map<Variant, List<Run>> runs, String measuredName, String floorName) {
		List<Run> measured = runs.entrySet()
			.stream()
			.filter((e) -> e.getKey().name().startsWith(measuredName))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		List<Run> floor = runs.entrySet()
			.stream()
			.filter((e) -> e.getKey().name().startsWith(floorName))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		if (measured == null || floor == null) {
			return;
		}
		List<Double> perRound = new ArrayList<>();
		for (int i = 0; i < measured.size(); i++) {
			perRound.add(measured.get(i).rps() / floor.get(i).rps());
		}
		double ofMedians = median(measured.stream().map(Run::rps).toList())
				/ median(floor.stream().map(Run::rps).toList());
		System.out.printf("%-36s ratio of medians %.3f; median of per-round ratios %.3f %s%n", name, ofMedians,
				median(perRound), perRound.stream().map((r) -> String.format(Locale.ROOT, "%.3f", r)).toList());
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/**
	 * One thing to load: an application context, a path and the cookie sent with every
	 * request.
	 */
	private record Variant(String name, ConfigurableApplicationContext context, String path, String cookie,
			Function<SecurityBenchApp.Endpoints, LongAdder> counter) {

		String url() {
			WebServer server = ((WebServerApplicationContext) this.context).getWebServer();
			if (server == null) {
				throw new IllegalStateException("The benchmark application runs no web server");
			}
			int port = server.getPort();
			return "http://127.0.0.1:" + port + this.path;
		}

		long answered() {
			return this.counter.apply(this.context.getBean(SecurityBenchApp.Endpoints.class)).sum();
		}

	}

	/** What one wrk run reported. */
	private record Run(double rps, long requests, double p50Micros, double p99Micros, double cpuMicros) {
	}

}
