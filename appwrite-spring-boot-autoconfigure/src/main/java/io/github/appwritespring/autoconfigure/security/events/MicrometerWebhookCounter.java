package io.github.appwritespring.autoconfigure.security.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts webhook deliveries as the Micrometer counter
 * {@code appwrite.security.events.deliveries}, tagged with the {@code outcome}.
 *
 * @since 0.1.0
 */
public final class MicrometerWebhookCounter implements WebhookCounter {

	/** The counter's name. */
	public static final String NAME = "appwrite.security.events.deliveries";

	private final Counter[] counters = new Counter[WebhookOutcome.values().length];

	/**
	 * Creates a new {@code MicrometerWebhookCounter}.
	 * @param registry where the counters are registered
	 */
	public MicrometerWebhookCounter(MeterRegistry registry) {
		for (WebhookOutcome outcome : WebhookOutcome.values()) {
			this.counters[outcome.ordinal()] = Counter.builder(NAME)
				.description("Appwrite webhook deliveries by outcome")
				.tag("outcome", outcome.tag())
				.register(registry);
		}
	}

	@Override
	public void count(WebhookOutcome outcome) {
		this.counters[outcome.ordinal()].increment();
	}

}
