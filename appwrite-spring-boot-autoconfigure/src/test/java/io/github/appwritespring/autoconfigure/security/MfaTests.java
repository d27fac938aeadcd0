package io.github.appwritespring.autoconfigure.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.model.AuthenticatorType;
import io.github.appwritespring.client.model.MfaType;
import io.github.appwritespring.client.model.Session;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.internal.auth.Totp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Second factors on both stacks, over real HTTP against the emulator: a sign-in that
 * needs one keeps its limited session (never signed in) and goes to the MFA page;
 * {@code POST /auth/mfa/challenge} and {@code POST /auth/mfa/verify} complete it with a
 * TOTP code, an emailed code or a recovery code; the session's factors become authorities
 * that a Spring Security rule requiring two factors checks ({@code /two-factors}); a
 * signed-in user enrols an authenticator, turns MFA on and creates recovery codes. A
 * subclass starts its stack's application, whose chain adds that rule.
 */
@TestPropertySource(locations = "classpath:security-e2e.properties")
public abstract class MfaTests {

	private static final String PASSWORD = "a-long-password";

	private static final Pattern CHALLENGE_ID = Pattern.compile("\"challengeId\":\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AppwriteClient admin;

	@Autowired
	AppwriteEmulator emulator;

	@Autowired
	AppwriteSessionCookie sessionCookie;

	Browser browser;

	@BeforeEach
	void newBrowser() {
		this.browser = new Browser(this.port);
	}

	/** A user with a verified email, a TOTP authenticator, recovery codes and MFA on. */
	private MfaUser newMfaUser() {
		String email = "m" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String userId = this.admin.users().create(ID.unique(), email, null, PASSWORD, "Careful User").id();
		this.admin.users().updateEmailVerification(userId, true);
		Session session = this.admin.users().createSession(userId);
		AppwriteClient user = this.admin.withSession(session.secret());
		MfaType totp = user.account().createMFAAuthenticator(AuthenticatorType.TOTP);
		user.account().updateMFAAuthenticator(AuthenticatorType.TOTP, totp(totp.secret()));
		user.account().updateMFA(true);
		List<String> codes = user.account().createMFARecoveryCodes().recoveryCodes();
		this.admin.users().deleteSession(userId, session.id());
		return new MfaUser(userId, email, totp.secret(), codes);
	}

	private String newPlainUser() {
		String email = "p" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		this.admin.users().create(ID.unique(), email, null, PASSWORD, "Plain User");
		return email;
	}

	/**
	 * The authenticator's current code (the emulator runs on the system clock here), from
	 * the next step when this one is about to end: Appwrite accepts only the current one.
	 */
	public static String totp(String secret) {
		if (Instant.now().getEpochSecond() % 30 >= 27) {
			sleep(3_500);
		}
		return Totp.code(secret, Instant.now());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Answer formLogin(Browser browser, String email, String redirect) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("email", email);
		fields.put("password", PASSWORD);
		fields.put("_csrf", browser.csrfFormField());
		if (redirect != null) {
			fields.put("redirect", redirect);
		}
		return browser.postForm("/auth/login", fields);
	}

	private Answer challenge(Browser browser, String factor) throws Exception {
		return browser.postForm("/auth/mfa/challenge", Map.of("factor", factor, "_csrf", browser.csrfFormField()));
	}

	private Answer verify(Browser browser, String code, String redirect) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("code", code);
		fields.put("_csrf", browser.csrfFormField());
		if (redirect != null) {
			fields.put("redirect", redirect);
		}
		return browser.postForm("/auth/mfa/verify", fields);
	}

	private Map<String, String> csrfHeader(Browser browser) throws Exception {
		return Map.of("X-XSRF-TOKEN", browser.csrfToken());
	}

	@Test
	void aSignInThatNeedsASecondFactorKeepsItsLimitedSessionWhichIsNeverSignedIn() throws Exception {
		MfaUser user = newMfaUser();
		Answer signIn = formLogin(this.browser, user.email(), "/private");
		assertThat(signIn.status()).isEqualTo(302);
		assertThat(signIn.location()).isEqualTo("/login/mfa?redirect=%2Fprivate");
		Browser.SetCookie cookie = signIn.setCookie(this.sessionCookie.name()).orElseThrow();
		assertThat(cookie.has("HttpOnly")).isTrue();
		assertThat(cookie.get("SameSite")).isEqualTo("Strict");
		assertThat(this.browser.cookies()).containsKey(this.sessionCookie.name());

		assertThat(this.browser.getJson("/me").status()).isEqualTo(401);
		String csrf = this.browser.csrfFormField();
		Answer page = this.browser.getPage("/private");
		assertThat(page.status()).as("a limited session is not signed in").isEqualTo(302);
		assertThat(page.location()).as("but on its way: to the MFA page").endsWith("/login/mfa");
		assertThat(this.browser.cookies()).as("waiting for a second factor is not being signed out")
			.containsKey(this.sessionCookie.name());
		assertThat(this.admin.users().listSessions(user.userId()).sessions()).hasSize(1);
		assertThat(this.browser.postForm("/auth/mfa/verify", Map.of("code", totp(user.totpSecret()), "_csrf", csrf))
			.location()).as("back to the page asked for, saved on the way").isEqualTo("/private");
	}

	@Test
	void htmxGoesThroughEveryMfaStepWithHxRedirect() throws Exception {
		MfaUser user = newMfaUser();
		Map<String, String> htmx = Map.of("HX-Request", "true");
		Answer signIn = this.browser.postForm("/auth/login",
				Map.of("email", user.email(), "password", PASSWORD, "_csrf", this.browser.csrfFormField()), htmx);
		assertThat(signIn.status()).isEqualTo(200);
		assertThat(signIn.header("HX-Redirect")).isEqualTo("/login/mfa");
		assertThat(signIn.setCookie(this.sessionCookie.name())).isPresent();
		Answer partial = this.browser.get("/private", htmx);
		assertThat(partial.status()).isEqualTo(200);
		assertThat(partial.header("HX-Redirect")).as("a limited session goes on to the MFA page")
			.isEqualTo("/login/mfa");
		Answer wrong = this.browser.postForm("/auth/mfa/verify",
				Map.of("code", "000000", "_csrf", this.browser.csrfFormField()), htmx);
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.header("HX-Redirect")).isEqualTo("/login/mfa?error=code");
		Answer verified = this.browser.postForm("/auth/mfa/verify",
				Map.of("code", totp(user.totpSecret()), "_csrf", this.browser.csrfFormField()), htmx);
		assertThat(verified.status()).isEqualTo(200);
		assertThat(verified.header("HX-Redirect")).as("a fragment's request was not saved to come back to")
			.isEqualTo("/");
		assertThat(verified.header("Location")).isNull();
		assertThat(this.browser.getJson("/me").status()).isEqualTo(200);
	}

	@Test
	void aTotpCodeCompletesTheSignInThroughTheSameTarget() throws Exception {
		MfaUser user = newMfaUser();
		formLogin(this.browser, user.email(), "/private");
		String limited = this.browser.cookies().get(this.sessionCookie.name());
		Answer started = challenge(this.browser, "totp");
		assertThat(started.status()).isEqualTo(303);
		assertThat(started.location()).isEqualTo("/login/mfa?notice=challenge_totp");
		Browser.SetCookie challengeCookie = started.setCookie("appwrite_mfa_challenge").orElseThrow();
		assertThat(challengeCookie.has("HttpOnly")).isTrue();
		assertThat(challengeCookie.get("Path")).isEqualTo("/auth/mfa");

		Answer verified = verify(this.browser, totp(user.totpSecret()), "/private");
		assertThat(verified.status()).isEqualTo(302);
		assertThat(verified.location()).isEqualTo("/private");
		assertThat(verified.setCookie("appwrite_mfa_challenge").orElseThrow().maxAge()).contains(0L);
		assertThat(this.browser.cookies().get(this.sessionCookie.name())).as("the same session, now complete")
			.isEqualTo(limited);
		assertThat(this.browser.getPage("/private").status()).isEqualTo(200);
		assertThat(this.browser.get("/me/authorities").body()).contains("FACTOR_PASSWORD", "FACTOR_TOTP");
		assertThat(this.browser.get("/two-factors").status()).as("two factors pass the application's rule")
			.isEqualTo(200);
	}

	@Test
	void anAuthenticatorCodeNeedsNoStartedChallenge() throws Exception {
		MfaUser user = newMfaUser();
		formLogin(this.browser, user.email(), null);
		Answer verified = verify(this.browser, totp(user.totpSecret()), null);
		assertThat(verified.location()).as("as the default MFA page posts it").isEqualTo("/");
		assertThat(this.browser.get("/me/authorities").body()).contains("FACTOR_TOTP");
	}

	@Test
	void aRuleRequiringTwoFactorsRefusesAPasswordAlone() throws Exception {
		String email = newPlainUser();
		Answer signIn = formLogin(this.browser, email, null);
		assertThat(signIn.location()).isEqualTo("/");
		assertThat(this.browser.get("/me/authorities").body()).contains("FACTOR_PASSWORD")
			.doesNotContain("FACTOR_TOTP");
		assertThat(this.browser.get("/private").status()).isEqualTo(200);
		assertThat(this.browser.get("/two-factors").status()).isEqualTo(403);
	}

	@Test
	void jsonClientsAreToldWhichFactorsCompleteTheSignIn() throws Exception {
		MfaUser user = newMfaUser();
		Answer signIn = this.browser.postJson("/auth/login",
				"{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\"}", csrfHeader(this.browser));
		assertThat(signIn.status()).isEqualTo(200);
		assertThat(signIn.body()).isEqualTo("{\"mfaRequired\":true,\"factors\":[\"totp\",\"email\",\"recoverycode\"]}");
		assertThat(signIn.setCookie(this.sessionCookie.name())).isPresent();

		Answer started = this.browser.postJson("/auth/mfa/challenge", "{\"factor\":\"totp\"}",
				csrfHeader(this.browser));
		assertThat(started.status()).isEqualTo(200);
		Matcher id = CHALLENGE_ID.matcher(started.body());
		assertThat(id.find()).isTrue();
		this.browser.dropCookie("appwrite_mfa_challenge");
		Answer verified = this.browser.postJson("/auth/mfa/verify",
				"{\"code\":\"" + totp(user.totpSecret()) + "\",\"challengeId\":\"" + id.group(1) + "\"}",
				csrfHeader(this.browser));
		assertThat(verified.status()).isEqualTo(200);
		assertThat(verified.body()).contains("\"user\"").contains(user.email());
		assertThat(this.browser.getJson("/me").status()).isEqualTo(200);
	}

	@Test
	void anEmailedCodeCompletesTheSignIn() throws Exception {
		MfaUser user = newMfaUser();
		formLogin(this.browser, user.email(), null);
		assertThat(challenge(this.browser, "email").location()).isEqualTo("/login/mfa?notice=challenge_email");
		String code = this.emulator.mailbox()
			.awaitMessage(user.email(), Duration.ofSeconds(5))
			.optionalCode()
			.orElseThrow();
		Answer verified = verify(this.browser, code, null);
		assertThat(verified.location()).isEqualTo("/");
		assertThat(this.browser.get("/me/authorities").body()).contains("FACTOR_PASSWORD", "FACTOR_EMAIL");
	}

	@Test
	void aRecoveryCodeCompletesTheSignInOnce() throws Exception {
		MfaUser user = newMfaUser();
		formLogin(this.browser, user.email(), null);
		assertThat(challenge(this.browser, "recoveryCode").status()).as("sent to Appwrite as recoverycode")
			.isEqualTo(303);
		assertThat(verify(this.browser, user.recoveryCodes().get(0), null).location()).isEqualTo("/");
		assertThat(this.browser.get("/me/authorities").body()).contains("FACTOR_RECOVERYCODE");

		Browser other = new Browser(this.port);
		formLogin(other, user.email(), null);
		challenge(other, "recoverycode");
		assertThat(verify(other, user.recoveryCodes().get(0), null).location()).as("each code works once")
			.isEqualTo("/login/mfa?error=code");
	}

	@Test
	void aWrongCodeGoesBackToTheMfaPageWithTheTargetAndChangesNothing() throws Exception {
		MfaUser user = newMfaUser();
		formLogin(this.browser, user.email(), "/private");
		challenge(this.browser, "totp");
		Answer wrong = verify(this.browser, "000000".equals(totp(user.totpSecret())) ? "111111" : "000000", "/private");
		assertThat(wrong.status()).isEqualTo(302);
		assertThat(wrong.location()).isEqualTo("/login/mfa?redirect=%2Fprivate&error=code");
		assertThat(this.browser.getJson("/me").status()).isEqualTo(401);
		assertThat(verify(this.browser, totp(user.totpSecret()), "/private").location())
			.as("the challenge stays usable")
			.isEqualTo("/private");
	}

	@Test
	void concurrentWrongCodesAreThrottledLikePasswords() throws Exception {
		MfaUser user = newMfaUser();
		formLogin(this.browser, user.email(), null);
		challenge(this.browser, "totp");
		String right = totp(user.totpSecret());
		String wrong = right.equals("000000") ? "111111" : "000000";
		String csrf = this.browser.csrfFormField();
		List<Answer> answers = new Crowd(this.browser).postForms("/auth/mfa/verify", 20,
				(i) -> Map.of("code", wrong, "_csrf", csrf), (i) -> Map.of());
		assertThat(answers).filteredOn((answer) -> answer.status() != 429)
			.as("two free failures and the one that starts the wait")
			.hasSize(3)
			.allSatisfy((answer) -> assertThat(answer.location()).isEqualTo("/login/mfa?error=code"));
		assertThat(answers).filteredOn((answer) -> answer.status() == 429)
			.hasSize(17)
			.allSatisfy((answer) -> assertThat(answer.header("Retry-After")).isNotBlank());
		Answer json = this.browser.postJson("/auth/mfa/verify", "{\"code\":\"" + right + "\"}",
				csrfHeader(this.browser));
		assertThat(json.status()).as("even the right code waits").isEqualTo(429);
		assertThat(json.body()).contains("\"error\":\"throttled\"");
	}

	@Test
	void concurrentEmailChallengesStopAtTheEmailCapOfTheAccount() throws Exception {
		MfaUser user = newMfaUser();
		formLogin(this.browser, user.email(), null);
		String csrf = this.browser.csrfFormField();
		List<Answer> answers = new Crowd(this.browser).postForms("/auth/mfa/challenge", 12,
				(i) -> Map.of("factor", "email", "_csrf", csrf), (i) -> Map.of());
		assertThat(answers).filteredOn((answer) -> answer.status() == 303)
			.as("appwrite.security.throttle.emails-per-recipient-per-hour, 5 by default")
			.hasSize(5);
		assertThat(answers).filteredOn((answer) -> answer.status() == 429)
			.hasSize(7)
			.allSatisfy((answer) -> assertThat(answer.header("Retry-After")).isNotBlank());
		assertThat(challenge(this.browser, "totp").status()).as("codes that send nothing are not capped")
			.isEqualTo(303);
	}

	@Test
	void theMfaEndpointsRefuseRequestsWithoutTheCsrfToken() throws Exception {
		MfaUser user = newMfaUser();
		formLogin(this.browser, user.email(), null);
		assertThat(this.browser.postForm("/auth/mfa/challenge", Map.of("factor", "totp")).status()).isEqualTo(403);
		challenge(this.browser, "totp");
		assertThat(this.browser.postForm("/auth/mfa/verify", Map.of("code", totp(user.totpSecret()))).status())
			.isEqualTo(403);
		assertThat(this.browser.getJson("/me").status()).isEqualTo(401);
	}

	@Test
	void aCodeWithoutAPendingSignInGoesBackToTheSignInPage() throws Exception {
		assertThat(verify(this.browser, "123456", null).location()).isEqualTo("/login?error=mfa_expired");
		assertThat(challenge(this.browser, "totp").location()).isEqualTo("/login?error=sign_in_required");
		Answer json = this.browser.postJson("/auth/mfa/verify", "{\"code\":\"123456\"}", csrfHeader(this.browser));
		assertThat(json.status()).isEqualTo(401);
		assertThat(json.body()).contains("\"error\":\"mfa_expired\"");
	}

	@Test
	void aFactorTheAccountDoesNotHaveIsAClearError() throws Exception {
		MfaUser user = newMfaUser();
		formLogin(this.browser, user.email(), null);
		assertThat(challenge(this.browser, "phone").location()).isEqualTo("/login/mfa?error=factor");
		assertThat(challenge(this.browser, "carrier-pigeon").location()).isEqualTo("/login/mfa?error=factor");
	}

	@Test
	void aSignedInUserEnrolsAnAuthenticatorAndRecoveryCodes() throws Exception {
		String email = newPlainUser();
		formLogin(this.browser, email, null);
		Answer added = this.browser.postJson("/auth/mfa/totp", "{}", csrfHeader(this.browser));
		assertThat(added.status()).isEqualTo(200);
		assertThat(added.body()).contains("\"uri\":\"otpauth://totp/")
			.contains("\"qrCode\":\"data:image/svg+xml;base64,");
		String secret = added.body().replaceAll(".*\"secret\":\"([A-Z2-7]+)\".*", "$1");
		assertThat(this.browser.postJson("/auth/mfa/totp/verify", "{\"code\":\"000000x\"}", csrfHeader(this.browser))
			.body()).contains("\"error\":\"code\"");
		Answer verified = this.browser.postForm("/auth/mfa/totp/verify",
				Map.of("code", totp(secret), "_csrf", this.browser.csrfFormField()));
		assertThat(verified.location()).isEqualTo("/?notice=totp_added");
		assertThat(this.browser.postForm("/auth/mfa/enable", Map.of("_csrf", this.browser.csrfFormField())).location())
			.isEqualTo("/?notice=mfa_on");
		Answer codes = this.browser.postJson("/auth/mfa/recovery-codes", "{}", csrfHeader(this.browser));
		assertThat(codes.body()).matches("\\{\"recoveryCodes\":\\[(\"[0-9a-f]{10}\",?){6}]}");
		Answer again = this.browser.postJson("/auth/mfa/recovery-codes", "{}", csrfHeader(this.browser));
		assertThat(again.status()).as("shown once").isEqualTo(409);

		Browser next = new Browser(this.port);
		assertThat(formLogin(next, email, null).location()).as("the next sign-in needs the second factor")
			.isEqualTo("/login/mfa");
	}

	@Test
	void removingTheAuthenticatorNeedsARecentSecondFactor() throws Exception {
		String email = newPlainUser();
		formLogin(this.browser, email, null);
		Answer added = this.browser.postJson("/auth/mfa/totp", "{}", csrfHeader(this.browser));
		String secret = added.body().replaceAll(".*\"secret\":\"([A-Z2-7]+)\".*", "$1");
		this.browser.postForm("/auth/mfa/totp/verify",
				Map.of("code", totp(secret), "_csrf", this.browser.csrfFormField()));

		Answer refused = this.browser.postForm("/auth/mfa/totp/delete", Map.of("_csrf", this.browser.csrfFormField()));
		assertThat(refused.status()).isEqualTo(303);
		assertThat(refused.location()).as("confirm with the second factor first")
			.isEqualTo("/login/mfa?error=challenge_required");
		Answer json = this.browser.postJson("/auth/mfa/totp/delete", "{}", csrfHeader(this.browser));
		assertThat(json.status()).isEqualTo(401);
		assertThat(json.body()).contains("\"error\":\"challenge_required\"");

		challenge(this.browser, "totp");
		assertThat(verify(this.browser, totp(secret), "/settings").location()).isEqualTo("/settings");
		assertThat(this.browser.get("/me/authorities").body()).contains("FACTOR_TOTP");
		Answer removed = this.browser.postForm("/auth/mfa/totp/delete", Map.of("_csrf", this.browser.csrfFormField()));
		assertThat(removed.location()).isEqualTo("/?notice=totp_removed");
	}

	@Test
	void turningMfaOffIsNotProtected() throws Exception {
		MfaUser user = newMfaUser();
		formLogin(this.browser, user.email(), null);
		challenge(this.browser, "totp");
		verify(this.browser, totp(user.totpSecret()), null);
		assertThat(this.browser.postForm("/auth/mfa/disable", Map.of("_csrf", this.browser.csrfFormField())).location())
			.isEqualTo("/?notice=mfa_off");
		assertThat(formLogin(new Browser(this.port), user.email(), null).location()).isEqualTo("/");
	}

	@Test
	void enrolmentNeedsASignedInUser() throws Exception {
		Answer json = this.browser.postJson("/auth/mfa/totp", "{}", csrfHeader(this.browser));
		assertThat(json.status()).isEqualTo(401);
		assertThat(json.body()).contains("\"error\":\"sign_in_required\"");
	}

	record MfaUser(String userId, String email, String totpSecret, List<String> recoveryCodes) {

	}

}
