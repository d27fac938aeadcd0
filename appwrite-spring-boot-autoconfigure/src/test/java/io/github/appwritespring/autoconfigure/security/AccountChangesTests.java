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
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.autoconfigure.security.internal.SignInFields;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.mail.Message;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a signed-in user does to their own account, on both stacks, over real HTTP against
 * the emulator and its mailbox: email verification ({@code POST /auth/verification} and
 * its link), {@code appwrite.security.require-verified-email}, password and email changes
 * ({@code POST /auth/password}, {@code POST /auth/email}) and sign-out scopes
 * ({@code POST /auth/logout} with {@code scope}). The session cache is on, so that every
 * test also shows that a change reaches the next request at once. Verified emails are
 * required: the users of the tests that are not about it have verified emails. A subclass
 * starts the application with its stack (the security end-to-end test applications, with
 * {@code GET /me/verified}).
 */
@TestPropertySource(locations = "classpath:security-e2e.properties",
		properties = { "appwrite.security.throttle.emails-per-recipient-per-hour=3",
				"appwrite.security.cache.enabled=true", "appwrite.security.cache.ttl=10m",
				"appwrite.security.require-verified-email=true" })
@Import(MovableClock.AsBean.class)
public abstract class AccountChangesTests {

	private static final String PASSWORD = "a-long-password";

	private static final String NEW_PASSWORD = "another-long-password";

	private static final Duration MAIL_WAIT = Duration.ofSeconds(5);

	private static final Map<String, String> JSON = Map.of("Accept", "application/json");

	@LocalServerPort
	int port;

	@Autowired
	AppwriteClient admin;

	@Autowired
	AppwriteEmulator emulator;

	/** The throttle's clock, which stands still unless a test moves it. */
	@Autowired
	MovableClock clock;

	String sessionCookie;

	@BeforeEach
	void setUp() {
		this.sessionCookie = "a_session_" + this.admin.getProjectId();
	}

	private User newUser(boolean verified) {
		String email = "a" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String id = this.admin.users().create(ID.unique(), email, null, PASSWORD, "Account User").id();
		if (verified) {
			this.admin.users().updateEmailVerification(id, true);
		}
		return new User(id, email);
	}

	private Browser signedIn(User user) throws Exception {
		return signedIn(user, PASSWORD);
	}

	private Browser signedIn(User user, String password) throws Exception {
		Browser browser = new Browser(this.port);
		Answer login = browser.postForm("/auth/login",
				Map.of("email", user.email(), "password", password, "_csrf", browser.csrfFormField()));
		assertThat(login.status()).as("signed in").isEqualTo(302);
		return browser;
	}

	private static Answer post(Browser browser, String path, String... fields) throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			form.put(fields[i], fields[i + 1]);
		}
		form.put("_csrf", browser.csrfFormField());
		return browser.postForm(path, form);
	}

	private static Answer postJson(Browser browser, String path, String json) throws Exception {
		return browser.postJson(path, json, Map.of("X-XSRF-TOKEN", browser.csrfToken()));
	}

	private static int meStatus(Browser browser) throws Exception {
		return browser.get("/me", JSON).status();
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

	private String verificationLink(User user) {
		Message mail = this.emulator.mailbox().awaitMessage(user.email(), MAIL_WAIT);
		return mail.link().orElseThrow();
	}

	private static String withQuery(String link, String name, String value) {
		URI uri = URI.create(link);
		Map<String, List<String>> query = SignInFields.query(uri.getRawQuery());
		StringBuilder rebuilt = new StringBuilder();
		query.forEach((key, values) -> rebuilt.append(rebuilt.isEmpty() ? "?" : "&")
			.append(key)
			.append('=')
			.append(key.equals(name) ? value : values.get(0)));
		return uri.getRawPath() + rebuilt;
	}

	// email verification

	@Test
	void theVerificationLinkVerifiesAndTheSignedInBrowserSeesItAtOnce() throws Exception {
		User user = newUser(false);
		Browser browser = signedIn(user);
		Answer sent = post(browser, "/auth/verification");
		assertThat(sent.status()).isEqualTo(303);
		assertThat(sent.location()).isEqualTo("/verify-email?notice=verification_sent");
		String link = verificationLink(user);
		assertThat(link).startsWith(browser.base() + "/auth/verification/confirm?userId=" + user.id() + "&secret=");
		Browser mailClient = new Browser(this.port);
		Answer confirmed = mailClient.getPage(link);
		assertThat(confirmed.status()).as("the same-site bounce page: the link arrives cross-site").isEqualTo(200);
		assertThat(confirmed.body()).contains("url=/?notice=email_verified");
		assertThat(confirmed.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(confirmed.header("Cache-Control")).isEqualTo("no-store");
		assertThat(this.admin.users().get(user.id()).emailVerification()).isTrue();
		Answer verified = browser.get("/me/verified");
		assertThat(verified.status()).as("the cached principal was forgotten").isEqualTo(200);
		assertThat(verified.body()).isEqualTo("true");
		Answer again = post(browser, "/auth/verification");
		assertThat(again.location()).isEqualTo("/verify-email?notice=already_verified");
		Thread.sleep(200);
		assertThat(this.emulator.mailbox().messagesTo(user.email())).as("no second email").hasSize(1);
	}

	@Test
	void aUsedForgedOrIncompleteLinkIsAClearErrorAndVerifiesNothing() throws Exception {
		User user = newUser(false);
		Browser browser = signedIn(user);
		post(browser, "/auth/verification");
		String link = verificationLink(user);
		String forged = withQuery(link, "secret", "0".repeat(64));
		String otherUser = withQuery(link, "userId", newUser(false).id());
		for (String bad : List.of(forged, otherUser, "/auth/verification/confirm?userId=" + user.id(),
				"/auth/verification/confirm")) {
			Answer refused = new Browser(this.port).getPage(bad);
			assertThat(refused.status()).as(bad).isEqualTo(200);
			assertThat(refused.body()).as(bad).contains("url=/verify-email?error=link");
		}
		assertThat(this.admin.users().get(user.id()).emailVerification()).isFalse();
		assertThat(new Browser(this.port).getPage(link).body()).contains("notice=email_verified");
		Answer reused = new Browser(this.port).getPage(link);
		assertThat(reused.body()).as("a link works once").contains("url=/verify-email?error=link");
		Answer json = new Browser(this.port).getJson(forged);
		assertThat(json.status()).isEqualTo(400);
		assertThat(json.body()).contains("\"error\":\"link\"").contains("Ask for a new one");
		assertThat(json.body()).doesNotContain("0".repeat(64));
	}

	@Test
	void verificationNeedsASignedInUserAndTheCsrfToken() throws Exception {
		Browser anonymous = new Browser(this.port);
		Answer page = post(anonymous, "/auth/verification");
		assertThat(page.status()).isEqualTo(303);
		assertThat(page.location()).isEqualTo("/login?error=sign_in_required");
		Answer json = postJson(anonymous, "/auth/verification", "{}");
		assertThat(json.status()).isEqualTo(401);
		assertThat(json.body()).contains("\"error\":\"sign_in_required\"");
		User user = newUser(false);
		Browser browser = signedIn(user);
		Answer noToken = browser.postForm("/auth/verification", Map.of());
		assertThat(noToken.status()).isEqualTo(403);
		Thread.sleep(200);
		assertThat(this.emulator.mailbox().messagesTo(user.email())).isEmpty();
	}

	@Test
	void verificationEmailsAreCappedPerRecipientEvenWhenAskedForAtOnce() throws Exception {
		User user = newUser(false);
		Browser browser = signedIn(user);
		String csrf = browser.csrfFormField();
		List<Answer> answers = new Crowd(browser).postForms("/auth/verification", 12, (i) -> Map.of("_csrf", csrf),
				(i) -> Map.of());
		assertThat(answers).filteredOn((answer) -> answer.status() == 303)
			.hasSize(3)
			.allSatisfy((answer) -> assertThat(answer.location()).isEqualTo("/verify-email?notice=verification_sent"));
		assertThat(answers).filteredOn((answer) -> answer.status() == 429)
			.hasSize(9)
			.allSatisfy((answer) -> assertThat(answer.header("Retry-After")).isNotBlank());
		Thread.sleep(300);
		assertThat(this.emulator.mailbox().messagesTo(user.email())).hasSize(3);
	}

	@Test
	void jsonClientsGetJsonAnswersToVerification() throws Exception {
		User user = newUser(false);
		Browser browser = signedIn(user);
		Answer sent = postJson(browser, "/auth/verification", "{}");
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.body()).isEqualTo("{\"sent\":true}");
		Answer confirmed = new Browser(this.port).getJson(verificationLink(user));
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.body()).isEqualTo("{\"verified\":true}");
		Answer already = postJson(browser, "/auth/verification", "{}");
		assertThat(already.status()).isEqualTo(200);
		assertThat(already.body()).contains("\"sent\":false").contains("\"verified\":true");
	}

	// require-verified-email

	@Test
	void anUnverifiedUserReachesOnlyThePermittedPagesAndWhatVerifiesOrSignsOut() throws Exception {
		User user = newUser(false);
		Browser browser = signedIn(user);
		Answer page = browser.getPage("/private");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).isEqualTo("/verify-email");
		Answer json = browser.get("/me", JSON);
		assertThat(json.status()).isEqualTo(403);
		assertThat(json.body()).contains("\"error\":\"email_not_verified\"").contains("Verify your email");
		assertThat(browser.getPage("/login").status()).as("a permitted page").isEqualTo(200);
		assertThat(browser.get("/auth/csrf", JSON).status()).isEqualTo(200);
		Answer passwordChange = post(browser, "/auth/password", "currentPassword", PASSWORD, "password", NEW_PASSWORD);
		assertThat(passwordChange.status()).as("a form post elsewhere goes to the verify-email page").isEqualTo(303);
		assertThat(passwordChange.location()).isEqualTo("/verify-email");
		assertThat(signsIn(user.email(), PASSWORD)).as("nothing changed").isTrue();
		assertThat(post(browser, "/auth/verification").location()).isEqualTo("/verify-email?notice=verification_sent");
		assertThat(new Browser(this.port).getPage(verificationLink(user)).status()).isEqualTo(200);
		Answer after = browser.getPage("/private");
		assertThat(after.status()).as("verified: the next request goes through").isEqualTo(200);
		assertThat(after.body()).isEqualTo("private");
	}

	@Test
	void anUnverifiedUserMayFixTheEmailAndSignOutAndOthersAreUnaffected() throws Exception {
		User user = newUser(false);
		Browser browser = signedIn(user);
		String fixed = "fixed-" + user.email();
		Answer changed = post(browser, "/auth/email", "email", fixed, "password", PASSWORD);
		assertThat(changed.location()).isEqualTo("/?notice=email_changed");
		assertThat(post(browser, "/auth/verification").location()).isEqualTo("/verify-email?notice=verification_sent");
		assertThat(this.emulator.mailbox().awaitMessage(fixed, MAIL_WAIT).link()).isPresent();
		Answer signOut = post(browser, "/auth/logout");
		assertThat(signOut.status()).isEqualTo(302);
		assertThat(signOut.location()).isEqualTo("/login?logout");
		Answer anonymous = new Browser(this.port).getPage("/private");
		assertThat(anonymous.location()).as("no user: the chain's own rules").endsWith("/login");
		Browser verified = signedIn(newUser(true));
		assertThat(verified.getPage("/private").status()).isEqualTo(200);
	}

	// password change

	@Test
	void aPasswordChangeKeepsThisSessionAndEndsTheOthers() throws Exception {
		User user = newUser(true);
		Browser browser = signedIn(user);
		Browser elsewhere = signedIn(user);
		assertThat(meStatus(elsewhere)).isEqualTo(200);
		Answer changed = post(browser, "/auth/password", "currentPassword", PASSWORD, "password", NEW_PASSWORD,
				"passwordConfirmation", NEW_PASSWORD);
		assertThat(changed.status()).isEqualTo(303);
		assertThat(changed.location()).isEqualTo("/?notice=password_changed");
		assertThat(meStatus(browser)).as("this session stays").isEqualTo(200);
		assertThat(meStatus(elsewhere)).as("the other session ended").isEqualTo(401);
		assertThat(this.admin.users().listSessions(user.id()).total()).isEqualTo(1);
		assertThat(signsIn(user.email(), NEW_PASSWORD)).isTrue();
		assertThat(signsIn(user.email(), PASSWORD)).isFalse();
	}

	@Test
	void aWrongOrRefusedPasswordChangesNothingAndSaysWhy() throws Exception {
		User user = newUser(true);
		Browser browser = signedIn(user);
		assertThat(post(browser, "/auth/password", "currentPassword", "wrong-password", "password", NEW_PASSWORD,
				"redirect", "/account")
			.location()).isEqualTo("/account?error=current_password");
		assertThat(post(browser, "/auth/password", "currentPassword", PASSWORD, "password", NEW_PASSWORD,
				"passwordConfirmation", NEW_PASSWORD + "x")
			.location()).isEqualTo("/?error=password_mismatch");
		assertThat(post(browser, "/auth/password", "currentPassword", PASSWORD, "password", "short").location())
			.isEqualTo("/?error=password");
		assertThat(post(browser, "/auth/password", "currentPassword", PASSWORD).location())
			.isEqualTo("/?error=missing");
		assertThat(signsIn(user.email(), PASSWORD)).isTrue();
		Answer json = postJson(browser, "/auth/password",
				"{\"currentPassword\":\"wrong-password\",\"password\":\"" + NEW_PASSWORD + "\"}");
		assertThat(json.status()).isEqualTo(401);
		assertThat(json.body()).contains("\"error\":\"current_password\"").doesNotContain("wrong-password");
		Answer noToken = browser.postForm("/auth/password",
				Map.of("currentPassword", PASSWORD, "password", NEW_PASSWORD));
		assertThat(noToken.status()).isEqualTo(403);
		Answer anonymous = postJson(new Browser(this.port), "/auth/password",
				"{\"currentPassword\":\"" + PASSWORD + "\",\"password\":\"" + NEW_PASSWORD + "\"}");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(signsIn(user.email(), PASSWORD)).isTrue();
		Answer ok = postJson(browser, "/auth/password",
				"{\"currentPassword\":\"" + PASSWORD + "\",\"password\":\"" + NEW_PASSWORD + "\"}");
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.body()).isEqualTo("{\"changed\":true}");
	}

	@Test
	void concurrentWrongCurrentPasswordsAreThrottledLikeSignIns() throws Exception {
		User user = newUser(true);
		Browser browser = signedIn(user);
		String csrf = browser.csrfFormField();
		List<Answer> answers = new Crowd(browser).postForms("/auth/password", 10,
				(i) -> Map.of("currentPassword", "wrong-password-" + i, "password", NEW_PASSWORD, "_csrf", csrf),
				(i) -> Map.of());
		assertThat(answers).filteredOn((answer) -> answer.status() != 429)
			.as("two free failures and the one that starts the wait")
			.hasSize(3)
			.allSatisfy((answer) -> assertThat(answer.location()).isEqualTo("/?error=current_password"));
		assertThat(answers).filteredOn((answer) -> answer.status() == 429)
			.hasSize(7)
			.allSatisfy((answer) -> assertThat(answer.header("Retry-After")).isNotBlank());
		Answer right = post(browser, "/auth/password", "currentPassword", PASSWORD, "password", NEW_PASSWORD);
		assertThat(right.status()).as("even the right password waits").isEqualTo(429);
		Browser other = new Browser(this.port);
		Answer signIn = other.postForm("/auth/login",
				Map.of("email", user.email(), "password", PASSWORD, "_csrf", other.csrfFormField()));
		assertThat(signIn.status()).as("and so does a sign-in to the account: the counts are shared").isEqualTo(429);
		this.clock.advance(Duration.ofSeconds(Long.parseLong(right.header("Retry-After"))));
		assertThat(post(browser, "/auth/password", "currentPassword", PASSWORD, "password", NEW_PASSWORD).location())
			.as("never a permanent lock-out")
			.isEqualTo("/?notice=password_changed");
	}

	// email change

	@Test
	void anEmailChangeLeavesTheNewEmailUnverifiedAndTheNextRequestSeesIt() throws Exception {
		User user = newUser(true);
		Browser browser = signedIn(user);
		assertThat(browser.get("/me").body()).isEqualTo(user.email());
		String changedTo = "changed-" + user.email();
		Answer changed = post(browser, "/auth/email", "email", changedTo, "password", PASSWORD);
		assertThat(changed.status()).isEqualTo(303);
		assertThat(changed.location()).isEqualTo("/?notice=email_changed");
		assertThat(this.admin.users().get(user.id()).emailVerification()).isFalse();
		Answer me = browser.get("/me", JSON);
		assertThat(me.status()).as("unverified now, and verified emails are required").isEqualTo(403);
		this.admin.users().updateEmailVerification(user.id(), true);
		assertThat(post(browser, "/auth/verification").location()).as("the principal is read again: verified")
			.isEqualTo("/verify-email?notice=already_verified");
		assertThat(browser.get("/me").body()).isEqualTo(changedTo);
	}

	@Test
	void aTakenEmailWrongPasswordOrBadAddressChangesNothing() throws Exception {
		User user = newUser(true);
		User other = newUser(true);
		Browser browser = signedIn(user);
		assertThat(post(browser, "/auth/email", "email", other.email(), "password", PASSWORD).location())
			.isEqualTo("/?error=exists");
		assertThat(
				post(browser, "/auth/email", "email", "new-" + user.email(), "password", "wrong-password").location())
			.isEqualTo("/?error=current_password");
		assertThat(post(browser, "/auth/email", "email", "not an email", "password", PASSWORD).location())
			.isEqualTo("/?error=email");
		assertThat(post(browser, "/auth/email", "email", "new-" + user.email()).location())
			.isEqualTo("/?error=missing");
		Answer json = postJson(browser, "/auth/email",
				"{\"email\":\"" + other.email() + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(json.status()).isEqualTo(409);
		assertThat(json.body()).contains("\"error\":\"exists\"");
		assertThat(
				browser.postForm("/auth/email", Map.of("email", "new-" + user.email(), "password", PASSWORD)).status())
			.as("no CSRF token")
			.isEqualTo(403);
		assertThat(this.admin.users().get(user.id()).email()).isEqualTo(user.email());
		assertThat(
				post(browser, "/auth/email", "email", "new-" + user.email(), "password", "wrong-password").location())
			.as("the second wrong password")
			.isEqualTo("/?error=current_password");
		assertThat(
				post(browser, "/auth/email", "email", "new-" + user.email(), "password", "wrong-password").location())
			.as("the one that starts the wait")
			.isEqualTo("/?error=current_password");
		Answer throttled = post(browser, "/auth/email", "email", "new-" + user.email(), "password", PASSWORD);
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(this.admin.users().get(user.id()).email()).isEqualTo(user.email());
	}

	// sign-out scopes

	@Test
	void signingOutOthersKeepsThisBrowserAndEndsTheRest() throws Exception {
		User user = newUser(true);
		Browser browser = signedIn(user);
		Browser second = signedIn(user);
		Browser third = signedIn(user);
		assertThat(meStatus(second)).isEqualTo(200);
		Answer answer = post(browser, "/auth/logout", "scope", "others");
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).isEqualTo("/?notice=signed_out_others");
		assertThat(answer.setCookie(this.sessionCookie)).as("this browser keeps its cookie").isEmpty();
		assertThat(meStatus(browser)).isEqualTo(200);
		assertThat(meStatus(second)).isEqualTo(401);
		assertThat(meStatus(third)).isEqualTo(401);
		Browser fourth = signedIn(user);
		Answer json = fourth.postJson("/auth/logout", "{\"scope\":\"others\"}",
				Map.of("X-XSRF-TOKEN", fourth.csrfToken()));
		assertThat(json.status()).isEqualTo(204);
		assertThat(meStatus(fourth)).isEqualTo(200);
		assertThat(meStatus(browser)).isEqualTo(401);
	}

	@Test
	void signingOutEverywhereEndsEverySessionAndTheDefaultOnlyThisOne() throws Exception {
		User user = newUser(true);
		Browser browser = signedIn(user);
		Browser second = signedIn(user);
		Browser third = signedIn(user);
		Answer current = post(third, "/auth/logout");
		assertThat(current.location()).isEqualTo("/login?logout");
		assertThat(meStatus(second)).as("the default scope ends only this browser's session").isEqualTo(200);
		Answer all = post(browser, "/auth/logout", "scope", "all");
		assertThat(all.status()).isEqualTo(302);
		assertThat(all.location()).isEqualTo("/login?logout");
		assertThat(all.setCookie(this.sessionCookie).orElseThrow().maxAge()).contains(0L);
		assertThat(meStatus(browser)).isEqualTo(401);
		assertThat(meStatus(second)).isEqualTo(401);
		assertThat(this.admin.users().listSessions(user.id()).total()).isZero();
	}

	@Test
	void anUnknownScopeIsABadRequestAndEndsNothing() throws Exception {
		User user = newUser(true);
		Browser browser = signedIn(user);
		Answer json = browser.postJson("/auth/logout", "{\"scope\":\"everything\"}",
				Map.of("X-XSRF-TOKEN", browser.csrfToken()));
		assertThat(json.status()).isEqualTo(400);
		assertThat(json.body()).contains("\"error\":\"scope\"");
		assertThat(post(browser, "/auth/logout", "scope", "nearby").status()).isEqualTo(400);
		assertThat(browser.postForm("/auth/logout", Map.of("scope", "all")).status()).as("no CSRF token")
			.isEqualTo(403);
		assertThat(meStatus(browser)).isEqualTo(200);
	}

	private record User(String id, String email) {

	}

}
