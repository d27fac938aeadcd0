package io.github.appwritespring.autoconfigure.security.events;

import java.io.Serial;

import org.springframework.context.ApplicationEvent;

/**
 * Appwrite deleted a user, as its webhook said ({@code users.<ID>.delete}, signed and
 * consistent with its body): published once per delivery, after the user's cached
 * sessions are forgotten, so that the application can remove what it keeps about the user
 * elsewhere. The starter itself removes the user's passkeys when they are on. Only with
 * the webhook ({@code appwrite.security.events.signature-key}). Listeners may block (on
 * WebFlux they run off the event loop); one that throws does not undo the eviction, but
 * the delivery is answered 500, so that Appwrite records the failed attempt.
 *
 * @since 0.1.0
 */
public class AppwriteUserDeletedEvent extends ApplicationEvent {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String userId;

	/**
	 * Creates a new {@code AppwriteUserDeletedEvent}.
	 * @param source the webhook receiver
	 * @param userId the deleted user's ID
	 */
	public AppwriteUserDeletedEvent(Object source, String userId) {
		super(source);
		this.userId = userId;
	}

	/**
	 * Returns the deleted user's ID.
	 * @return the deleted user's ID
	 */
	public String getUserId() {
		return this.userId;
	}

}
