package io.github.appwritespring.sample.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.appwritespring.autoconfigure.AppwriteConnectionDetails;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.mail.Message;
import io.github.appwritespring.sample.provision.AppwriteProvisioner;
import io.github.appwritespring.test.AutoConfigureAppwriteEmulator;

/**
 * The real app on a random port on the embedded emulator, driven by real headless
 * Chromiums. The emulator is wiped before each test (users of {@code application.yml}
 * re-created); the app's data set-up runs again after. {@code http://localhost}, not
 * 127.0.0.1: Chromium keeps {@code Secure} cookies for localhost over plain HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.development=true")
@AutoConfigureAppwriteEmulator
abstract class BrowserTestSupport {

	static final String DEMO_EMAIL = "demo@example.com";

	static final String DEMO_PASSWORD = "demo-password";

	static final String ADMIN_EMAIL = "admin@example.com";

	static final String ADMIN_PASSWORD = "admin-password";

	private static final Duration MAIL_WAIT = Duration.ofSeconds(20);

	@LocalServerPort
	int port;

	@Autowired
	AppwriteProvisioner provisioner;

	@Autowired
	AppwriteConnectionDetails appwrite;

	@Autowired
	private AppwriteEmulator appwriteEmulator;

	private final List<AppBrowser> browsers = new ArrayList<>();

	@BeforeEach
	void provision() {
		this.provisioner.provision();
	}

	@AfterEach
	void closeBrowsers() {
		this.browsers.forEach(AppBrowser::close);
		this.browsers.clear();
	}

	/**
	 * @return a new browser with its own profile, closed after the test
	 */
	AppBrowser browser() {
		AppBrowser browser = new AppBrowser(Chromium.start(), "http://localhost:" + this.port);
		this.browsers.add(browser);
		return browser;
	}

	/**
	 * Returns the next message the emulator would have sent to an address (the oldest one
	 * no earlier call returned), waiting for it: Appwrite sends mail asynchronously.
	 */
	Message mail(String to) {
		return this.appwriteEmulator.mailbox().awaitMessage(to, MAIL_WAIT);
	}

	String sessionCookieName() {
		return "a_session_" + this.appwrite.getProjectId();
	}

}
