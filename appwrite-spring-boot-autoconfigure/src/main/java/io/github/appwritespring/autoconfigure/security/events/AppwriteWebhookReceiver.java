package io.github.appwritespring.autoconfigure.security.events;

import java.util.Objects;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;

import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;

/**
 * Receives Appwrite's webhook deliveries for both web stacks, which only read the request
 * (headers and a body of at most {@link #maxBodySize()} bytes) and answer the outcome's
 * status with no body. A delivery counts only when it carries the configured Basic
 * credentials (if any) and Appwrite's signature over the URL and the raw body; anything
 * else is {@code 401}, and that check is the endpoint's only protection: Appwrite sends
 * no CSRF token. Deliveries for another project are ignored. A deleted user is published
 * as {@link AppwriteUserDeletedEvent}. Nothing of a delivery is logged: each is counted
 * by outcome, and its body (which may carry MFA secrets and recovery codes) is neither
 * logged nor kept; only a failing listener of that event is logged, by its class.
 *
 * @since 0.1.0
 */
public final class AppwriteWebhookReceiver {

	private static final Log logger = LogFactory.getLog(AppwriteWebhookReceiver.class);

	/** Appwrite's signature header. */
	public static final String SIGNATURE = "X-Appwrite-Webhook-Signature";

	/** The header naming the event and its expansions. */
	public static final String EVENTS = "X-Appwrite-Webhook-Events";

	/** The header naming the project. */
	public static final String PROJECT_ID = "X-Appwrite-Webhook-Project-Id";

	private final WebhookSignature signature;

	private final WebhookEvents events;

	private final String projectId;

	private final SessionEvictions evictions;

	private final WebhookCounter counter;

	private final int maxBodySize;

	private final ApplicationEventPublisher publisher;

	AppwriteWebhookReceiver(WebhookSignature signature, WebhookEvents events, String projectId,
			SessionEvictions evictions, WebhookCounter counter, int maxBodySize, ApplicationEventPublisher publisher) {
		this.signature = signature;
		this.events = events;
		this.projectId = projectId;
		this.evictions = evictions;
		this.counter = counter;
		this.maxBodySize = maxBodySize;
		this.publisher = publisher;
	}

	/**
	 * Creates a receiver from {@code appwrite.security.events.*}.
	 * @param settings the webhook's settings; the signature key must be set
	 * @param teams whether team memberships are authorities
	 * @param projectId the application's Appwrite project
	 * @param evictions makes the cache forget
	 * @param counter counts deliveries
	 * @param publisher publishes {@link AppwriteUserDeletedEvent}
	 * @return the receiver
	 * @throws IllegalStateException when the URL is missing or the body limit out of
	 * range
	 */
	public static AppwriteWebhookReceiver of(AppwriteSecurityProperties.Events settings, boolean teams,
			String projectId, SessionEvictions evictions, WebhookCounter counter, ApplicationEventPublisher publisher) {
		String key = settings.getSignatureKey();
		String url = settings.getUrl();
		if (key == null || key.isEmpty()) {
			throw new IllegalStateException("appwrite.security.events.signature-key is not set");
		}
		if (url == null || url.isBlank()) {
			throw new IllegalStateException("appwrite.security.events.url is required with "
					+ "appwrite.security.events.signature-key: set it to the webhook's URL exactly as configured in "
					+ "the Appwrite console (Appwrite signs it with each body), e.g. "
					+ "https://app.example.com/auth/appwrite/events");
		}
		long max = settings.getMaxBodySize().toBytes();
		if (max < 1024 || max > 16L * 1024 * 1024) {
			throw new IllegalStateException(
					"appwrite.security.events.max-body-size must be between 1KB and 16MB, not " + max + " bytes");
		}
		return new AppwriteWebhookReceiver(
				new WebhookSignature(key, url, settings.getUsername(), settings.getPassword()),
				new WebhookEvents(teams), projectId, evictions, counter, (int) max, publisher);
	}

	/**
	 * Returns the largest body read, in bytes; a larger one is refused with
	 * {@link #refuse(WebhookOutcome) refuse(TOO_LARGE)} without reading it.
	 * @return the largest body read, in bytes
	 */
	public int maxBodySize() {
		return this.maxBodySize;
	}

	/**
	 * Receives a delivery read whole.
	 * @param headers the request's headers by name
	 * @param body the raw body
	 * @return how to answer
	 */
	public WebhookOutcome receive(Function<String, @Nullable String> headers, byte[] body) {
		return counted(outcome(headers, body));
	}

	/**
	 * Refuses a delivery that could not be read ({@link WebhookOutcome#TOO_LARGE},
	 * {@link WebhookOutcome#MALFORMED}).
	 * @param outcome why
	 * @return the outcome
	 */
	public WebhookOutcome refuse(WebhookOutcome outcome) {
		return counted(outcome);
	}

	private WebhookOutcome outcome(Function<String, @Nullable String> headers, byte[] body) {
		if (body.length > this.maxBodySize) {
			return WebhookOutcome.TOO_LARGE;
		}
		if (!this.signature.authorizes(headers.apply("Authorization"))
				|| !this.signature.signs(body, headers.apply(SIGNATURE))) {
			return WebhookOutcome.UNAUTHORIZED;
		}
		if (!this.projectId.equals(headers.apply(PROJECT_ID))) {
			return WebhookOutcome.OTHER_PROJECT;
		}
		WebhookEvents.Decision decision = this.events.decide(headers.apply(EVENTS), body);
		return switch (decision.kind()) {
			case EVICT -> {
				String userId = Objects.requireNonNull(decision.userId());
				this.evictions.evictUser(userId);
				yield (decision.userDeleted()) ? userDeleted(userId) : WebhookOutcome.EVICTED;
			}
			case NOTHING -> WebhookOutcome.IGNORED;
			case INCONSISTENT -> WebhookOutcome.INCONSISTENT;
			case MALFORMED -> WebhookOutcome.MALFORMED;
		};
	}

	private WebhookOutcome userDeleted(String userId) {
		try {
			this.publisher.publishEvent(new AppwriteUserDeletedEvent(this, userId));
			return WebhookOutcome.EVICTED;
		}
		catch (RuntimeException ex) {
			// the application's own listener: its class says where, its message may say
			// anything
			logger.warn("A listener of AppwriteUserDeletedEvent failed for user " + userId + " ("
					+ ex.getClass().getName() + "); the webhook delivery is answered 500");
			return WebhookOutcome.LISTENER_FAILED;
		}
	}

	private WebhookOutcome counted(WebhookOutcome outcome) {
		this.counter.count(outcome);
		return outcome;
	}

}
