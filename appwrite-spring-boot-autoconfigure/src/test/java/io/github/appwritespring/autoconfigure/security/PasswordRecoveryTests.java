package io.github.appwritespring.autoconfigure.security;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.autoconfigure.security.internal.SignInFields;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.mail.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Password recovery on both stacks, over real HTTP against the emulator and its mailbox:
 * {@code POST /auth/recovery} and {@code POST /auth/recovery/confirm}. A subclass starts
 * the application with its stack (the security end-to-end test applications).
 */
@TestPropertySource(locations = "classpath:security-e2e.properties",
		properties = "appwrite.security.throttle.emails-per-recipient-per-hour=3")
public abstract class PasswordRecoveryTests {

	private static final String PASSWORD = "a-long-password";

	private static final String NEW_PASSWORD = "another-long-password";

	private static final Duration MAIL_WAIT = Duration.ofSeconds(5);

	@LocalServerPort
	int port;

	@Autowired
	AppwriteClient admin;

	@Autowired
	AppwriteEmulator emulator;

	Browser browser;

	@BeforeEach
	void newBrowser() {
		this.browser = new Browser(this.port);
	}

	private String newUser() {
		String email = "r" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		this.admin.users().create(ID.unique(), email, null, PASSWORD, "Recovering User");
		return email;
	}

	private Answer askForRecovery(String email) throws Exception {
		return this.browser.postForm("/auth/recovery", Map.of("email", email, "_csrf", this.browser.csrfFormField()));
	}

	private Map<String, String> linkQuery(Message mail) {
		URI link = URI.create(mail.link().orElseThrow());
		Map<String, String> query = new LinkedHashMap<>();
		SignInFields.query(link.getRawQuery()).forEach((name, values) -> query.put(name, values.get(0)));
		return query;
	}

	private Answer confirm(Map<String, String> link, String password, String confirmation) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("userId", link.get("userId"));
		fields.put("secret", link.get("secret"));
		fields.put("password", password);
		fields.put("passwordConfirmation", confirmation);
		fields.put("_csrf", this.browser.csrfFormField());
		return this.browser.postForm("/auth/recovery/confirm", fields);
	}

	private boolean signsIn(String email, String password) {
		try {
			this.admin.account().createEmailPasswordSession(email, password);
			return true;
		}
		catch (AppwriteErrorResponseException ex) {
			return false;
		}
	}

	@Test
	void anUnknownEmailGetsTheSameAnswerAsAKnownOneAndNoMail() throws Exception {
		String known = newUser();
		String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		Answer forKnown = askForRecovery(known);
		Answer forUnknown = askForRecovery(unknown);
		assertThat(forKnown.status()).isEqualTo(303);
		assertThat(forKnown.location()).isEqualTo("/forgot-password?notice=recovery_sent");
		assertThat(forUnknown.status()).isEqualTo(forKnown.status());
		assertThat(forUnknown.location()).isEqualTo(forKnown.location());
		assertThat(forUnknown.body()).isEqualTo(forKnown.body());
		assertThat(this.emulator.mailbox().awaitMessage(known, MAIL_WAIT).subject()).isNotBlank();
		assertThat(this.emulator.mailbox().messagesTo(unknown)).isEmpty();
	}

	@Test
	void theLinkLeadsToTheResetPageOfTheApplicationAndSetsTheNewPassword() throws Exception {
		String email = newUser();
		assertThat(askForRecovery(email).status()).isEqualTo(303);
		Message mail = this.emulator.mailbox().awaitMessage(email, MAIL_WAIT);
		assertThat(mail.link().orElseThrow()).startsWith(this.browser.base() + "/reset-password?");
		Answer reset = confirm(linkQuery(mail), NEW_PASSWORD, NEW_PASSWORD);
		assertThat(reset.status()).isEqualTo(303);
		assertThat(reset.location()).isEqualTo("/login?notice=password_reset");
		assertThat(signsIn(email, NEW_PASSWORD)).isTrue();
		assertThat(signsIn(email, PASSWORD)).isFalse();
	}

	@Test
	void aResetEndsEverySessionTheUserHad() throws Exception {
		String email = newUser();
		Browser signedIn = new Browser(this.port);
		Answer signIn = signedIn.postForm("/auth/login",
				Map.of("email", email, "password", PASSWORD, "_csrf", signedIn.csrfFormField()));
		assertThat(signIn.status()).isEqualTo(302);
		assertThat(signedIn.get("/me").status()).isEqualTo(200);
		askForRecovery(email);
		confirm(linkQuery(this.emulator.mailbox().awaitMessage(email, MAIL_WAIT)), NEW_PASSWORD, NEW_PASSWORD);
		Answer after = signedIn.get("/me", Map.of("Accept", "application/json"));
		assertThat(after.status()).as("the session from before the reset is gone").isEqualTo(401);
	}

	@Test
	void differentPasswordsChangeNothingAndKeepTheLinkUsable() throws Exception {
		String email = newUser();
		askForRecovery(email);
		Map<String, String> link = linkQuery(this.emulator.mailbox().awaitMessage(email, MAIL_WAIT));
		Answer mismatch = confirm(link, NEW_PASSWORD, NEW_PASSWORD + "x");
		assertThat(mismatch.status()).isEqualTo(303);
		assertThat(mismatch.location()).startsWith("/reset-password?userId=" + link.get("userId") + "&secret=")
			.endsWith("&error=password_mismatch");
		assertThat(signsIn(email, PASSWORD)).isTrue();
		assertThat(confirm(link, NEW_PASSWORD, NEW_PASSWORD).location()).isEqualTo("/login?notice=password_reset");
	}

	@Test
	void aUsedOrForgedLinkIsRefusedAndChangesNothing() throws Exception {
		String email = newUser();
		askForRecovery(email);
		Map<String, String> link = linkQuery(this.emulator.mailbox().awaitMessage(email, MAIL_WAIT));
		Map<String, String> forged = new LinkedHashMap<>(link);
		forged.put("secret", "0".repeat(64));
		assertThat(confirm(forged, NEW_PASSWORD, NEW_PASSWORD).location()).isEqualTo("/forgot-password?error=link");
		assertThat(signsIn(email, PASSWORD)).isTrue();
		assertThat(confirm(link, NEW_PASSWORD, NEW_PASSWORD).location()).isEqualTo("/login?notice=password_reset");
		assertThat(confirm(link, PASSWORD + "-again", PASSWORD + "-again").location()).as("a link works once")
			.isEqualTo("/forgot-password?error=link");
		assertThat(signsIn(email, NEW_PASSWORD)).isTrue();
	}

	@Test
	void appwriteRefusingTheNewPasswordSendsBackToTheResetPage() throws Exception {
		String email = newUser();
		askForRecovery(email);
		Map<String, String> link = linkQuery(this.emulator.mailbox().awaitMessage(email, MAIL_WAIT));
		assertThat(confirm(link, "short", "short").location()).endsWith("&error=password");
		assertThat(signsIn(email, PASSWORD)).isTrue();
	}

	@Test
	void jsonClientsGetJsonAnswers() throws Exception {
		String email = newUser();
		Map<String, String> csrf = Map.of("X-XSRF-TOKEN", this.browser.csrfToken());
		Answer sent = this.browser.postJson("/auth/recovery", "{\"email\":\"" + email + "\"}", csrf);
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.body()).isEqualTo("{\"sent\":true}");
		Answer bad = this.browser.postJson("/auth/recovery", "{\"email\":\"not an email\"}", csrf);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("\"error\":\"email\"").contains("valid email");
		Answer unreadable = this.browser.postJson("/auth/recovery", "[1]", csrf);
		assertThat(unreadable.status()).isEqualTo(400);
		assertThat(unreadable.body()).contains("\"error\":\"request\"");
		Map<String, String> link = linkQuery(this.emulator.mailbox().awaitMessage(email, MAIL_WAIT));
		Answer reset = this.browser.postJson("/auth/recovery/confirm", "{\"userId\":\"" + link.get("userId")
				+ "\",\"secret\":\"" + link.get("secret") + "\",\"password\":\"" + NEW_PASSWORD + "\"}", csrf);
		assertThat(reset.status()).isEqualTo(200);
		assertThat(reset.body()).isEqualTo("{\"reset\":true}");
	}

	@Test
	void withoutTheCsrfTokenNothingIsSent() throws Exception {
		String email = newUser();
		Answer answer = this.browser.postForm("/auth/recovery", Map.of("email", email));
		assertThat(answer.status()).isEqualTo(403);
		assertThat(this.emulator.mailbox().messagesTo(email)).isEmpty();
	}

	@Test
	void emailsToOneRecipientAreCappedEvenWhenAskedForAtOnce() throws Exception {
		String email = newUser();
		String csrf = this.browser.csrfFormField();
		List<Answer> answers = new Crowd(this.browser).postForms("/auth/recovery", 12,
				(i) -> Map.of("email", email, "_csrf", csrf), (i) -> Map.of());
		assertThat(answers).filteredOn((answer) -> answer.status() == 303).hasSize(3);
		assertThat(answers).filteredOn((answer) -> answer.status() == 429)
			.hasSize(9)
			.allSatisfy((answer) -> assertThat(answer.header("Retry-After")).isNotBlank());
		Thread.sleep(300);
		assertThat(this.emulator.mailbox().messagesTo(email)).hasSize(3);
	}

	@Test
	void theUnknownEmailIsNotAnErrorInAppwritesOwnTerms() {
		assertThatExceptionOfType(AppwriteErrorResponseException.class)
			.as("Appwrite itself tells (the reason the endpoint hides it)")
			.isThrownBy(() -> this.admin.account()
				.createRecovery("nobody-" + UUID.randomUUID() + "@example.com", "http://localhost/reset"))
			.satisfies((ex) -> assertThat(ex.getType()).isEqualTo("user_not_found"));
	}

}
