package io.github.appwritespring.autoconfigure.security.events;

import java.util.Locale;

/**
 * How a webhook delivery was answered, with its HTTP status. Deliveries Appwrite signed
 * are answered with 200 even when they change nothing: Appwrite disables a webhook after
 * ten failures in a row.
 *
 * @since 0.1.0
 */
public enum WebhookOutcome {

	/** Signed; the cached sessions of a user were forgotten. */
	EVICTED(200),

	/** Signed; nothing cached depends on the event. */
	IGNORED(200),

	/** Signed, but for another project. */
	OTHER_PROJECT(200),

	/**
	 * Signed, but the event's name disagrees with its body: a signed body replayed under
	 * another name.
	 */
	INCONSISTENT(200),

	/**
	 * Signed; the cached sessions of a deleted user were forgotten, but a listener of
	 * {@link AppwriteUserDeletedEvent} failed: answered 500, so that Appwrite records the
	 * failed attempt.
	 */
	LISTENER_FAILED(500),

	/** Not signed with the key, or without the configured Basic credentials. */
	UNAUTHORIZED(401),

	/** Signed, but names no event; or the body could not be read whole. */
	MALFORMED(400),

	/** Larger than {@code appwrite.security.events.max-body-size}; refused unread. */
	TOO_LARGE(413);

	private final int status;

	WebhookOutcome(int status) {
		this.status = status;
	}

	/**
	 * Returns the HTTP status of the answer.
	 * @return the HTTP status of the answer
	 */
	public int status() {
		return this.status;
	}

	/**
	 * Returns the outcome's tag value, e.g. {@code too_large}.
	 * @return the outcome's tag value
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
