package io.github.appwritespring.autoconfigure.security.servlet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.autoconfigure.security.Browser;
import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.autoconfigure.security.MfaTests;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.model.AuthenticatorType;
import io.github.appwritespring.client.model.MfaType;
import io.github.appwritespring.client.model.Session;
import io.github.appwritespring.client.model.Table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Passkeys over real HTTP against the emulator, with a passkey the test holds
 * ({@link SoftwarePasskey}, real ES256 signatures): a signed-in user registers one
 * (Spring Security's registration endpoints), it is kept in an API-key-only Appwrite
 * table keyed to the Appwrite user, and it signs in with no email typed to a real
 * Appwrite session set as password sign-in sets it; a counter that does not grow, a used
 * challenge, a removed passkey, a forged assertion, another user's passkey and a blocked
 * user are refused; MFA users go on to their second factor; failed assertions are
 * throttled per client address under concurrent requests; nothing of a ceremony is
 * logged.
 */
@SpringBootTest(classes = { ServletSecurityTestApp.class, ServletPasskeyTests.SuccessEvents.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "appwrite.security.passkeys.enabled=true",
				"appwrite.security.passkeys.table-id=passkeys_e2e", "appwrite.security.throttle.ip-free-failures=3",
				"appwrite.security.throttle.trusted-proxies=127.0.0.1, ::1",
				"server.forward-headers-strategy=framework" })
@TestPropertySource(locations = "classpath:security-e2e.properties")
@ExtendWith(OutputCaptureExtension.class)
class ServletPasskeyTests {

	private static final String PASSWORD = "a-long-password";

	private static final String FACTOR_COOKIE = "appwrite_passkey_factor";

	private static final Pattern CHALLENGE = Pattern.compile("\"challenge\"\\s*:\\s*\"([^\"]+)\"");

	private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() % 50_000));

	@LocalServerPort
	int port;

	@Autowired
	AppwriteClient admin;

	@Autowired
	AppwriteSessionCookie sessionCookie;

	@Autowired
	UserCredentialRepository credentials;

	@Autowired
	PublicKeyCredentialUserEntityRepository userEntities;

	@Autowired
	SuccessEvents events;

	private String address;

	private String origin;

	@BeforeEach
	void newAddress() {
		this.address = nextAddress();
		this.origin = "http://127.0.0.1:" + this.port;
	}

	/**
	 * A client address no other request of the run came from (the throttle counts them).
	 */
	private static String nextAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "100." + (64 + (n >> 16) % 64) + "." + ((n >> 8) & 0xFF) + "." + (n & 0xFF);
	}

	private Map<String, String> headers(Browser browser) throws Exception {
		return Map.of("X-XSRF-TOKEN", browser.csrfToken(), "X-Forwarded-For", this.address);
	}

	private User newUser() {
		String email = "pk" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String id = this.admin.users().create(ID.unique(), email, null, PASSWORD, "Passkey User").id();
		return new User(id, email);
	}

	private Browser signedIn(User user) throws Exception {
		Browser browser = new Browser(this.port);
		Answer signIn = browser.postForm("/auth/login",
				Map.of("email", user.email(), "password", PASSWORD, "_csrf", browser.csrfFormField()),
				Map.of("X-Forwarded-For", this.address));
		assertThat(signIn.status()).isEqualTo(302);
		return browser;
	}

	private SoftwarePasskey register(Browser browser, String label) throws Exception {
		SoftwarePasskey passkey = new SoftwarePasskey("127.0.0.1", this.origin);
		Answer options = browser.postJson("/webauthn/register/options", "", headers(browser));
		assertThat(options.status()).as(options.body()).isEqualTo(200);
		Answer registered = browser.postJson("/webauthn/register", passkey.registration(challenge(options), label),
				headers(browser));
		assertThat(registered.status()).as(registered.body()).isEqualTo(200);
		assertThat(registered.body()).contains("\"success\":true");
		return passkey;
	}

	private static String challenge(Answer options) {
		Matcher matcher = CHALLENGE.matcher(options.body());
		assertThat(matcher.find()).as(options.body()).isTrue();
		return matcher.group(1);
	}

	private String startSignIn(Browser browser) throws Exception {
		Answer options = browser.postJson("/webauthn/authenticate/options", "", headers(browser));
		assertThat(options.status()).as(options.body()).isEqualTo(200);
		return challenge(options);
	}

	private Answer signInWith(Browser browser, SoftwarePasskey passkey, String userId, String query) throws Exception {
		String assertion = passkey.assertion(startSignIn(browser), userId);
		return browser.postJson("/login/webauthn" + query, assertion, headers(browser));
	}

	@Test
	void aRegisteredPasskeySignsInWithNoEmailToARealAppwriteSession(CapturedOutput output) throws Exception {
		User user = newUser();
		SoftwarePasskey passkey = register(signedIn(user), "My laptop");
		Browser browser = new Browser(this.port)
			.userAgent("Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0");
		String challenge = startSignIn(browser);
		String assertion = passkey.assertion(challenge, user.id());
		Answer signIn = browser.postJson("/login/webauthn", assertion, headers(browser));
		assertThat(signIn.status()).as(signIn.body()).isEqualTo(200);
		assertThat(signIn.body()).contains("\"authenticated\":true").contains("\"redirectUrl\":\"/\"");
		Browser.SetCookie cookie = signIn.setCookie(this.sessionCookie.name()).orElseThrow();
		assertThat(cookie.attributes()).containsKeys("httponly", "secure").containsEntry("samesite", "Strict");
		assertThat(browser.get("/me").body()).isEqualTo(user.email());
		assertThat(this.admin.users().listSessions(user.id()).sessions())
			.anySatisfy((session) -> assertThat(session.clientName()).isEqualTo("Firefox"));
		assertThat(this.events.authorities(user.id())).contains("FACTOR_WEBAUTHN");
		List<CredentialRecord> records = this.credentials
			.findByUserId(new Bytes(user.id().getBytes(StandardCharsets.UTF_8)));
		assertThat(records).singleElement().satisfies((record) -> {
			assertThat(record.getLabel()).isEqualTo("My laptop");
			assertThat(record.getSignatureCount()).isEqualTo(1);
			assertThat(record.getLastUsed()).isAfterOrEqualTo(record.getCreated());
		});
		assertThat(output.getAll()).doesNotContain(challenge)
			.doesNotContain(passkey.id())
			.doesNotContain(cookie.value());
	}

	/**
	 * Appwrite records the session's factor as {@code token}: the WebAuthn factor of
	 * later requests comes from the signed cookie bound to that very session.
	 */
	@Test
	void everyRequestOfAPasskeysSessionCarriesTheWebAuthnFactor() throws Exception {
		User user = newUser();
		SoftwarePasskey passkey = register(signedIn(user), "Key");
		Browser browser = new Browser(this.port);
		Answer signIn = signInWith(browser, passkey, user.id(), "");
		assertThat(signIn.status()).as(signIn.body()).isEqualTo(200);
		Browser.SetCookie session = signIn.setCookie(this.sessionCookie.name()).orElseThrow();
		Browser.SetCookie factor = signIn.setCookie(FACTOR_COOKIE).orElseThrow();
		assertThat(factor.attributes()).containsKeys("httponly", "secure")
			.containsEntry("samesite", session.attributes().get("samesite"))
			.containsEntry("path", session.attributes().get("path"));
		// both count down to the session's expiry, each from its own instant
		assertThat(factor.maxAge().orElseThrow()).isCloseTo(session.maxAge().orElseThrow(), within(1L));
		assertThat(factor.value()).doesNotContain(session.value());
		for (int i = 0; i < 2; i++) {
			assertThat(browser.get("/me/authorities").body()).contains("FACTOR_WEBAUTHN").contains("FACTOR_OTT");
		}
		// the session cookie alone, or with a forged or another session's factor cookie
		Browser copied = new Browser(this.port);
		copied.setCookie(this.sessionCookie.name(), session.value());
		assertThat(copied.get("/me/authorities").body()).contains("FACTOR_OTT").doesNotContain("FACTOR_WEBAUTHN");
		copied.setCookie(FACTOR_COOKIE, factor.value().substring(0, factor.value().length() - 2) + "AA");
		assertThat(copied.get("/me/authorities").body()).doesNotContain("FACTOR_WEBAUTHN");
		Browser password = signedIn(user);
		password.setCookie(FACTOR_COOKIE, factor.value());
		assertThat(password.get("/me/authorities").body()).contains("FACTOR_PASSWORD")
			.doesNotContain("FACTOR_WEBAUTHN");
		// signing out, or in without a passkey, deletes it
		Answer signOut = browser.postForm("/auth/logout", Map.of("_csrf", browser.csrfFormField()),
				Map.of("X-Forwarded-For", this.address));
		assertThat(signOut.setCookie(FACTOR_COOKIE))
			.hasValueSatisfying((expired) -> assertThat(expired.maxAge()).contains(0L));
		Browser again = new Browser(this.port);
		again.setCookie(FACTOR_COOKIE, factor.value());
		Answer passwordSignIn = again.postForm("/auth/login",
				Map.of("email", user.email(), "password", PASSWORD, "_csrf", again.csrfFormField()),
				Map.of("X-Forwarded-For", this.address));
		assertThat(passwordSignIn.setCookie(FACTOR_COOKIE))
			.hasValueSatisfying((expired) -> assertThat(expired.maxAge()).contains(0L));
	}

	@Test
	void thePasskeysTableIsReadAndWrittenWithTheApiKeyOnly() throws Exception {
		User user = newUser();
		register(signedIn(user), "Key");
		Table table = this.admin.tablesDb().getTable("appwrite_starter", "passkeys_e2e");
		assertThat(table.permissions()).isEmpty();
		assertThat(table.rowSecurity()).isFalse();
		Session session = this.admin.users().createSession(user.id());
		AppwriteClient asUser = this.admin.withSession(session.secret());
		assertThatExceptionOfType(AppwriteErrorResponseException.class)
			.isThrownBy(() -> asUser.tablesDb().listRows("appwrite_starter", "passkeys_e2e", List.of()));
	}

	/**
	 * The user entities are Appwrite's users, as they are now; one of no Appwrite user is
	 * refused rather than saved.
	 */
	@Test
	void aPasskeysUserIsTheAppwriteUserAsItIsNow() throws Exception {
		User user = newUser();
		Bytes handle = new Bytes(user.id().getBytes(StandardCharsets.UTF_8));
		this.admin.users().updateName(user.id(), "Renamed User");
		PublicKeyCredentialUserEntity entity = this.userEntities.findById(handle);
		assertThat(entity).isNotNull();
		assertThat(entity.getName()).isEqualTo(user.email());
		assertThat(entity.getDisplayName()).isEqualTo("Renamed User");
		assertThat(this.userEntities.findByUsername(user.id())).isEqualTo(entity);
		this.userEntities.save(entity);
		PublicKeyCredentialUserEntity stranger = ImmutablePublicKeyCredentialUserEntity.builder()
			.id(Bytes.random())
			.name("stranger")
			.displayName("Stranger")
			.build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.userEntities.save(stranger))
			.withMessageContaining("Appwrite users only");
		this.admin.users().delete(user.id());
		assertThat(this.userEntities.findById(handle)).isNull();
		assertThat(this.userEntities.findByUsername("not an ID!")).isNull();
	}

	@Test
	void onlyASignedInUserRegistersPasskeys() throws Exception {
		Browser anonymous = new Browser(this.port);
		assertThat(anonymous.postJson("/webauthn/register/options", "", headers(anonymous)).status()).isEqualTo(401);
		assertThat(anonymous.getPage("/webauthn/register").status()).isEqualTo(302);
	}

	@Test
	void springSecuritysPasskeyPageListsTheSignedInUsersPasskeys() throws Exception {
		User user = newUser();
		Browser browser = signedIn(user);
		register(browser, "Desk key");
		register(signedIn(newUser()), "Someone else's key");
		Answer page = browser.getPage("/webauthn/register");
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("Desk key").doesNotContain("Someone else");
	}

	@Test
	void aRedirectTargetIsFollowedOnlyWhenRelative() throws Exception {
		User user = newUser();
		SoftwarePasskey passkey = register(signedIn(user), "Key");
		Answer inside = signInWith(new Browser(this.port), passkey, user.id(), "?redirect=/private");
		assertThat(inside.body()).contains("\"redirectUrl\":\"/private\"");
		Answer outside = signInWith(new Browser(this.port), passkey, user.id(), "?redirect=https://evil.example/");
		assertThat(outside.body()).contains("\"redirectUrl\":\"/\"");
	}

	@Test
	void theCeremoniesNeedTheCsrfToken() throws Exception {
		User user = newUser();
		Browser browser = signedIn(user);
		Map<String, String> noToken = Map.of("X-Forwarded-For", this.address);
		assertThat(browser.postJson("/webauthn/register/options", "", noToken).status()).isEqualTo(403);
		Browser anonymous = new Browser(this.port);
		assertThat(anonymous.postJson("/webauthn/authenticate/options", "", noToken).status()).isEqualTo(403);
		assertThat(anonymous.postJson("/login/webauthn", "{}", noToken).status()).isEqualTo(403);
	}

	@Test
	void aSignatureCounterThatDoesNotGrowIsRefused() throws Exception {
		User user = newUser();
		SoftwarePasskey passkey = register(signedIn(user), "Key");
		assertThat(signInWith(new Browser(this.port), passkey, user.id(), "").status()).isEqualTo(200);
		passkey.counter(0);
		Answer cloned = signInWith(new Browser(this.port), passkey, user.id(), "");
		assertThat(cloned.status()).isEqualTo(401);
		assertThat(cloned.body()).contains("\"error\":\"passkey\"");
	}

	@Test
	void aChallengeIsUsedOnce() throws Exception {
		User user = newUser();
		SoftwarePasskey passkey = register(signedIn(user), "Key");
		Browser browser = new Browser(this.port);
		String challenge = startSignIn(browser);
		String cookie = browser.cookies().get("appwrite_passkey_challenge");
		String assertion = passkey.assertion(challenge, user.id());
		assertThat(browser.postJson("/login/webauthn", assertion, headers(browser)).status()).isEqualTo(200);
		Browser replay = new Browser(this.port);
		replay.setCookie("appwrite_passkey_challenge", cookie);
		assertThat(replay.postJson("/login/webauthn", assertion, headers(replay)).status()).isEqualTo(401);
	}

	@Test
	void aRemovedPasskeyIsRefusedAndOnlyItsOwnerRemovesIt() throws Exception {
		User owner = newUser();
		Browser browser = signedIn(owner);
		SoftwarePasskey passkey = register(browser, "Key");
		Browser other = signedIn(newUser());
		assertThat(other.delete("/webauthn/register/" + passkey.id(), headers(other)).status()).isEqualTo(403);
		assertThat(new Browser(this.port).delete("/webauthn/register/" + passkey.id(), Map.of()).status()).isIn(401,
				403);
		assertThat(browser.delete("/webauthn/register/" + passkey.id(), headers(browser)).status()).isEqualTo(204);
		assertThat(signInWith(new Browser(this.port), passkey, owner.id(), "").status()).isEqualTo(401);
	}

	@Test
	void aSecondUsersPasskeyNeverSignsInTheFirst() throws Exception {
		User first = newUser();
		User second = newUser();
		SoftwarePasskey firstKey = register(signedIn(first), "First");
		SoftwarePasskey secondKey = register(signedIn(second), "Second");
		Browser browser = new Browser(this.port);
		// the user handle a browser sends is not believed: the passkey's own user signs
		// in
		assertThat(signInWith(browser, secondKey, first.id(), "").status()).isEqualTo(200);
		assertThat(browser.get("/me").body()).isEqualTo(second.email());
		// the first user's credential signed with the second user's key is a forgery
		Browser forger = new Browser(this.port);
		String forged = firstKey.forgedAssertion(startSignIn(forger), first.id(), secondKey);
		assertThat(forger.postJson("/login/webauthn", forged, headers(forger)).status()).isEqualTo(401);
		assertThat(forger.cookies()).doesNotContainKey(this.sessionCookie.name());
	}

	@Test
	void aBlockedUserIsRefused() throws Exception {
		User user = newUser();
		SoftwarePasskey passkey = register(signedIn(user), "Key");
		this.admin.users().updateStatus(user.id(), false);
		Answer refused = signInWith(new Browser(this.port), passkey, user.id(), "");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.body()).contains("\"error\":\"blocked\"");
	}

	/**
	 * The rule for MFA users: a passkey is one factor, as a magic link is, and Appwrite's
	 * second factor still follows.
	 */
	@Test
	void aUserWithMfaOnGoesOnToTheSecondFactor() throws Exception {
		User user = newUser();
		SoftwarePasskey passkey = register(signedIn(user), "Key");
		this.admin.users().updateEmailVerification(user.id(), true);
		Session session = this.admin.users().createSession(user.id());
		AppwriteClient asUser = this.admin.withSession(session.secret());
		MfaType totp = asUser.account().createMFAAuthenticator(AuthenticatorType.TOTP);
		asUser.account().updateMFAAuthenticator(AuthenticatorType.TOTP, MfaTests.totp(totp.secret()));
		asUser.account().updateMFA(true);
		Browser browser = new Browser(this.port);
		Answer signIn = signInWith(browser, passkey, user.id(), "");
		assertThat(signIn.status()).isEqualTo(200);
		assertThat(signIn.body()).contains("\"mfaRequired\":true");
		assertThat(browser.getJson("/me").status()).isEqualTo(401);
		Answer verified = browser.postForm("/auth/mfa/verify",
				Map.of("code", MfaTests.totp(totp.secret()), "_csrf", browser.csrfFormField()),
				Map.of("X-Forwarded-For", this.address));
		assertThat(verified.status()).isEqualTo(302);
		assertThat(browser.get("/me").body()).isEqualTo(user.email());
		// the session keeps both factors: the passkey's and the second
		assertThat(browser.get("/me/authorities").body()).contains("FACTOR_WEBAUTHN").contains("FACTOR_TOTP");
	}

	@Test
	void concurrentFailedAssertionsAreThrottledPerClientAddress() throws Exception {
		User user = newUser();
		SoftwarePasskey passkey = register(signedIn(user), "Key");
		SoftwarePasskey stranger = new SoftwarePasskey("127.0.0.1", this.origin);
		int count = 10;
		List<Browser> browsers = new ArrayList<>();
		List<String> forged = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Browser browser = new Browser(this.port);
			forged.add(passkey.forgedAssertion(startSignIn(browser), user.id(), stranger));
			browsers.add(browser);
		}
		List<Integer> statuses = signInsAtOnce(browsers, forged, (i) -> this.address);
		assertThat(statuses).hasSize(count).containsOnly(401, 429);
		// the free failures go ahead and the one after them, whose failure starts the
		// wait: each reserved before Appwrite is asked, so no more at once
		assertThat(statuses.stream().filter((status) -> status == 401).count()).as(statuses.toString()).isEqualTo(4);
		// the right passkey waits too: throttling counts the address, not the passkey
		assertThat(signInWith(new Browser(this.port), passkey, user.id(), "").status()).isEqualTo(429);
	}

	/**
	 * Posts each browser's assertion at once, each request on a thread of its own, all
	 * released together.
	 * @return the statuses, in order
	 */
	private List<Integer> signInsAtOnce(List<Browser> browsers, List<String> assertions, IntFunction<String> addresses)
			throws Exception {
		List<Map<String, String>> headers = new ArrayList<>();
		for (int i = 0; i < browsers.size(); i++) {
			headers.add(Map.of("X-XSRF-TOKEN", browsers.get(i).csrfToken(), "X-Forwarded-For", addresses.apply(i)));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(browsers.size());
		try {
			List<Future<Integer>> done = new ArrayList<>();
			for (int i = 0; i < browsers.size(); i++) {
				Browser browser = browsers.get(i);
				String body = assertions.get(i);
				Map<String, String> requestHeaders = headers.get(i);
				done.add(threads.submit(() -> {
					start.await();
					return browser.postJson("/login/webauthn", body, requestHeaders).status();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> future : done) {
				statuses.add(future.get(60, TimeUnit.SECONDS));
			}
			return statuses;
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * A cloned authenticator and its original, used at the same instant, sign with the
	 * same counter value: Appwrite moves the counter once, so one of them signs in.
	 */
	@Test
	void ofConcurrentUsesWithOneCounterValueOnlyOneSignsIn() throws Exception {
		User user = newUser();
		SoftwarePasskey passkey = register(signedIn(user), "Key");
		assertThat(signInWith(new Browser(this.port), passkey, user.id(), "").status()).isEqualTo(200);
		int count = 6;
		List<Browser> browsers = new ArrayList<>();
		List<String> clones = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Browser browser = new Browser(this.port);
			clones.add(passkey.counter(4).assertion(startSignIn(browser), user.id()));
			browsers.add(browser);
		}
		// each from an address of its own: the throttle stays out of it
		List<Integer> statuses = signInsAtOnce(browsers, clones, (i) -> nextAddress());
		assertThat(statuses).as(statuses.toString()).containsOnly(200, 401);
		assertThat(statuses.stream().filter((status) -> status == 200).count()).as(statuses.toString()).isEqualTo(1);
		assertThat(this.credentials.findByCredentialId(Bytes.fromBase64(passkey.id())).getSignatureCount())
			.isEqualTo(5);
	}

	record User(String id, String email) {
	}

	/** Who signed in, with which authorities, as Spring Security's events tell it. */
	@Component
	static class SuccessEvents {

		private final Map<String, List<String>> authorities = new java.util.concurrent.ConcurrentHashMap<>();

		@EventListener
		void on(AuthenticationSuccessEvent event) {
			if (event.getAuthentication().getPrincipal() instanceof AppwriteUser user) {
				this.authorities.put(user.getId(),
						event.getAuthentication()
							.getAuthorities()
							.stream()
							.map(GrantedAuthority::getAuthority)
							.toList());
			}
		}

		List<String> authorities(String userId) {
			return this.authorities.getOrDefault(userId, List.of());
		}

	}

}
