package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.model.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in a real headless Chromium with a virtual authenticator (Chromium's WebAuthn
 * DevTools domain, through Selenium), on the default sign-in page and Spring Security's
 * passkey page: a signed-in user registers a passkey, signs out, signs in with it without
 * typing an email and reaches a protected page; once it is deleted, it is refused. The
 * application is reached at {@code localhost}, the relying party ID browsers accept
 * without HTTPS. Chromium and chromedriver come from the system (Debian's chromium and
 * chromium-driver), or {@code -Dsample.chromium=} and {@code -Dsample.chromedriver=}.
 */
@SpringBootTest(classes = PasskeyBrowserTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "appwrite.security.passkeys.enabled=true",
				"appwrite.security.passkeys.table-id=passkeys_browser" })
class PasskeyBrowserTests {

	private static final String PASSWORD = "a-long-password";

	@LocalServerPort
	int port;

	@Autowired
	AppwriteClient admin;

	private ChromeDriver driver;

	private Path profile;

	private WebDriverWait wait;

	@BeforeEach
	void startChromium() throws Exception {
		this.profile = Files.createTempDirectory("passkey-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(executable("sample.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(executable("sample.chromedriver", "/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(30));
	}

	private static File executable(String property, String fallback) {
		String configured = System.getProperty(property);
		return new File((configured != null && !configured.isBlank()) ? configured : fallback);
	}

	@AfterEach
	void stopChromium() throws Exception {
		try {
			this.driver.quit();
		}
		finally {
			try (var files = Files.walk(this.profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private User newUser(String name) {
		String email = name + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		return this.admin.users().create(ID.unique(), email, null, PASSWORD, "Chromium User");
	}

	private VirtualAuthenticator newAuthenticator() {
		return ((HasVirtualAuthenticator) this.driver).addVirtualAuthenticator(
				new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
					.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
					.setHasResidentKey(true)
					.setHasUserVerification(true)
					.setIsUserVerified(true)
					.setIsUserConsenting(true));
	}

	/** Signs in with the password and registers a passkey on Spring Security's page. */
	private void registerPasskey(String email, String label) {
		this.driver.get(url("/login"));
		this.driver.findElement(By.name("email")).sendKeys(email);
		this.driver.findElement(By.name("password")).sendKeys(PASSWORD);
		this.driver.findElement(By.cssSelector("form[aria-label='Sign in'] button")).click();
		this.wait.until(ExpectedConditions.urlToBe(url("/")));
		this.driver.get(url("/webauthn/register"));
		this.driver.findElement(By.id("label")).sendKeys(label);
		this.driver.findElement(By.id("register")).click();
		this.wait.until(ExpectedConditions.urlContains("success"));
		assertThat(this.driver.findElement(By.tagName("table")).getText()).contains(label);
	}

	/** Signs out, and in with a passkey from the page a protected one sends to. */
	private void signInWithPasskey() {
		this.driver.manage().deleteAllCookies();
		this.driver.get(url("/private"));
		this.wait.until(ExpectedConditions.urlContains("/login"));
		this.driver.findElement(By.id("appwrite-passkey")).click();
		this.wait.until(ExpectedConditions.urlToBe(url("/private")));
	}

	private String body() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	@Test
	void aPasskeySignsInWithNoEmailTypedUntilItIsDeleted() {
		String email = newUser("chromium").email();
		VirtualAuthenticator authenticator = newAuthenticator();
		registerPasskey(email, "Chromium key");
		assertThat(authenticator.getCredentials()).hasSize(1);

		// sign out; the passkey signs in with no email typed, and every later page of
		// the session has the WebAuthn factor
		signInWithPasskey();
		assertThat(body()).isEqualTo("private " + email);
		this.driver.get(url("/private/authorities"));
		assertThat(body()).contains("FACTOR_WEBAUTHN");

		// deleted, it is refused
		this.driver.get(url("/webauthn/register"));
		this.driver.findElement(By.cssSelector("form.delete-form button")).click();
		this.wait.ignoring(WebDriverException.class).until((driver) -> !body().contains("Chromium key"));
		this.driver.manage().deleteAllCookies();
		this.driver.get(url("/login"));
		this.driver.findElement(By.id("appwrite-passkey")).click();
		WebElement message = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("appwrite-passkey-message")));
		assertThat(message.getText()).isEqualTo(Reason.PASSKEY.message());
		this.driver.get(url("/private"));
		assertThat(this.driver.getCurrentUrl()).contains("/login");
	}

	/**
	 * The second user's passkey, put in an authenticator that claims the first user's
	 * handle for it, signs in its own user: the handle a browser sends is not believed.
	 */
	@Test
	void aSecondUsersPasskeyNeverSignsInTheFirst() {
		User first = newUser("first");
		String second = newUser("second").email();
		VirtualAuthenticator own = newAuthenticator();
		registerPasskey(second, "Second's key");
		Credential key = own.getCredentials().get(0);
		((HasVirtualAuthenticator) this.driver).removeVirtualAuthenticator(own);
		newAuthenticator().addCredential(Credential.createResidentCredential(key.getId(), "localhost",
				key.getPrivateKey(), first.id().getBytes(StandardCharsets.UTF_8), key.getSignCount()));
		signInWithPasskey();
		assertThat(body()).isEqualTo("private " + second);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(App.Pages.class)
	static class App {

		@RestController
		static class Pages {

			@GetMapping("/")
			String home() {
				return "home";
			}

			@GetMapping("/private")
			String secret(@AuthenticationPrincipal AppwriteUser user) {
				return "private " + user.getEmail();
			}

			@GetMapping("/private/authorities")
			String authorities(Authentication authentication) {
				return authentication.getAuthorities().toString();
			}

		}

	}

}
