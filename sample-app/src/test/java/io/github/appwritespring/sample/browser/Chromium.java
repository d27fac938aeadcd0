package io.github.appwritespring.sample.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium with a profile of its own (cookies, downloads), so two of them
 * are two separate people. It uses the system's Chromium and chromedriver:
 * {@code -Dsample.chromium=...} and {@code -Dsample.chromedriver=...} when given, else
 * {@code chromium} and {@code chromedriver} on the {@code PATH} (Debian's
 * {@code chromium} and {@code chromium-driver} put them there); Selenium Manager never
 * downloads anything because both paths are given.
 */
final class Chromium implements AutoCloseable {

	private static final String BINARY_PROPERTY = "sample.chromium";

	private static final String DRIVER_PROPERTY = "sample.chromedriver";

	private final Path profile;

	private final Path downloads;

	private final ChromeDriver driver;

	private Chromium(Path profile, Path downloads, ChromeDriver driver) {
		this.profile = profile;
		this.downloads = downloads;
		this.driver = driver;
	}

	/**
	 * @return a started browser with a fresh profile
	 * @throws IllegalStateException when Chromium or chromedriver is not installed
	 */
	static Chromium start() {
		Path binary = executable(BINARY_PROPERTY, "chromium");
		Path driverBinary = executable(DRIVER_PROPERTY, "chromedriver");
		try {
			Path profile = Files.createTempDirectory("sample-chromium-profile");
			Path downloads = Files.createTempDirectory("sample-chromium-downloads");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(binary.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
			options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
					"download.prompt_for_download", false, "safebrowsing.enabled", false));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Chromium(profile, downloads, driver);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Returns the executable the system property names, else the one of that name on the
	 * {@code PATH}.
	 * @throws IllegalStateException when there is none, saying what to install
	 */
	private static Path executable(String property, String name) {
		String configured = System.getProperty(property);
		if (configured != null && !configured.isBlank()) {
			Path path = Path.of(configured);
			if (!Files.isExecutable(path)) {
				throw new IllegalStateException("-D" + property + "=" + configured + " is not an executable");
			}
			return path;
		}
		return onPath(name).orElseThrow(() -> new IllegalStateException("The browser tests need " + name
				+ " on the PATH (" + System.getenv("PATH") + "; Debian: apt-get install chromium chromium-driver, "
				+ "which ./run-tests does), or point -D" + property + "=... at it. They fail instead of skipping so "
				+ "that CI never passes without running them."));
	}

	private static Optional<Path> onPath(String name) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String directory : path.split(Pattern.quote(File.pathSeparator))) {
			if (!directory.isEmpty()) {
				Path candidate = Path.of(directory, name);
				if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	ChromeDriver driver() {
		return this.driver;
	}

	Path downloads() {
		return this.downloads;
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			delete(this.profile);
			delete(this.downloads);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory left behind is harmless
		}
	}

}
