package io.github.appwritespring.autoconfigure.security.events;

/**
 * Counts webhook deliveries by outcome: the only trace a refused delivery leaves (its
 * body may carry secrets, and a flood of forgeries must not flood the log).
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface WebhookCounter {

	/** Counts nothing. */
	WebhookCounter NONE = (outcome) -> {
	};

	/**
	 * Counts one delivery.
	 * @param outcome how it was answered
	 */
	void count(WebhookOutcome outcome);

}
