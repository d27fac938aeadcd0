package io.github.appwritespring.emulator.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the emulator would have sent, captured: {@code emulator.mailbox()}. The same
 * messages are served as JSON at {@code GET /_emulator/messages} (API key in
 * {@code X-Appwrite-Key}) and as an HTML page at {@code /_emulator/mailbox}.
 *
 * <pre>{@code
 * account.createRecovery("ada@example.com", "http://localhost:8080/reset");
 * Message mail = emulator.mailbox().awaitMessage("ada@example.com", Duration.ofSeconds(5));
 * String link = mail.link().orElseThrow();   // ...?userId=...&secret=...&expire=...
 * }</pre>
 *
 * Thread-safe. Cleared by {@code emulator.reset()}; kept in the data directory like the
 * rest when there is one.
 *
 * @since 0.1.0
 */
public interface Mailbox {

	/** Every captured message, oldest first. */
	List<Message> messages();

	/**
	 * The messages to one recipient, oldest first. Email addresses compare ignoring case.
	 */
	List<Message> messagesTo(String to);

	/** The newest message to a recipient, if any. */
	Optional<Message> latest(String to);

	/**
	 * The next message to a recipient: the oldest one no earlier call of this method
	 * returned, waiting for one to arrive if there is none yet. So a test may call it
	 * after triggering the send, and successive calls see successive messages.
	 * @param to an email address (any case) or a phone number
	 * @param timeout how long to wait at most
	 * @throws NoMessageException if no such message arrives in time (the message says
	 * what the mailbox holds instead)
	 */
	Message awaitMessage(String to, Duration timeout);

	/** Deletes every message. */
	void clear();

}
