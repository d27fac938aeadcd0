package io.github.appwritespring.autoconfigure.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import io.github.appwritespring.autoconfigure.security.Browser.SetCookie;
import io.github.appwritespring.autoconfigure.security.internal.SignInFields;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.Query;
import io.github.appwritespring.client.model.Membership;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.mail.Message;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwordless sign-in (magic link, emailed code) and team invitation links on both
 * stacks, over real HTTP against the emulator and its mailbox. A subclass starts the
 * application with its stack (the security end-to-end test applications).
 */
@TestPropertySource(locations = "classpath:security-e2e.properties",
		properties = { "appwrite.security.magic-url.enabled=true", "appwrite.security.email-otp.enabled=true",
				"appwrite.security.throttle.emails-per-recipient-per-hour=3",
				"appwrite.security.throttle.emails-per-address-per-hour=1000" })
public abstract class PasswordlessSignInTests {

	private static final String PASSWORD = "a-long-password";

	private static final Duration MAIL_WAIT = Duration.ofSeconds(5);

	private static final String SESSION = "a_session_emulator";

	private static final String OTP_COOKIE = "appwrite_email_otp";

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

	private static String newEmail() {
		return "p" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	private String newUser() {
		String email = newEmail();
		this.admin.users().create(ID.unique(), email, null, PASSWORD, "Passwordless User");
		return email;
	}

	private Answer askForLink(Browser from, String email, Map<String, String> more) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>(more);
		fields.put("email", email);
		fields.put("_csrf", from.csrfFormField());
		return from.postForm("/auth/magic-url", fields);
	}

	private Answer askForCode(Browser from, String email) throws Exception {
		return from.postForm("/auth/email-otp", Map.of("email", email, "_csrf", from.csrfFormField()));
	}

	private Answer verify(Browser from, String code) throws Exception {
		return from.postForm("/auth/email-otp/verify", Map.of("code", code, "_csrf", from.csrfFormField()));
	}

	private Message mail(String email) {
		return this.emulator.mailbox().awaitMessage(email, MAIL_WAIT);
	}

	private static Map<String, String> query(String link) {
		Map<String, String> query = new LinkedHashMap<>();
		SignInFields.query(URI.create(link).getRawQuery()).forEach((name, values) -> query.put(name, values.get(0)));
		return query;
	}

	private static String withSecret(String link, String secret) {
		return link.replaceAll("([?&]secret=)[^&]*", "$1" + secret);
	}

	/** Moves the emulator's clock (Appwrite's time) forward. */
	private void advanceAppwriteClock(Duration by) throws Exception {
		URI clock = URI.create(this.emulator.endpoint()).resolve("/_emulator/clock");
		HttpResponse<String> moved = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(clock)
				.header("X-Appwrite-Key", this.emulator.apiKey())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"advanceSeconds\":" + by.toSeconds() + "}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(moved.statusCode()).isEqualTo(200);
	}

	private static void assertBouncePage(Answer answer, String target) {
		assertThat(answer.status()).as("a page, not a redirect: the Strict cookie must be set same-site")
			.isEqualTo(200);
		assertThat(answer.setCookie(SESSION)).as("the session cookie is set on the 200 page").isPresent();
		assertThat(answer.body()).contains("content=\"0;url=" + target + "\"");
		assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
		assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'");
	}

	// the magic link

	@Test
	void aMagicLinkSignsInThroughTheSameSiteBouncePage() throws Exception {
		String email = newUser();
		Answer sent = askForLink(this.browser, email, Map.of());
		assertThat(sent.status()).isEqualTo(303);
		assertThat(sent.location()).isEqualTo("/login?notice=magic_url_sent");
		String link = mail(email).link().orElseThrow();
		assertThat(link).startsWith(this.browser.base() + "/auth/magic-url/callback?");
		Browser mailClient = new Browser(this.port);
		Answer bounce = mailClient.getPage(link);
		assertBouncePage(bounce, "/");
		assertThat(mailClient.get("/me").body()).isEqualTo(email);
	}

	@Test
	void anUnknownEmailGetsTheSameAnswerAsAKnownOne() throws Exception {
		Answer known = askForLink(this.browser, newUser(), Map.of());
		Answer unknown = askForLink(this.browser, newEmail(), Map.of());
		assertThat(unknown.status()).isEqualTo(known.status());
		assertThat(unknown.location()).isEqualTo(known.location());
		assertThat(unknown.body()).isEqualTo(known.body());
	}

	@Test
	void theRequestedTargetTravelsInTheLink() throws Exception {
		String email = newUser();
		askForLink(this.browser, email, Map.of("redirect", "/private"));
		Answer bounce = new Browser(this.port).getPage(mail(email).link().orElseThrow());
		assertBouncePage(bounce, "/private");
	}

	@Test
	void aUsedForgedOrExpiredLinkGoesToTheSignInPage() throws Exception {
		String email = newUser();
		askForLink(this.browser, email, Map.of());
		String link = mail(email).link().orElseThrow();
		Answer forged = new Browser(this.port).getPage(withSecret(link, "0".repeat(64)));
		assertThat(forged.status()).isEqualTo(302);
		assertThat(forged.location()).isEqualTo("/login?error=link");
		assertThat(forged.setCookie(SESSION)).isEmpty();
		assertBouncePage(new Browser(this.port).getPage(link), "/");
		Answer reused = new Browser(this.port).getPage(link);
		assertThat(reused.location()).as("a link works once").isEqualTo("/login?error=link");
		String other = newUser();
		askForLink(this.browser, other, Map.of());
		String expiring = mail(other).link().orElseThrow();
		advanceAppwriteClock(Duration.ofMinutes(61));
		assertThat(new Browser(this.port).getPage(expiring).location()).as("a link lasts an hour")
			.isEqualTo("/login?error=link");
	}

	@Test
	void withoutTheCsrfTokenNoLinkIsSent() throws Exception {
		String email = newUser();
		assertThat(this.browser.postForm("/auth/magic-url", Map.of("email", email)).status()).isEqualTo(403);
		Thread.sleep(200);
		assertThat(this.emulator.mailbox().messagesTo(email)).isEmpty();
	}

	@Test
	void linksToOneRecipientAreCappedEvenWhenAskedForAtOnce() throws Exception {
		String email = newUser();
		String csrf = this.browser.csrfFormField();
		List<Answer> answers = new Crowd(this.browser).postForms("/auth/magic-url", 10,
				(i) -> Map.of("email", email, "_csrf", csrf), (i) -> Map.of());
		assertThat(answers).filteredOn((answer) -> answer.status() == 303).hasSize(3);
		assertThat(answers).filteredOn((answer) -> answer.status() == 429)
			.hasSize(7)
			.allSatisfy((answer) -> assertThat(answer.header("Retry-After")).isNotBlank());
		Thread.sleep(300);
		assertThat(this.emulator.mailbox().messagesTo(email)).hasSize(3);
	}

	@Test
	void badInputGetsAClearError() throws Exception {
		Answer form = askForLink(this.browser, "not an email", Map.of());
		assertThat(form.status()).isEqualTo(303);
		assertThat(form.location()).isEqualTo("/login?error=email");
		Answer json = this.browser.postJson("/auth/magic-url", "{\"email\":\"nope\"}",
				Map.of("X-XSRF-TOKEN", this.browser.csrfToken()));
		assertThat(json.status()).isEqualTo(400);
		assertThat(json.body()).contains("\"error\":\"email\"");
		Answer noSecret = this.browser.getPage("/auth/magic-url/callback?userId=someone");
		assertThat(noSecret.location()).isEqualTo("/login?error=link");
	}

	@Test
	void linksAndInvitationsForAnAccountThatNeedsASecondFactorGoOnToTheMfaPage() throws Exception {
		String email = newUser();
		String userId = this.admin.users().list(List.of(Query.equal("email", email)), null).users().get(0).id();
		this.admin.users().updateEmailVerification(userId, true);
		this.admin.users().updateMFA(userId, true);
		askForLink(this.browser, email, Map.of());
		Browser mailReader = new Browser(this.port);
		Answer link = mailReader.getPage(mail(email).link().orElseThrow());
		assertThat(link.status()).as("a same-site page, so that the Strict cookie is sent next").isEqualTo(200);
		assertThat(link.body()).contains("url=/login/mfa");
		assertThat(link.setCookie(SESSION)).as("the limited session, kept for the second factor").isPresent();
		assertThat(mailReader.get("/me", Map.of("Accept", "application/json")).status())
			.as("a limited session is not signed in")
			.isEqualTo(401);
		assertThat(this.admin.users().listSessions(userId).sessions()).hasSize(1);
		String owner = newUser();
		AppwriteClient ownerClient = this.admin
			.withSession(this.admin.account().createEmailPasswordSession(owner, PASSWORD).secret());
		String teamId = ID.unique();
		ownerClient.teams().create(teamId, "Careful", null);
		ownerClient.teams()
			.createMembership(teamId, List.of("reader"), email, null, null,
					this.browser.base() + "/auth/team-invitation", null);
		Browser invited = new Browser(this.port);
		Answer invitation = invited.getPage(mail(email).link().orElseThrow());
		assertThat(invitation.status()).isEqualTo(200);
		assertThat(invitation.body()).contains("url=/login/mfa");
		assertThat(invitation.setCookie(SESSION)).as("the invitation's limited session").isPresent();
		assertThat(invited.get("/me", Map.of("Accept", "application/json")).status()).isEqualTo(401);
		assertThat(this.admin.users().listSessions(userId).sessions()).as("the link's and the invitation's").hasSize(2);
	}

	// the emailed code

	@Test
	void anEmailedCodeSignsInAndUsesUpTheBrowsersBinding() throws Exception {
		String email = newUser();
		Answer sent = askForCode(this.browser, email);
		assertThat(sent.status()).isEqualTo(303);
		assertThat(sent.location()).isEqualTo("/login/code");
		SetCookie binding = sent.setCookie(OTP_COOKIE).orElseThrow();
		assertThat(binding.has("HttpOnly")).isTrue();
		assertThat(binding.get("SameSite")).isEqualTo("Strict");
		assertThat(binding.get("Path")).isEqualTo("/auth/email-otp/verify");
		assertThat(binding.maxAge()).contains(Duration.ofMinutes(15).toSeconds());
		String code = mail(email).optionalCode().orElseThrow();
		assertThat(code).hasSize(6);
		assertThat(binding.value()).doesNotContain(code);
		Answer signedIn = verify(this.browser, code);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.location()).isEqualTo("/");
		assertThat(signedIn.setCookie(SESSION)).isPresent();
		assertThat(signedIn.setCookie(OTP_COOKIE).orElseThrow().maxAge()).as("used up").contains(0L);
		assertThat(this.browser.get("/me").body()).isEqualTo(email);
	}

	@Test
	void aWrongCodeGoesBackToTheCodePageAndTheRightOneStillWorks() throws Exception {
		String email = newUser();
		askForCode(this.browser, email);
		String code = mail(email).optionalCode().orElseThrow();
		String wrong = code.equals("000000") ? "111111" : "000000";
		Answer refused = verify(this.browser, wrong);
		assertThat(refused.status()).isEqualTo(302);
		assertThat(refused.location()).isEqualTo("/login/code?error=code");
		assertThat(refused.setCookie(SESSION)).isEmpty();
		assertThat(verify(this.browser, code).location()).isEqualTo("/");
	}

	@Test
	void aUsedOrExpiredCodeOrNoBindingIsRefused() throws Exception {
		String email = newUser();
		askForCode(this.browser, email);
		String binding = this.browser.cookies().get(OTP_COOKIE);
		String code = mail(email).optionalCode().orElseThrow();
		Browser elsewhere = new Browser(this.port);
		assertThat(verify(elsewhere, code).location()).as("a browser that asked for no code")
			.isEqualTo("/login/code?error=code");
		assertThat(verify(this.browser, code).location()).isEqualTo("/");
		Browser replay = new Browser(this.port);
		replay.setCookie(OTP_COOKIE, binding);
		assertThat(verify(replay, code).location()).as("a code works once").isEqualTo("/login/code?error=code");
		String other = newUser();
		Browser late = new Browser(this.port);
		askForCode(late, other);
		String lateCode = mail(other).optionalCode().orElseThrow();
		advanceAppwriteClock(Duration.ofMinutes(16));
		assertThat(verify(late, lateCode).location()).as("a code lasts 15 minutes").isEqualTo("/login/code?error=code");
	}

	@Test
	void anUnknownEmailGetsTheSameAnswerAndABinding() throws Exception {
		Answer known = askForCode(new Browser(this.port), newUser());
		Answer unknown = askForCode(new Browser(this.port), newEmail());
		assertThat(unknown.status()).isEqualTo(known.status());
		assertThat(unknown.location()).isEqualTo(known.location());
		assertThat(unknown.setCookie(OTP_COOKIE)).isPresent();
	}

	@Test
	void concurrentWrongCodesReachAppwriteOnlyAsFreeFailures() throws Exception {
		String email = newUser();
		askForCode(this.browser, email);
		String code = mail(email).optionalCode().orElseThrow();
		String wrong = code.equals("000000") ? "111111" : "000000";
		String csrf = this.browser.csrfFormField();
		List<Answer> answers = new Crowd(this.browser).postForms("/auth/email-otp/verify", 20,
				(i) -> Map.of("code", wrong, "_csrf", csrf), (i) -> Map.of());
		assertThat(answers).filteredOn((answer) -> answer.status() != 429)
			.as("two free failures and the one that starts the wait")
			.hasSize(3)
			.allSatisfy((answer) -> assertThat(answer.location()).isEqualTo("/login/code?error=code"));
		assertThat(answers).filteredOn((answer) -> answer.status() == 429)
			.allSatisfy((answer) -> assertThat(answer.header("Retry-After")).isNotBlank());
		assertThat(verify(this.browser, code).status()).as("the right code waits too: the account is throttled")
			.isEqualTo(429);
	}

	@Test
	void jsonClientsGetJsonAnswers() throws Exception {
		String email = newUser();
		Map<String, String> csrf = Map.of("X-XSRF-TOKEN", this.browser.csrfToken());
		Answer sent = this.browser.postJson("/auth/email-otp", "{\"email\":\"" + email + "\"}", csrf);
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.body()).isEqualTo("{\"sent\":true}");
		assertThat(sent.setCookie(OTP_COOKIE)).isPresent();
		String code = mail(email).optionalCode().orElseThrow();
		Answer wrong = this.browser.postJson("/auth/email-otp/verify",
				"{\"code\":\"" + (code.equals("000000") ? "111111" : "000000") + "\"}", csrf);
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.body()).contains("\"error\":\"code\"");
		Answer unreadable = this.browser.postJson("/auth/email-otp/verify", "[1]", csrf);
		assertThat(unreadable.status()).isEqualTo(400);
		assertThat(unreadable.body()).contains("\"error\":\"request\"");
		Answer signedIn = this.browser.postJson("/auth/email-otp/verify", "{\"code\":\"" + code + "\"}", csrf);
		assertThat(signedIn.status()).isEqualTo(200);
		assertThat(signedIn.body()).contains(email);
	}

	@Test
	void withoutTheCsrfTokenNoCodeIsSentOrChecked() throws Exception {
		String email = newUser();
		assertThat(this.browser.postForm("/auth/email-otp", Map.of("email", email)).status()).isEqualTo(403);
		askForCode(this.browser, email);
		String code = mail(email).optionalCode().orElseThrow();
		Answer unprotected = this.browser.postForm("/auth/email-otp/verify", Map.of("code", code));
		assertThat(unprotected.status()).isEqualTo(403);
		assertThat(unprotected.setCookie(SESSION)).isEmpty();
		assertThat(verify(this.browser, code).location()).as("the code was not used").isEqualTo("/");
	}

	// the team invitation

	private String invite(String inviteeEmail) {
		String owner = newUser();
		AppwriteClient ownerClient = this.admin
			.withSession(this.admin.account().createEmailPasswordSession(owner, PASSWORD).secret());
		String teamId = ID.unique();
		ownerClient.teams().create(teamId, "Readers", null);
		ownerClient.teams()
			.createMembership(teamId, List.of("reader"), inviteeEmail, null, null,
					this.browser.base() + "/auth/team-invitation", null);
		return mail(inviteeEmail).link().orElseThrow();
	}

	@Test
	void anInvitationLinkSignsTheInviteeInThroughTheBouncePage() throws Exception {
		String invitee = newEmail();
		String link = invite(invitee);
		assertThat(link).startsWith(this.browser.base() + "/auth/team-invitation?");
		Answer bounce = this.browser.getPage(link);
		assertBouncePage(bounce, "/");
		assertThat(this.browser.get("/me").body()).isEqualTo(invitee);
		Map<String, String> query = query(link);
		Membership membership = this.admin.teams().getMembership(query.get("teamId"), query.get("membershipId"));
		assertThat(membership.confirm()).isTrue();
	}

	@Test
	void aUsedOrForgedInvitationGoesToTheSignInPageWithAClearError() throws Exception {
		String link = invite(newEmail());
		Answer forged = new Browser(this.port).getPage(withSecret(link, "0".repeat(64)));
		assertThat(forged.status()).isEqualTo(302);
		assertThat(forged.location()).isEqualTo("/login?error=invitation");
		assertBouncePage(new Browser(this.port).getPage(link), "/");
		Answer reused = new Browser(this.port).getPage(link);
		assertThat(reused.location()).as("an invitation is accepted once").isEqualTo("/login?error=invitation");
		assertThat(reused.setCookie(SESSION)).isEmpty();
	}

	@Test
	void anotherUsersBrowserIsSignedInAsTheInviteeAndItsOldSessionEnds() throws Exception {
		String other = newUser();
		Answer signIn = this.browser.postForm("/auth/login",
				Map.of("email", other, "password", PASSWORD, "_csrf", this.browser.csrfFormField()));
		assertThat(signIn.status()).isEqualTo(302);
		String oldSession = this.browser.cookies().get(SESSION);
		String invitee = newEmail();
		assertBouncePage(this.browser.getPage(invite(invitee)), "/");
		assertThat(this.browser.get("/me").body()).isEqualTo(invitee);
		Browser stale = new Browser(this.port);
		stale.setCookie(SESSION, oldSession);
		assertThat(stale.get("/me", Map.of("Accept", "application/json")).status())
			.as("the replaced session is ended in Appwrite")
			.isEqualTo(401);
	}

}
