package io.github.appwritespring.benchmarks.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How much the Appwrite auto-configuration adds to application start-up: starts
 * {@link StartupApp} in fresh JVMs, alternately with the Appwrite auto-configurations and
 * with them excluded, and prints the medians.
 * <p>
 * Run it on the module's real class path (not the shaded JMH jar, which cannot merge
 * Spring Boot's metadata): see benchmarks/README.md.
 */
public final class StartupComparison {

	private static final String EXCLUDE = "--spring.autoconfigure.exclude="
			+ "io.github.appwritespring.autoconfigure.AppwriteAutoConfiguration,"
			+ "io.github.appwritespring.autoconfigure.AppwriteHealthContributorAutoConfiguration,"
			+ "io.github.appwritespring.autoconfigure.web.servlet.AppwriteServletAutoConfiguration,"
			+ "io.github.appwritespring.autoconfigure.web.reactive.AppwriteReactiveAutoConfiguration,"
			+ "io.github.appwritespring.autoconfigure.emulator.AppwriteEmulatorAutoConfiguration,";

	/**
	 * Spring Security is on this module's class path for {@code SecurityThroughput}; it
	 * is kept out of both runs so this stays the comparison it was (the Appwrite
	 * auto-configuration on a plain MVC application).
	 */
	private static final String SECURITY = "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration,"
			+ "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration,"
			+ "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration,"
			+ "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration,"
			+ "io.github.appwritespring.autoconfigure.security.AppwriteSecurityAutoConfiguration,"
			+ "io.github.appwritespring.autoconfigure.security.servlet.AppwriteServletSecurityAutoConfiguration";

	private StartupComparison() {
	}

	public static void main(String[] args) throws Exception {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		List<Long> with = new ArrayList<>();
		List<Long> without = new ArrayList<>();
		for (int i = 0; i < runs + 1; i++) {
			long a = start(false);
			long b = start(true);
			if (i > 0) {
				without.add(a);
				with.add(b);
			}
		}
		long medianWith = median(with);
		long medianWithout = median(without);
		System.out.println("without Appwrite auto-configuration: " + without + " ms, median " + medianWithout);
		System.out.println("with Appwrite auto-configuration:    " + with + " ms, median " + medianWith);
		System.out
			.println("added by the auto-configuration (median difference): " + (medianWith - medianWithout) + " ms");
	}

	private static long start(boolean withAppwrite) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(System.getProperty("java.home") + "/bin/java", "-cp", System.getProperty("java.class.path"),
						StartupApp.class.getName(), "--server.port=0", "--spring.main.banner-mode=off",
						"--logging.level.root=WARN", "--appwrite.endpoint=http://127.0.0.1:1/v1",
						"--appwrite.project-id=bench", "--appwrite.api-key=standard_bench"));
		command.add(withAppwrite ? "--spring.autoconfigure.exclude=" + SECURITY : EXCLUDE + SECURITY);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		long ready = -1;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith("READY_MS=")) {
					ready = Long.parseLong(line.substring("READY_MS=".length(), line.indexOf(' ')));
					if (line.endsWith("appwriteBeans=0") == withAppwrite) {
						throw new IllegalStateException("Run with Appwrite=" + withAppwrite + " printed " + line);
					}
				}
			}
		}
		if (process.waitFor() != 0 || ready < 0) {
			throw new IllegalStateException("The start-up run failed (exit " + process.exitValue() + ")");
		}
		return ready;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

}
