package io.github.appwritespring.autoconfigure.security;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.Query;
import io.github.appwritespring.emulator.AppwriteEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle as an attacker meets it: many requests at once, client addresses behind a
 * trusted proxy (the test client, on loopback, plays the proxy and names the client in
 * {@code X-Forwarded-For}), a known account kept waiting. A subclass starts the
 * application with its stack; {@link RedisThrottleTests} runs the same on Redis. Every
 * test uses client addresses and accounts of its own.
 */
@TestPropertySource(properties = { "appwrite.security.throttle.account-free-failures=2",
		"appwrite.security.throttle.ip-free-failures=20", "appwrite.security.throttle.base-delay=3s",
		"appwrite.security.throttle.signups-per-hour=3", "appwrite.security.throttle.oauth2-starts-per-hour=3",
		"appwrite.security.throttle.trusted-proxies=127.0.0.1, ::1", "server.forward-headers-strategy=framework",
		"appwrite.security.oauth2.providers=github" })
@Import(MovableClock.AsBean.class)
public abstract class ThrottleUnderLoadTests {

	protected static final String PASSWORD = "a-long-password";

	private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() % 50_000));

	@LocalServerPort
	protected int port;

	@Autowired
	protected AppwriteEmulator emulator;

	@Autowired
	protected AppwriteClient admin;

	protected Browser browser;

	@BeforeEach
	void newBrowser() throws Exception {
		this.browser = new Browser(this.port);
		this.browser.csrfToken();
	}

	/** A client address no other test uses (from 100.64.0.0/10). */
	protected static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "100." + (64 + (n >> 16) % 64) + "." + ((n >> 8) & 0xFF) + "." + (n & 0xFF);
	}

	protected static String newEmail() {
		return "load-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
	}

	protected static Map<String, String> from(String address) {
		return Map.of("X-Forwarded-For", address);
	}

	protected Map<String, String> login(String email, String password) throws Exception {
		return Map.of("email", email, "password", password, "_csrf", this.browser.csrfFormField());
	}

	protected Answer formLogin(Browser browser, String email, String password, String address) throws Exception {
		return browser.postForm("/auth/login",
				Map.of("email", email, "password", password, "_csrf", browser.csrfFormField()), from(address));
	}

	protected static long count(List<Answer> answers, int status) {
		return answers.stream().filter((answer) -> answer.status() == status).count();
	}

	@Test
	void aHundredConcurrentWrongPasswordsForOneAccountReachAppwriteNoMoreOftenThanSequentialOnes() throws Exception {
		String email = newEmail();
		this.emulator.seedUser(email, PASSWORD);
		Map<String, String> wrong = login(email, "wrong-password");
		List<Answer> answers = new Crowd(this.browser).postForms("/auth/login", 100, (i) -> wrong,
				(i) -> from(newAddress()));
		assertThat(answers).filteredOn((answer) -> answer.status() != 429)
			.as("two free failures and the one that starts the wait")
			.hasSize(3)
			.allSatisfy((answer) -> assertThat(answer.location()).isEqualTo("/login?error=credentials"));
		assertThat(count(answers, 429)).isEqualTo(97);
		assertThat(formLogin(this.browser, email, PASSWORD, newAddress()).status())
			.as("the account waits, even for the right password")
			.isEqualTo(429);
	}

	@Test
	void eightyConcurrentSignInsOverEightyAccountsFromOneAddressStopAtItsLimit() throws Exception {
		String address = newAddress();
		String csrf = this.browser.csrfFormField();
		List<Answer> answers = new Crowd(this.browser).postForms("/auth/login", 80,
				(i) -> Map.of("email", newEmail(), "password", "wrong-password", "_csrf", csrf), (i) -> from(address));
		assertThat(count(answers, 429)).as("20 free failures per address and the one that starts the wait")
			.isEqualTo(80 - 21);
	}

	@Test
	void theForwardedEntriesTheClientWroteAreNotBelieved() throws Exception {
		String address = newAddress();
		String csrf = this.browser.csrfFormField();
		List<Answer> answers = new Crowd(this.browser).postForms("/auth/login", 30,
				(i) -> Map.of("email", newEmail(), "password", "wrong-password", "_csrf", csrf),
				(i) -> from(newAddress() + ", " + address));
		assertThat(count(answers, 429)).as("counted by the address the trusted proxy saw, whatever the client wrote")
			.isEqualTo(30 - 21);
		assertThat(formLogin(this.browser, newEmail(), "wrong-password", "198.18.0.1, " + address).status())
			.isEqualTo(429);
		assertThat(formLogin(this.browser, newEmail(), "wrong-password", newAddress()).status())
			.as("another client behind the same proxy")
			.isEqualTo(302);
	}

	@Test
	void signUpsArePerAddressAndHourSuccessesIncluded() throws Exception {
		String address = newAddress();
		String csrf = this.browser.csrfFormField();
		String prefix = "signup-" + UUID.randomUUID().toString().substring(0, 8);
		List<Answer> answers = new Crowd(this.browser).postForms("/auth/signup", 10, (i) -> Map.of("name", "N", "email",
				prefix + "-" + i + "@example.com", "password", PASSWORD, "_csrf", csrf), (i) -> from(address));
		assertThat(answers).filteredOn((answer) -> answer.status() != 429)
			.hasSize(3)
			.allSatisfy((answer) -> assertThat(answer.location()).isEqualTo("/"));
		assertThat(answers).filteredOn((answer) -> answer.status() == 429)
			.allSatisfy((answer) -> assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(3500L, 3600L));
		assertThat(this.admin.users().list(List.of(Query.startsWith("email", prefix)), null).total())
			.as("accounts created")
			.isEqualTo(3);
		Browser another = new Browser(this.port);
		assertThat(
				another.postForm("/auth/signup",
						Map.of("email", prefix + "-x@example.com", "password", PASSWORD, "_csrf",
								another.csrfFormField()),
						from(newAddress()))
					.location())
			.as("another address")
			.isEqualTo("/");
	}

	@Test
	void oauth2StartsArePerAddressAndHour() throws Exception {
		String address = newAddress();
		List<Answer> answers = new Crowd(this.browser).gets("/auth/oauth2/github", 10, (i) -> from(address));
		assertThat(answers).filteredOn((answer) -> answer.status() == 302)
			.hasSize(3)
			.allSatisfy((answer) -> assertThat(answer.location()).startsWith(this.emulator.endpoint()));
		assertThat(answers).filteredOn((answer) -> answer.status() == 429)
			.hasSize(7)
			.allSatisfy((answer) -> assertThat(answer.header("Retry-After")).isNotNull());
	}

	@Test
	void anAttackerCannotKeepTheOwnersBrowserOut() throws Exception {
		String email = newEmail();
		this.emulator.seedUser(email, PASSWORD);
		Browser owner = new Browser(this.port);
		Answer first = formLogin(owner, email, PASSWORD, newAddress());
		assertThat(first.location()).isEqualTo("/");
		Browser.SetCookie device = first.setCookie("appwrite_device").orElseThrow();
		assertThat(device.has("HttpOnly")).isTrue();
		assertThat(device.get("SameSite")).isEqualTo("Strict");
		assertThat(device.get("Path")).isEqualTo("/auth/login");
		assertThat(device.value()).doesNotContain(email).doesNotContain("load-");
		owner.dropCookie("a_session_" + this.admin.getProjectId());

		for (int i = 0; i < 6; i++) {
			formLogin(this.browser, email, "wrong-password", newAddress());
		}
		Browser stranger = new Browser(this.port);
		assertThat(formLogin(stranger, email, PASSWORD, newAddress()).status())
			.as("the account waits for everyone else")
			.isEqualTo(429);
		assertThat(formLogin(owner, email, PASSWORD, newAddress()).location())
			.as("but the browser that signed in before gets in")
			.isEqualTo("/");
		owner.setCookie("appwrite_device", device.value().substring(0, device.value().length() - 2) + "xx");
		owner.dropCookie("a_session_" + this.admin.getProjectId());
		assertThat(formLogin(owner, email, PASSWORD, newAddress()).status()).as("a forged cookie is no cookie")
			.isEqualTo(429);
	}

}
