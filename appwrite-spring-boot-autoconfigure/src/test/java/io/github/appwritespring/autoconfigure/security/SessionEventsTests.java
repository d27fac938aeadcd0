package io.github.appwritespring.autoconfigure.security;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.autoconfigure.security.events.AppwriteUserDeletedEvent;
import io.github.appwritespring.autoconfigure.security.events.MicrometerWebhookCounter;
import io.github.appwritespring.autoconfigure.security.events.SessionEventsHealthIndicator;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.model.AuthenticatorType;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.Webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Appwrite's webhook over real HTTP on both stacks: the emulator, configured with the
 * application's webhook URL and signature key as the Appwrite console would be, posts its
 * real events to the application, whose session cache (on by default with the webhook)
 * forgets what they name. Signed-in pages cost no Appwrite call (counted from the
 * client's observations); a session deleted, a user blocked or relabelled, a membership
 * added are seen at once; forged, tampered, replayed, truncated and oversized deliveries
 * change nothing and leave only a counter. A subclass starts the application with its
 * stack on the port {@link #webhook} names, with the pages of
 * {@link SecurityEndToEndTests}.
 */
@TestPropertySource(properties = { "appwrite.security.events.signature-key=" + SessionEventsTests.KEY,
		"appwrite.security.authorities.teams=true", "appwrite.security.events.max-body-size=8KB",
		"appwrite.security.throttle.ip-free-failures=1000" })
@Import({ SessionEventsTests.WebhookSetUp.class, AppwriteCalls.AsBeans.class })
@ExtendWith(OutputCaptureExtension.class)
public abstract class SessionEventsTests {

	/** The webhook's signature key, as Appwrite generates them (128 hex characters). */
	static final String KEY = "3f1c0e0b7d5a4c2e9b8f6a1d0c3e5f7a9b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e"
			+ "0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0";

	protected static final String PASSWORD = "a-long-password";

	protected static final Duration SOON = Duration.ofSeconds(2);

	@LocalServerPort
	protected int port;

	@Autowired
	protected AppwriteClient admin;

	@Autowired
	protected AppwriteEmulator emulator;

	@Autowired
	protected AppwriteSessionResolver resolver;

	@Autowired
	protected AppwriteCalls calls;

	@Autowired
	protected MeterRegistry meters;

	@Autowired
	protected SessionEventsHealthIndicator health;

	@Autowired
	protected AppwriteSecurityProperties properties;

	@Autowired
	protected UserDeletions deletions;

	private final HttpClient http = HttpClient.newHttpClient();

	/**
	 * The port and webhook URL of a subclass's application: the emulator is configured
	 * with the URL before the application listens, as Appwrite's console is.
	 * @param registry the test's properties
	 * @param port a port for the application
	 */
	protected static void webhook(DynamicPropertyRegistry registry, int port) {
		registry.add("server.port", () -> port);
		registry.add("appwrite.security.events.url", () -> "http://127.0.0.1:" + port + "/auth/appwrite/events");
	}

	/**
	 * @return a loopback port that is free now
	 */
	protected static int freePort() {
		return RedisServer.portFreeNow();
	}

	@BeforeEach
	void webhookIsUp() {
		assertThat(this.port).as("the application listens where the webhook points").isPositive();
		assertThat(this.properties.getEvents().getUrl()).contains(":" + this.port + "/");
	}

	protected SignedIn signIn() throws Exception {
		String email = "ev" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String userId = this.admin.users().create(ID.unique(), email, null, PASSWORD, "Events").id();
		return signIn(email, userId);
	}

	private SignedIn signIn(String email, String userId) throws Exception {
		Browser browser = new Browser(this.port);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("email", email);
		fields.put("password", PASSWORD);
		fields.put("_csrf", browser.csrfFormField());
		Answer answer = browser.postForm("/auth/login", fields);
		assertThat(answer.status()).as("sign-in").isEqualTo(302);
		String secret = browser.cookies().get("a_session_" + this.admin.getProjectId());
		assertThat(secret).isNotNull();
		return new SignedIn(browser, email, userId, secret);
	}

	@Test
	void theCacheIsOnByDefaultAndSignedInPagesCostNoAppwriteCall() throws Exception {
		assertThat(this.resolver.isCaching()).isTrue();
		SignedIn user = signIn();
		int before = this.calls.accountGets();
		for (int i = 0; i < 20; i++) {
			Answer me = user.me();
			assertThat(me.status()).isEqualTo(200);
			assertThat(me.body()).isEqualTo(user.email());
		}
		assertThat(this.calls.accountGets() - before).as("Appwrite calls for 20 signed-in pages").isZero();
		assertThat(this.health.health().getStatus().getCode()).isEqualTo("UP");
	}

	@Test
	void aSessionDeletedInAppwriteIsRefusedAtOnce() throws Exception {
		SignedIn user = signIn();
		SignedIn sameUserElsewhere = signIn(user.email(), user.userId());
		assertThat(user.me().status()).isEqualTo(200);
		String sessionId = this.admin.withSession(user.secret()).account().getSession("current").id();
		this.admin.users().deleteSession(user.userId(), sessionId);
		await().atMost(SOON).untilAsserted(() -> assertThat(user.me().status()).isEqualTo(401));
		assertThat(sameUserElsewhere.me().status()).as("the user's other session still works (one more call)")
			.isEqualTo(200);
	}

	@Test
	void signingOutOnAnotherDeviceOfEverySessionIsSeenEverywhere() throws Exception {
		SignedIn user = signIn();
		SignedIn elsewhere = signIn(user.email(), user.userId());
		assertThat(user.me().status()).isEqualTo(200);
		assertThat(elsewhere.me().status()).isEqualTo(200);
		// Appwrite sends one event, for the last session deleted
		this.admin.withSession(elsewhere.secret()).account().deleteSessions();
		await().atMost(SOON).untilAsserted(() -> {
			assertThat(user.me().status()).isEqualTo(401);
			assertThat(elsewhere.me().status()).isEqualTo(401);
		});
	}

	@Test
	void deletingAllSessionsOfAUserIsSeenAtOnce() throws Exception {
		SignedIn user = signIn();
		assertThat(user.me().status()).isEqualTo(200);
		this.admin.users().deleteSessions(user.userId());
		await().atMost(SOON).untilAsserted(() -> assertThat(user.me().status()).isEqualTo(401));
	}

	@Test
	void aBlockedOrDeletedUserIsRefusedAtOnce() throws Exception {
		SignedIn blocked = signIn();
		SignedIn deleted = signIn();
		assertThat(blocked.me().status()).isEqualTo(200);
		assertThat(deleted.me().status()).isEqualTo(200);
		this.admin.users().updateStatus(blocked.userId(), false);
		this.admin.users().delete(deleted.userId());
		await().atMost(SOON).untilAsserted(() -> {
			assertThat(blocked.me().status()).isEqualTo(401);
			assertThat(deleted.me().status()).isEqualTo(401);
		});
	}

	@Test
	void aDeletedUserIsPublishedOnceAsAnApplicationEvent() throws Exception {
		SignedIn deleted = signIn();
		SignedIn other = signIn();
		this.admin.users().updateName(other.userId(), "Still here");
		this.admin.users().delete(deleted.userId());
		await().atMost(SOON).untilAsserted(() -> assertThat(this.deletions.userIds()).contains(deleted.userId()));
		assertThat(this.deletions.userIds()).doesNotContain(other.userId())
			.filteredOn(deleted.userId()::equals)
			.hasSize(1);
	}

	@Test
	void aFailingListenerFailsTheDeliveryYetTheSessionsAreForgotten(CapturedOutput output) throws Exception {
		SignedIn deleted = signIn();
		assertThat(deleted.me().status()).isEqualTo(200);
		double failed = deliveries("listener_failed");
		this.deletions.failFor(deleted.userId());
		this.admin.users().delete(deleted.userId());
		await().atMost(SOON).until(() -> deliveries("listener_failed") > failed);
		assertThat(deleted.me().status()).isEqualTo(401);
		assertThat(output.getAll())
			.contains("A listener of AppwriteUserDeletedEvent failed for user " + deleted.userId())
			.doesNotContain(UserDeletions.FAILURE);
	}

	@Test
	void newLabelsAndMembershipsAreNewAuthoritiesAtOnce() throws Exception {
		SignedIn user = signIn();
		assertThat(user.browser().get("/me/authorities").body()).doesNotContain("ROLE_EDITOR");
		this.admin.users().updateLabels(user.userId(), List.of("editor"));
		await().atMost(SOON)
			.untilAsserted(() -> assertThat(user.browser().get("/me/authorities").body()).contains("ROLE_EDITOR"));
		String teamId = "t" + UUID.randomUUID().toString().substring(0, 8);
		this.admin.teams().create(teamId, "Team", null);
		this.admin.teams().createMembership(teamId, List.of("member"), null, user.userId(), null, null, null);
		await().atMost(SOON)
			.untilAsserted(() -> assertThat(user.browser().get("/me/authorities").body()).contains("TEAM_" + teamId));
	}

	@Test
	void anMfaEventEvictsAndItsSecretIsNeitherLoggedNorKept(CapturedOutput output) throws Exception {
		SignedIn user = signIn();
		assertThat(user.me().status()).isEqualTo(200);
		int before = this.calls.accountGets();
		double evicted = deliveries("evicted");
		String totpSecret = this.admin.withSession(user.secret())
			.account()
			.createMFAAuthenticator(AuthenticatorType.TOTP)
			.secret();
		await().atMost(SOON).until(() -> deliveries("evicted") > evicted);
		assertThat(user.me().status()).isEqualTo(200);
		assertThat(this.calls.accountGets() - before).as("resolved again after the event").isEqualTo(1);
		assertThat(output.getAll()).doesNotContain(totpSecret).doesNotContain(user.secret());
	}

	@Test
	void forgedTamperedAndRenamedDeliveriesEvictNothingAndLogNothing(CapturedOutput output) throws Exception {
		SignedIn user = signIn();
		SignedIn other = signIn();
		assertThat(user.me().status()).isEqualTo(200);
		byte[] body = ("{\"$id\":\"" + user.userId() + "\",\"status\":false,\"secret\":\"do-not-log-me\"}")
			.getBytes(StandardCharsets.UTF_8);
		String event = "users." + user.userId() + ".update.status,users.*.update.status,users.*";
		int callsBefore = this.calls.accountGets();
		int logBefore = output.getAll().length();
		double unauthorized = deliveries("unauthorized");
		double inconsistent = deliveries("inconsistent");
		// no signature, a wrong key, a signature of another body, a signature over
		// another URL, a signature that is not Base64
		assertThat(deliver(event, body, null).statusCode()).isEqualTo(401);
		assertThat(deliver(event, body, sign("another-key", url(), body)).statusCode()).isEqualTo(401);
		assertThat(deliver(event, body, sign(KEY, url(), "{}".getBytes(StandardCharsets.UTF_8))).statusCode())
			.isEqualTo(401);
		assertThat(deliver(event, body, sign(KEY, "https://elsewhere.example/hook", body)).statusCode()).isEqualTo(401);
		assertThat(deliver(event, body, "not base64!").statusCode()).isEqualTo(401);
		// a genuine signed body of someone else, replayed under this user's event name
		byte[] othersBody = ("{\"$id\":\"" + other.userId() + "\"}").getBytes(StandardCharsets.UTF_8);
		assertThat(deliver(event, othersBody, sign(KEY, url(), othersBody)).statusCode()).isEqualTo(200);
		// a webhook of another project
		assertThat(deliver(event, body, sign(KEY, url(), body), "another-project").statusCode()).isEqualTo(200);
		assertThat(user.me().status()).isEqualTo(200);
		assertThat(this.calls.accountGets() - callsBefore).as("no eviction: the page is still cached").isZero();
		assertThat(deliveries("unauthorized") - unauthorized).isEqualTo(5);
		assertThat(deliveries("inconsistent") - inconsistent).isEqualTo(1);
		// the frameworks' own DEBUG and TRACE lines, when another test turned them on,
		// are not the starter's
		assertThat(output.getAll().substring(logBefore).lines()).as("nothing logged at INFO or above, no body")
			.noneMatch((line) -> line.matches(".*\\s(INFO|WARN|ERROR)\\s.*"))
			.noneMatch((line) -> line.contains("do-not-log-me"));
		// the genuine delivery does evict
		assertThat(deliver(event, body, sign(KEY, url(), body)).statusCode()).isEqualTo(200);
		assertThat(user.me().status()).isEqualTo(200);
		assertThat(this.calls.accountGets() - callsBefore).isEqualTo(1);
		assertThat(output.getAll()).doesNotContain("do-not-log-me");
	}

	@Test
	void oversizedAndTruncatedBodiesAreRefused() throws Exception {
		SignedIn user = signIn();
		assertThat(user.me().status()).isEqualTo(200);
		int callsBefore = this.calls.accountGets();
		double tooLarge = deliveries("too_large");
		byte[] big = ("{\"$id\":\"" + user.userId() + "\",\"pad\":\"" + "x".repeat(9000) + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		String event = "users." + user.userId() + ".update.name";
		assertThat(deliver(event, big, sign(KEY, url(), big)).statusCode()).as("over max-body-size").isEqualTo(413);
		assertThat(rawDelivery(event, big, sign(KEY, url(), big), true)).as("chunked, over max-body-size")
			.startsWith("HTTP/1.1 413");
		byte[] body = ("{\"$id\":\"" + user.userId() + "\"}").getBytes(StandardCharsets.UTF_8);
		String truncated = rawDelivery(event, body, sign(KEY, url(), body), false);
		// Tomcat answers 400; Reactor Netty closes a half-closed connection unanswered
		assertThat(truncated).as("a body cut short").matches("(?s)(HTTP/1.1 40[01] .*)?");
		assertThat(user.me().status()).isEqualTo(200);
		assertThat(this.calls.accountGets() - callsBefore).as("nothing evicted").isZero();
		assertThat(deliveries("too_large") - tooLarge).isEqualTo(2);
	}

	@Test
	void concurrentDeliveriesAndPagesEndWithTheSessionRefused() throws Exception {
		SignedIn user = signIn();
		assertThat(user.me().status()).isEqualTo(200);
		byte[] body = ("{\"$id\":\"" + user.userId() + "\"}").getBytes(StandardCharsets.UTF_8);
		String event = "users." + user.userId() + ".update.labels";
		String signature = sign(KEY, url(), body);
		int threads = 16;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < threads * 4; i++) {
				int n = i;
				Callable<Integer> task = () -> {
					start.await();
					return switch (n % 4) {
						case 0 -> deliver(event, body, signature).statusCode();
						case 1 -> deliver(event, body, sign("forged", url(), body)).statusCode();
						default -> user.me().status();
					};
				};
				answers.add(pool.submit(task));
			}
			start.countDown();
			for (int i = 0; i < answers.size(); i++) {
				assertThat(answers.get(i).get()).isEqualTo((i % 4 == 1) ? 401 : 200);
			}
			// the session goes while pages and duplicate deliveries race
			String sessionId = this.admin.withSession(user.secret()).account().getSession("current").id();
			List<Future<Integer>> racing = new ArrayList<>();
			for (int i = 0; i < threads * 2; i++) {
				racing.add(pool.submit(() -> user.me().status()));
			}
			this.admin.users().deleteSession(user.userId(), sessionId);
			for (Future<Integer> answer : racing) {
				assertThat(answer.get()).isIn(200, 401);
			}
			await().atMost(SOON).untilAsserted(() -> assertThat(user.me().status()).isEqualTo(401));
			for (int i = 0; i < 10; i++) {
				assertThat(user.me().status()).as("never cached again").isEqualTo(401);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theEndpointIsOnlyForPostsAndOtherPathsKeepCsrf() throws Exception {
		Browser browser = new Browser(this.port);
		assertThat(browser.get("/auth/appwrite/events", Map.of("Accept", "application/json")).status())
			.as("GET is not the webhook: it needs a signed-in user")
			.isEqualTo(401);
		assertThat(browser.postJson("/auth/logout", "{}", Map.of()).status()).as("CSRF still guards the rest")
			.isEqualTo(403);
	}

	private String url() {
		return this.properties.getEvents().getUrl();
	}

	private double deliveries(String outcome) {
		return this.meters.counter(MicrometerWebhookCounter.NAME, "outcome", outcome).count();
	}

	private HttpResponse<String> deliver(String events, byte[] body, String signature) throws Exception {
		return deliver(events, body, signature, this.admin.getProjectId());
	}

	private HttpResponse<String> deliver(String events, byte[] body, String signature, String projectId)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url()))
			.header("Content-Type", "application/json")
			.header("X-Appwrite-Webhook-Events", events)
			.header("X-Appwrite-Webhook-Project-Id", projectId)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (signature != null) {
			request.header("X-Appwrite-Webhook-Signature", signature);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A delivery written on a socket: chunked, or with a {@code Content-Length} longer
	 * than the body, which is then cut short.
	 * @return the status line and headers of the answer
	 */
	private String rawDelivery(String events, byte[] body, String signature, boolean chunked) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			String head = "POST /auth/appwrite/events HTTP/1.1\r\nHost: 127.0.0.1:" + this.port
					+ "\r\nContent-Type: application/json\r\nX-Appwrite-Webhook-Events: " + events
					+ "\r\nX-Appwrite-Webhook-Project-Id: " + this.admin.getProjectId()
					+ "\r\nX-Appwrite-Webhook-Signature: " + signature + "\r\n"
					+ (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + (body.length + 100) + "\r\n")
					+ "Connection: close\r\n\r\n";
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			if (chunked) {
				for (int i = 0; i < body.length; i += 1000) {
					int length = Math.min(1000, body.length - i);
					out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
					out.write(body, i, length);
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			}
			else {
				out.write(body);
			}
			out.flush();
			if (!chunked) {
				socket.shutdownOutput();
			}
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	/**
	 * Appwrite's signature, computed here independently of the starter.
	 */
	static String sign(String key, String url, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
		mac.update(url.getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(mac.doFinal(body));
	}

	protected record SignedIn(Browser browser, String email, String userId, String secret) {

		Answer me() throws Exception {
			return this.browser.get("/me", Map.of("Accept", "application/json"));
		}

	}

	/**
	 * The emulator, with the application's webhook registered as in Appwrite's console
	 * (all user and team events), and a meter registry.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class WebhookSetUp {

		@Bean(destroyMethod = "close")
		AppwriteEmulator appwriteEmulator(AppwriteSecurityProperties properties) {
			AppwriteSecurityProperties.Events events = properties.getEvents();
			return AppwriteEmulator.builder()
				.webhook(Webhook.of(events.getUrl(), "users.*", "teams.*").signatureKey(KEY).id("app"))
				.start();
		}

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		UserDeletions userDeletions() {
			return new UserDeletions();
		}

	}

	/** The users the application was told Appwrite deleted, in order. */
	public static class UserDeletions {

		static final String FAILURE = "this listener fails on purpose";

		private final List<String> userIds = new CopyOnWriteArrayList<>();

		private final Set<String> failing = ConcurrentHashMap.newKeySet();

		@EventListener
		void on(AppwriteUserDeletedEvent event) {
			this.userIds.add(event.getUserId());
			if (this.failing.contains(event.getUserId())) {
				throw new IllegalStateException(FAILURE);
			}
		}

		void failFor(String userId) {
			this.failing.add(userId);
		}

		List<String> userIds() {
			return List.copyOf(this.userIds);
		}

	}

}
