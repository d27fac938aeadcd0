package io.github.appwritespring.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.internal.json.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhooks against a local receiver: headers, event expansions, the signature checked
 * with an HMAC computed here, Basic auth, delivery off the request thread, the
 * ten-failures rule, one delivery per write.
 */
class WebhookTests {

	private static final String KEY = "0123456789abcdef".repeat(8);

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static HttpServer receiver;

	private static ExecutorService receiverThreads;

	private static final Map<String, BlockingQueue<Delivery>> received = new ConcurrentHashMap<>();

	private static AppwriteEmulator emulator;

	private static String base;

	@BeforeAll
	static void start() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
		receiverThreads = Executors.newCachedThreadPool();
		receiver.setExecutor(receiverThreads);
		receiver.createContext("/", WebhookTests::receive);
		receiver.start();
		base = "http://127.0.0.1:" + receiver.getAddress().getPort();
		emulator = AppwriteEmulator.builder()
			.projectId("hooks")
			.webhook(Webhook.of(base + "/all?tag=a%20b+c", "users.*", "teams.*")
				.id("all")
				.name("Everything")
				.signatureKey(KEY)
				.basicAuth("hook-user", "hook-pass"))
			.webhook(Webhook.of(base + "/fail", "users.*.update.name").id("failing"))
			.webhook(Webhook.of(base + "/slow", "users.*.update.prefs").id("slow"))
			.start();
	}

	@AfterAll
	static void stop() {
		emulator.close();
		receiver.stop(0);
		receiverThreads.shutdownNow();
	}

	@BeforeEach
	void reset() {
		emulator.reset();
		received.clear();
	}

	private static void receive(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			byte[] body = in.readAllBytes();
			Map<String, String> headers = new ConcurrentHashMap<>();
			exchange.getRequestHeaders()
				.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
			String path = exchange.getRequestURI().getPath();
			received.computeIfAbsent(path, (p) -> new LinkedBlockingQueue<>())
				.add(new Delivery(exchange.getRequestMethod(), exchange.getRequestURI().getRawQuery(), headers, body));
			if (path.equals("/slow")) {
				Thread.sleep(3000);
			}
			exchange.sendResponseHeaders(path.equals("/fail") ? 500 : 200, -1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			exchange.close();
		}
	}

	private static BlockingQueue<Delivery> queue(String path) {
		return received.computeIfAbsent(path, (p) -> new LinkedBlockingQueue<>());
	}

	/** The next delivery to the path whose events include the name. */
	private static Delivery await(String path, String event) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (true) {
			Delivery delivery = queue(path).poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			assertThat(delivery).as("a delivery of %s to %s", event, path).isNotNull();
			if (delivery.events().contains(event)) {
				return delivery;
			}
		}
	}

	/** The next delivery to the path. */
	private static Delivery next(String path) throws InterruptedException {
		Delivery delivery = queue(path).poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		assertThat(delivery).as("a delivery to %s", path).isNotNull();
		return delivery;
	}

	/** Every delivery to the path so far, after a quiet moment. */
	private static List<Delivery> drain(String path) throws InterruptedException {
		Thread.sleep(300);
		List<Delivery> all = new ArrayList<>();
		queue(path).drainTo(all);
		return all;
	}

	/** HMAC-SHA1 computed here, independently of the emulator. */
	private static String expectedSignature(String decodedUrl, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
		mac.update(decodedUrl.getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(mac.doFinal(body));
	}

	private static String createUser(String email) {
		TestHttp.Result created = TestHttp.key(emulator)
			.post("/users", "{\"userId\":\"unique()\",\"email\":\"" + email + "\",\"password\":\"password123\"}");
		assertThat(created.status()).isEqualTo(201);
		return created.json().path("$id").asString();
	}

	@Test
	void sessionCreationCarriesAppwritesHeadersExpansionsSignatureAndPayload() throws Exception {
		String userId = createUser("ada@example.com");
		TestHttp.Result login = TestHttp.guest(emulator)
			.post("/account/sessions/email", "{\"email\":\"ada@example.com\",\"password\":\"password123\"}");
		assertThat(login.status()).isEqualTo(201);
		String sessionId = login.json().path("$id").asString();

		Delivery delivery = await("/all", "users.*.sessions.*.create");
		assertThat(delivery.method()).isEqualTo("POST");
		assertThat(delivery.rawQuery()).isEqualTo("tag=a%20b+c");
		assertThat(delivery.events()).containsExactly("users." + userId + ".sessions." + sessionId + ".create",
				"users.*.sessions.*.create", "users." + userId + ".sessions.*.create",
				"users.*.sessions." + sessionId + ".create", "users." + userId + ".sessions." + sessionId,
				"users.*.sessions.*", "users." + userId + ".sessions.*", "users.*.sessions." + sessionId,
				"users." + userId, "users.*");
		assertThat(delivery.header("content-type")).isEqualTo("application/json");
		assertThat(delivery.header("content-length")).isEqualTo(String.valueOf(delivery.body().length));
		assertThat(delivery.header("user-agent")).startsWith("Appwrite-Server v1.8.1. Please report abuse at ");
		assertThat(delivery.header("x-appwrite-webhook-id")).isEqualTo("all");
		assertThat(delivery.header("x-appwrite-webhook-name")).isEqualTo("Everything");
		assertThat(delivery.header("x-appwrite-webhook-project-id")).isEqualTo("hooks");
		// a guest signing in is the event's user
		assertThat(delivery.header("x-appwrite-webhook-user-id")).isEqualTo(userId);
		assertThat(delivery.header("authorization")).isEqualTo(
				"Basic " + Base64.getEncoder().encodeToString("hook-user:hook-pass".getBytes(StandardCharsets.UTF_8)));
		// rawurldecode: %20 decoded, + kept
		assertThat(delivery.header("x-appwrite-webhook-signature"))
			.isEqualTo(expectedSignature(base + "/all?tag=a b+c", delivery.body()));
		assertThat(delivery.header("x-appwrite-webhook-signature"))
			.isNotEqualTo(expectedSignature(base + "/all?tag=a%20b+c", delivery.body()));

		JsonNode payload = Json.MAPPER.readTree(delivery.body());
		assertThat(payload.path("$id").asString()).isEqualTo(sessionId);
		assertThat(payload.path("userId").asString()).isEqualTo(userId);
		assertThat(payload.path("provider").asString()).isEqualTo("email");
		assertThat(payload).isEqualTo(login.json());
	}

	@Test
	void keyWritesHaveAnEmptyUserIdAndTheResponseAsPayload() throws Exception {
		TestHttp.Result created = TestHttp.key(emulator)
			.post("/users", "{\"userId\":\"grace\",\"email\":\"grace@example.com\",\"password\":\"password123\"}");
		Delivery delivery = await("/all", "users.*.create");
		assertThat(delivery.events()).containsExactly("users.grace.create", "users.*.create", "users.grace", "users.*");
		assertThat(delivery.header("x-appwrite-webhook-user-id")).isEmpty();
		assertThat(Json.MAPPER.readTree(delivery.body())).isEqualTo(created.json());

		TestHttp.key(emulator).patch("/users/grace/status", "{\"status\":false}");
		Delivery status = await("/all", "users.*.update.status");
		assertThat(status.events()).containsExactly("users.grace.update", "users.*.update", "users.grace.update.status",
				"users.*.update.status", "users.grace", "users.*");
		assertThat(Json.MAPPER.readTree(status.body()).path("status").asBoolean(true)).isFalse();

		TestHttp.Result imported = TestHttp.key(emulator)
			.post("/users/md5",
					"{\"userId\":\"imported\",\"email\":\"imp@example.com\",\"password\":\"5f4dcc3b5aa765d61d8327deb882cf99\"}");
		assertThat(imported.status()).as(imported.response().body()).isEqualTo(201);
		Delivery importedEvent = await("/all", "users.imported.create");
		assertThat(Json.MAPPER.readTree(importedEvent.body())).isEqualTo(imported.json());
	}

	@Test
	void userAndMembershipWritesTriggerTheirEvents() throws Exception {
		String userId = createUser("lin@example.com");
		TestHttp key = TestHttp.key(emulator);
		key.patch("/users/" + userId + "/name", "{\"name\":\"Lin\"}");
		key.patch("/users/" + userId + "/email", "{\"email\":\"lin2@example.com\"}");
		key.patch("/users/" + userId + "/password", "{\"password\":\"password456\"}");
		key.put("/users/" + userId + "/labels", "{\"labels\":[\"admin\"]}");
		key.patch("/users/" + userId + "/phone", "{\"number\":\"+14155550100\"}");
		key.patch("/users/" + userId + "/mfa", "{\"mfa\":true}");
		String sessionId = key.post("/users/" + userId + "/sessions", "{}").json().path("$id").asString();
		key.delete("/users/" + userId + "/sessions/" + sessionId);
		key.delete("/users/" + userId + "/sessions");
		key.post("/teams", "{\"teamId\":\"crew\",\"name\":\"Crew\"}");
		String membershipId = key
			.post("/teams/crew/memberships", "{\"userId\":\"" + userId + "\",\"roles\":[\"member\"]}")
			.json()
			.path("$id")
			.asString();
		key.patch("/teams/crew/memberships/" + membershipId, "{\"roles\":[\"admin\"]}");
		key.delete("/teams/crew/memberships/" + membershipId);
		key.delete("/users/" + userId);

		// deliveries run in parallel, as Appwrite's workers do: their order is not the
		// writes' order
		List<String> expected = List.of("users.*.create", "users.*.update.name", "users.*.update.email",
				"users.*.update.password", "users.*.update.labels", "users.*.update.phone", "users.*.update.mfa",
				"users.*.sessions.*.create", "users.*.sessions.*.delete", "users.*.sessions.delete",
				"teams.*.memberships.*.create", "teams.*.memberships.*.update", "teams.*.memberships.*.delete",
				"users.*.delete");
		List<String> firstNames = new ArrayList<>();
		for (int i = 0; i < expected.size(); i++) {
			List<String> events = next("/all").events();
			firstNames.add(events.stream().filter(expected::contains).findFirst().orElse(events.get(0)));
		}
		assertThat(firstNames).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(drain("/all")).isEmpty();
	}

	@Test
	void accountWritesNameTheSignedInUserAndDeleteAllSessionsOnce() throws Exception {
		TestHttp.Result signUp = TestHttp.guest(emulator)
			.post("/account", "{\"userId\":\"ann\",\"email\":\"ann@example.com\",\"password\":\"password123\"}");
		assertThat(signUp.status()).isEqualTo(201);
		Delivery created = await("/all", "users.ann.create");
		assertThat(created.header("x-appwrite-webhook-user-id")).isEmpty();
		String older = emulator.createSession("ann");
		String current = emulator.createSession("ann");
		TestHttp ann = TestHttp.guest(emulator).with("X-Appwrite-Session", current);
		String currentId = ann.get("/account/sessions/current").json().path("$id").asString();

		TestHttp.Result renamed = ann.patch("/account/name", "{\"name\":\"Ann\"}");
		Delivery name = await("/all", "users.ann.update.name");
		assertThat(name.header("x-appwrite-webhook-user-id")).isEqualTo("ann");
		assertThat(Json.MAPPER.readTree(name.body())).isEqualTo(renamed.json());

		assertThat(ann.delete("/account/sessions").status()).isEqualTo(204);
		Delivery deleted = await("/all", "users.*.sessions.*.delete");
		assertThat(deleted.header("x-appwrite-webhook-user-id")).isEqualTo("ann");
		JsonNode payload = Json.MAPPER.readTree(deleted.body());
		assertThat(payload.path("$id").asString()).isEqualTo(currentId);
		assertThat(payload.path("current").asBoolean()).isTrue();
		assertThat(drain("/all")).isEmpty();
		assertThat(older).isNotEqualTo(current);
	}

	@Test
	void completingAnMfaChallengeIsASessionCreation() throws Exception {
		String userId = emulator.seedUser("mfa@example.com", "password123");
		String code = TestHttp.key(emulator)
			.patch("/users/" + userId + "/mfa/recovery-codes", "")
			.json()
			.path("recoveryCodes")
			.get(0)
			.asString();
		Delivery codes = await("/all", "users.*.update.mfa");
		assertThat(Json.MAPPER.readTree(codes.body()).path("recoveryCodes").get(0).asString()).isEqualTo(code);
		TestHttp me = TestHttp.guest(emulator).with("X-Appwrite-Session", emulator.createSession(userId));
		String challengeId = me.post("/account/mfa/challenges", "{\"factor\":\"recoverycode\"}")
			.json()
			.path("$id")
			.asString();
		TestHttp.Result done = me.put("/account/mfa/challenges",
				"{\"challengeId\":\"" + challengeId + "\",\"otp\":\"" + code + "\"}");
		assertThat(done.status()).as(done.response().body()).isEqualTo(200);
		Delivery delivery = await("/all", "users.*.sessions.*.create");
		assertThat(delivery.events().get(0))
			.isEqualTo("users." + userId + ".sessions." + done.json().path("$id").asString() + ".create");
		assertThat(delivery.header("x-appwrite-webhook-user-id")).isEqualTo(userId);
		assertThat(Json.MAPPER.readTree(delivery.body())).isEqualTo(done.json());

		TestHttp.Result totp = me.post("/account/mfa/authenticators/totp", "");
		Delivery enrolled = await("/all", "users.*.update.mfa");
		assertThat(Json.MAPPER.readTree(enrolled.body())).isEqualTo(totp.json());
		assertThat(TestHttp.key(emulator).delete("/users/" + userId + "/mfa/authenticators/totp").status())
			.isEqualTo(204);
		Delivery removed = await("/all", "users.*.delete.mfa");
		assertThat(removed.events()).containsExactly("users." + userId + ".delete", "users.*.delete",
				"users." + userId + ".delete.mfa", "users.*.delete.mfa", "users." + userId, "users.*");
		assertThat(drain("/all")).isEmpty();
	}

	@Test
	void acceptingAnInvitationUpdatesTheMembershipStatus() throws Exception {
		String ownerId = emulator.seedUser("owner@example.com", "password123");
		TestHttp owner = TestHttp.guest(emulator).with("X-Appwrite-Session", emulator.createSession(ownerId));
		owner.post("/teams", "{\"teamId\":\"crew\",\"name\":\"Crew\"}");
		TestHttp.Result invited = owner.post("/teams/crew/memberships",
				"{\"email\":\"new@example.com\",\"roles\":[],\"url\":\"http://localhost:3000/join\"}");
		String membershipId = invited.json().path("$id").asString();
		String inviteeId = invited.json().path("userId").asString();
		Delivery created = await("/all", "teams.crew.memberships." + membershipId + ".create");
		assertThat(created.header("x-appwrite-webhook-user-id")).isEqualTo(ownerId);
		String link = emulator.mailbox().awaitMessage("new@example.com", WAIT).link().orElseThrow();
		String secret = link.replaceAll(".*[?&]secret=([0-9a-f]+).*", "$1");
		TestHttp.Result accepted = TestHttp.guest(emulator)
			.patch("/teams/crew/memberships/" + membershipId + "/status",
					"{\"userId\":\"" + inviteeId + "\",\"secret\":\"" + secret + "\"}");
		assertThat(accepted.status()).as(accepted.response().body()).isEqualTo(200);
		Delivery status = await("/all", "teams.*.memberships.*.update.status");
		assertThat(status.events().get(0)).isEqualTo("teams.crew.memberships." + membershipId + ".update.status");
		assertThat(status.header("x-appwrite-webhook-user-id")).isEqualTo(inviteeId);
		assertThat(Json.MAPPER.readTree(status.body())).isEqualTo(accepted.json());
		assertThat(drain("/all")).isEmpty();
	}

	@Test
	void aSlowReceiverDoesNotSlowTheApi() throws Exception {
		String userId = createUser("slow@example.com");
		long started = System.nanoTime();
		TestHttp.Result answer = TestHttp.key(emulator).patch("/users/" + userId + "/prefs", "{\"prefs\":{\"a\":1}}");
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(millis).isLessThan(1500);
		Delivery delivery = await("/slow", "users.*.update.prefs");
		assertThat(Json.MAPPER.readTree(delivery.body())).isEqualTo(answer.json());
	}

	@Test
	void aWebhookIsDisabledAfterTenFailuresInARow() throws Exception {
		String userId = createUser("fail@example.com");
		TestHttp key = TestHttp.key(emulator);
		for (int i = 1; i <= 10; i++) {
			assertThat(key.patch("/users/" + userId + "/name", "{\"name\":\"n" + i + "\"}").status()).isEqualTo(200);
			await("/fail", "users.*.update.name");
			int expected = i;
			awaitCondition(() -> emulator.webhookFailures("failing") == expected);
		}
		assertThat(emulator.webhookEnabled("failing")).isFalse();
		key.patch("/users/" + userId + "/name", "{\"name\":\"after\"}");
		await("/all", "users.*.update.name");
		assertThat(drain("/fail")).isEmpty();

		emulator.enableWebhook("failing");
		assertThat(emulator.webhookEnabled("failing")).isTrue();
		assertThat(emulator.webhookFailures("failing")).isZero();
		assertThatThrownBy(() -> emulator.webhookFailures("nope")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void concurrentWritesEachDeliverTheirEventOnce() throws Exception {
		String userId = createUser("many@example.com");
		List<CompletableFuture<String>> calls = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			calls.add(CompletableFuture.supplyAsync(() -> TestHttp.key(emulator)
				.post("/users/" + userId + "/sessions", "{}")
				.json()
				.path("$id")
				.asString()));
		}
		Set<String> sessionIds = new HashSet<>();
		for (CompletableFuture<String> call : calls) {
			sessionIds.add(call.get(20, TimeUnit.SECONDS));
		}
		assertThat(sessionIds).hasSize(24);
		Set<String> delivered = new HashSet<>();
		for (int i = 0; i < 24; i++) {
			Delivery delivery = await("/all", "users.*.sessions.*.create");
			delivered.add(Json.MAPPER.readTree(delivery.body()).path("$id").asString());
		}
		assertThat(delivered).isEqualTo(sessionIds);
		assertThat(drain("/all")).isEmpty();

		// two deletes of the same session at once: one event
		String sessionId = TestHttp.key(emulator)
			.post("/users/" + userId + "/sessions", "{}")
			.json()
			.path("$id")
			.asString();
		await("/all", "users.*.sessions.*.create");
		CompletableFuture<Integer> first = CompletableFuture
			.supplyAsync(() -> TestHttp.key(emulator).delete("/users/" + userId + "/sessions/" + sessionId).status());
		CompletableFuture<Integer> second = CompletableFuture
			.supplyAsync(() -> TestHttp.key(emulator).delete("/users/" + userId + "/sessions/" + sessionId).status());
		assertThat(List.of(first.get(20, TimeUnit.SECONDS), second.get(20, TimeUnit.SECONDS))).contains(204);
		await("/all", "users.*.sessions.*.delete");
		assertThat(drain("/all")).isEmpty();
	}

	@Test
	void failedRequestsTriggerNothing() throws Exception {
		TestHttp.assertError(TestHttp.key(emulator).patch("/users/missing/name", "{\"name\":\"x\"}"), 404,
				"user_not_found");
		assertThat(drain("/all")).isEmpty();
	}

	@Test
	void registrationIsChecked() {
		assertThatThrownBy(() -> Webhook.of("ftp://example.com/hook", "users.*"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Webhook.of("http://example.com/hook")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Webhook.of("http://example.com/hook", "users *"))
			.isInstanceOf(IllegalArgumentException.class);
		Webhook webhook = Webhook.of("http://example.com/hook", "users.*");
		assertThat(webhook.signatureKey()).matches("[0-9a-f]{128}");
		assertThat(webhook.toString()).doesNotContain(webhook.signatureKey());
		assertThat(webhook.basicAuth("u", "secret-pass").toString()).doesNotContain("secret-pass");
	}

	private static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition within %s", WAIT).isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	record Delivery(String method, String rawQuery, Map<String, String> headers, byte[] body) {

		String header(String name) {
			return this.headers.getOrDefault(name, "");
		}

		List<String> events() {
			return List.of(header("x-appwrite-webhook-events").split(","));
		}

	}

}
