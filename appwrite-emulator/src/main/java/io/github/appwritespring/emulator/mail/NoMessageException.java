package io.github.appwritespring.emulator.mail;

/**
 * Thrown by {@link Mailbox#awaitMessage} when no message to the address arrived in time.
 *
 * @since 0.1.0
 */
public class NoMessageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** An exception with the given message. */
	public NoMessageException(String message) {
		super(message);
	}

}
