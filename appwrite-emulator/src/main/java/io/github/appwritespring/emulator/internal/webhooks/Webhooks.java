package io.github.appwritespring.emulator.internal.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.http.RequestScope;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;

/**
 * Sends Appwrite's webhooks (Appwrite 1.8.1's {@code Workers/Webhooks.php}): for each
 * event, every enabled webhook subscribed to one of the event's expansions gets a
 * {@code POST} with the payload and Appwrite's headers, signed with HMAC-SHA1. Deliveries
 * run on their own threads after the response of the request that caused them; a delivery
 * times out after 15 s, is never retried, and a failure (an error or a status of 400 or
 * more) counts: after {@value #MAX_FAILED_ATTEMPTS} in a row the webhook is disabled, a
 * success resets the count. Payloads are never logged: they can carry secrets.
 */
public final class Webhooks implements AutoCloseable {

	/** Appwrite's {@code _APP_WEBHOOK_MAX_FAILED_ATTEMPTS} default. */
	public static final int MAX_FAILED_ATTEMPTS = 10;

	/** Appwrite's {@code APP_USERAGENT} with the emulated version. */
	public static final String USER_AGENT = "Appwrite-Server v1.8.1. Please report abuse at security@appwrite.io";

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private static final Logger LOG = Logger.getLogger(Webhooks.class.getName());

	private final String projectId;

	private final Map<String, Registered> webhooks = new LinkedHashMap<>();

	private final ThreadPoolExecutor executor;

	private final HttpClient client;

	private Webhooks(String projectId) {
		this.projectId = projectId;
		AtomicInteger counter = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), (runnable) -> {
			Thread thread = new Thread(runnable, "appwrite-emulator-webhooks-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.executor.allowCoreThreadTimeOut(true);
		this.client = HttpClient.newBuilder()
			.connectTimeout(TIMEOUT)
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	/** The emulator's webhooks, created on first use. */
	public static Webhooks of(EmulatorContext context) {
		return context.service(Webhooks.class, () -> {
			Webhooks webhooks = new Webhooks(context.projectId());
			context.onReset(webhooks::resetCounters);
			return webhooks;
		});
	}

	/**
	 * Registers webhooks (settings, like Appwrite's console does); an ID registered again
	 * is replaced.
	 */
	public synchronized void register(List<WebhookSpec> specs) {
		for (WebhookSpec spec : specs) {
			this.webhooks.put(spec.id(), new Registered(spec));
		}
	}

	/** The state of a registered webhook. */
	public synchronized Optional<State> state(String webhookId) {
		Registered registered = this.webhooks.get(webhookId);
		return (registered != null) ? Optional.of(registered.state()) : Optional.empty();
	}

	/** Enables a webhook again and clears its failure count (as updating it does). */
	public synchronized boolean enable(String webhookId) {
		Registered registered = this.webhooks.get(webhookId);
		if (registered == null) {
			return false;
		}
		registered.reset();
		return true;
	}

	private synchronized void resetCounters() {
		this.webhooks.values().forEach(Registered::reset);
	}

	private synchronized List<Registered> subscribedTo(List<String> events) {
		Set<String> names = new HashSet<>(events);
		List<Registered> result = new ArrayList<>();
		for (Registered registered : this.webhooks.values()) {
			if (registered.isEnabled() && registered.spec.events().stream().anyMatch(names::contains)) {
				result.add(registered);
			}
		}
		return result;
	}

	/**
	 * Triggers an event caused by the request handled on this thread (or by a Java API
	 * call): delivered after its response is sent. the webhook user ID
	 * ({@code X-Appwrite-Webhook-User-Id}) is the signed-in caller, empty for the API key
	 * and guests.
	 * @param pattern the event pattern as Appwrite names it, e.g.
	 * {@code users.[userId].sessions.[sessionId].create}
	 * @param params the pattern's parameters in Appwrite's order
	 * @param payload the route's response model (serialized now)
	 */
	public void trigger(String pattern, Map<String, String> params, JsonNode payload) {
		String userId = RequestScope.currentCaller().map(Caller::userId).orElse(null);
		trigger(pattern, params, payload, userId);
	}

	/**
	 * Like {@link #trigger(String, Map, JsonNode)} with the acting user given (e.g. the
	 * user a guest just signed in as, whom Appwrite's event carries).
	 */
	public void trigger(String pattern, Map<String, String> params, JsonNode payload, @Nullable String userId) {
		if (isEmpty()) {
			return;
		}
		List<String> events = EventNames.generate(pattern, params);
		if (subscribedTo(events).isEmpty()) {
			return;
		}
		byte[] body = Json.MAPPER.writeValueAsBytes(payload);
		String actor = (userId != null) ? userId : "";
		RequestScope.afterResponse(() -> {
			for (Registered registered : subscribedTo(events)) {
				submit(registered, events, body, actor);
			}
		});
	}

	private synchronized boolean isEmpty() {
		return this.webhooks.isEmpty();
	}

	private void submit(Registered registered, List<String> events, byte[] body, String userId) {
		try {
			this.executor.execute(() -> deliver(registered, events, body, userId));
		}
		catch (RejectedExecutionException ex) {
			LOG.log(Level.FINE, "Webhook " + registered.spec.id() + " not delivered: the emulator is closing");
		}
	}

	private void deliver(Registered registered, List<String> events, byte[] body, String userId) {
		if (!registered.isEnabled()) {
			return;
		}
		WebhookSpec spec = registered.spec;
		@Nullable String failure;
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(spec.url()))
				.timeout(TIMEOUT)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.header("Content-Type", "application/json")
				.header("User-Agent", USER_AGENT)
				.header("X-Appwrite-Webhook-Id", spec.id())
				.header("X-Appwrite-Webhook-Events", String.join(",", events))
				.header("X-Appwrite-Webhook-Name", spec.name())
				.header("X-Appwrite-Webhook-User-Id", userId)
				.header("X-Appwrite-Webhook-Project-Id", this.projectId)
				.header("X-Appwrite-Webhook-Signature", signature(spec.url(), body, spec.signatureKey()));
			String user = spec.httpUser();
			String pass = spec.httpPass();
			if (user != null && !user.isEmpty() && pass != null && !pass.isEmpty()) {
				request.header("Authorization", "Basic "
						+ Base64.getEncoder().encodeToString((user + ":" + pass).getBytes(StandardCharsets.UTF_8)));
			}
			// 15 s for the whole exchange, body included, as curl's CURLOPT_TIMEOUT
			CompletableFuture<HttpResponse<Void>> call = this.client.sendAsync(request.build(),
					HttpResponse.BodyHandlers.discarding());
			try {
				HttpResponse<Void> response = call.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
				failure = (response.statusCode() >= 400) ? "status " + response.statusCode() : null;
			}
			finally {
				call.cancel(true);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		catch (ExecutionException ex) {
			failure = (ex.getCause() != null) ? ex.getCause().getClass().getSimpleName() : "ExecutionException";
		}
		catch (TimeoutException ex) {
			failure = "timeout after " + TIMEOUT.toSeconds() + " s";
		}
		catch (RuntimeException ex) {
			failure = ex.getClass().getSimpleName();
		}
		if (failure == null) {
			registered.succeeded();
			return;
		}
		int attempts = registered.failed();
		// Never the payload or the headers: they can carry secrets.
		LOG.warning("Webhook " + spec.id() + " to " + spec.url() + " failed (" + failure + "), " + attempts
				+ " failure(s) in a row"
				+ ((attempts >= MAX_FAILED_ATTEMPTS) ? "; disabled after " + MAX_FAILED_ATTEMPTS : ""));
	}

	/**
	 * Appwrite's signature: Base64 of HMAC-SHA1 over {@code rawurldecode(url)} followed
	 * by the body, keyed with the signature key as text.
	 */
	static String signature(String url, byte[] body, String key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			mac.update(rawUrlDecode(url));
			return Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA1 is not available", ex);
		}
	}

	/** PHP's {@code rawurldecode}: {@code %XX} to its byte, {@code +} kept. */
	static byte[] rawUrlDecode(String value) {
		byte[] in = value.getBytes(StandardCharsets.UTF_8);
		byte[] out = new byte[in.length];
		int n = 0;
		for (int i = 0; i < in.length; i++) {
			if (in[i] == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
				out[n++] = (byte) ((hex(in[i + 1]) << 4) | hex(in[i + 2]));
				i += 2;
			}
			else {
				out[n++] = in[i];
			}
		}
		return Arrays.copyOf(out, n);
	}

	private static int hex(byte b) {
		return Character.digit((char) b, 16);
	}

	/** Stops delivering; deliveries under way are interrupted. */
	@Override
	public void close() {
		this.executor.shutdownNow();
	}

	/**
	 * A webhook's state.
	 *
	 * @param enabled whether it is still delivered to
	 * @param attempts failed deliveries in a row
	 */
	public record State(boolean enabled, int attempts) {
	}

	private static final class Registered {

		private final WebhookSpec spec;

		private int attempts;

		private boolean enabled = true;

		Registered(WebhookSpec spec) {
			this.spec = spec;
		}

		synchronized boolean isEnabled() {
			return this.enabled;
		}

		synchronized State state() {
			return new State(this.enabled, this.attempts);
		}

		synchronized void succeeded() {
			this.attempts = 0;
		}

		synchronized int failed() {
			this.attempts++;
			if (this.attempts >= MAX_FAILED_ATTEMPTS) {
				this.enabled = false;
			}
			return this.attempts;
		}

		synchronized void reset() {
			this.attempts = 0;
			this.enabled = true;
		}

	}

}
