package io.github.appwritespring.sample.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium with a profile of its own (cookies, downloads), so two of them
 * are two separate people. It uses the system's Chromium and chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}); Selenium Manager never downloads
 * anything because both paths are given.
 */
final class Chromium implements AutoCloseable {

	private static final Path BINARY = Path.of(System.getProperty("sample.chromium", "/usr/bin/chromium"));

	private static final Path DRIVER = Path.of(System.getProperty("sample.chromedriver", "/usr/bin/chromedriver"));

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
		requireExecutable(BINARY, "-Dsample.chromium");
		requireExecutable(DRIVER, "-Dsample.chromedriver");
		try {
			Path profile = Files.createTempDirectory("sample-chromium-profile");
			Path downloads = Files.createTempDirectory("sample-chromium-downloads");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(BINARY.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
			options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
					"download.prompt_for_download", false, "safebrowsing.enabled", false));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
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

	private static void requireExecutable(Path path, String property) {
		if (!Files.isExecutable(path)) {
			throw new IllegalStateException("The browser tests need " + path + " (Debian: apt-get install chromium "
					+ "chromium-driver), or point " + property + "=... at it. They fail instead of skipping so that CI "
					+ "never passes without running them.");
		}
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
