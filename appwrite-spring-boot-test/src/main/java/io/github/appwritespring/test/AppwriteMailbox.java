package io.github.appwritespring.test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.mail.Mailbox;
import io.github.appwritespring.emulator.mail.Message;
import io.github.appwritespring.emulator.mail.NoMessageException;

/**
 * What Appwrite would have sent to a user, for a test of an application's account flows:
 * the last link or code the emulator's mailbox holds for a recipient, waiting a moment
 * for it when it has not arrived yet (Appwrite sends mail asynchronously).
 *
 * <pre>{@code
 * &#64;Autowired AppwriteEmulator emulator;
 *
 * AppwriteMailbox mailbox = AppwriteMailbox.of(this.emulator);
 * String link = mailbox.lastLink("ann@example.com");   // a magic link, a recovery or invitation link
 * String code = mailbox.lastCode("ann@example.com");   // an emailed sign-in or second-factor code
 * String secret = AppwriteMailbox.parameters(link).get("secret");
 * }</pre>
 *
 * The emulator's {@link Mailbox} itself ({@code emulator.mailbox()}) has the rest: every
 * message, a recipient's messages in order, and the next message not yet seen.
 *
 * @since 0.1.0
 */
public final class AppwriteMailbox {

	/** How long the helpers wait for a first message by default. */
	public static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

	private final Mailbox mailbox;

	private final Duration wait;

	private AppwriteMailbox(Mailbox mailbox, Duration wait) {
		this.mailbox = mailbox;
		this.wait = wait;
	}

	/**
	 * Returns the mailbox of an emulator.
	 * @param emulator the emulator the application talks to
	 * @return its mailbox
	 */
	public static AppwriteMailbox of(AppwriteEmulator emulator) {
		return new AppwriteMailbox(emulator.mailbox(), DEFAULT_WAIT);
	}

	/**
	 * Returns this mailbox waiting at most that long for a recipient's first message.
	 * @param wait how long to wait
	 * @return a mailbox that waits that long
	 */
	public AppwriteMailbox waitingAtMost(Duration wait) {
		return new AppwriteMailbox(this.mailbox, wait);
	}

	/**
	 * Returns the newest message to a recipient, waiting for one if none has arrived.
	 * @param to an email address (any case) or a phone number
	 * @return the newest message
	 * @throws NoMessageException if none arrives in time
	 */
	public Message lastMessage(String to) {
		long deadline = System.nanoTime() + this.wait.toNanos();
		while (true) {
			Optional<Message> latest = this.mailbox.latest(to);
			if (latest.isPresent()) {
				return latest.get();
			}
			if (System.nanoTime() - deadline >= 0) {
				throw new NoMessageException("No message to " + to + " arrived within " + this.wait.toMillis()
						+ " ms; the mailbox holds " + this.mailbox.messages().size() + " message(s) to others");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new NoMessageException("Interrupted while waiting for a message to " + to);
			}
		}
	}

	/**
	 * Returns the link of the newest message to a recipient (a magic link, a recovery,
	 * verification or invitation link), waiting for a message if none has arrived.
	 * @param to an email address (any case) or a phone number
	 * @return the link, as the recipient would open it
	 * @throws NoMessageException if no message arrives in time
	 * @throws IllegalStateException if the newest message has no link
	 */
	public String lastLink(String to) {
		Message message = lastMessage(to);
		return message.link()
			.orElseThrow(() -> new IllegalStateException(
					"The last message to " + to + " (" + message.template() + ") has no link"));
	}

	/**
	 * Returns the one-time code of the newest message to a recipient (an emailed sign-in
	 * code, a second-factor code, a phone code), waiting for a message if none has
	 * arrived.
	 * @param to an email address (any case) or a phone number
	 * @return the code
	 * @throws NoMessageException if no message arrives in time
	 * @throws IllegalStateException if the newest message has no code
	 */
	public String lastCode(String to) {
		Message message = lastMessage(to);
		return message.optionalCode()
			.orElseThrow(() -> new IllegalStateException(
					"The last message to " + to + " (" + message.template() + ") has no code"));
	}

	/**
	 * Returns the decoded query parameters of a link, e.g. its {@code userId} and
	 * {@code secret} (the first value of a parameter given twice).
	 * @param link a link
	 * @return its parameters, in order
	 */
	public static Map<String, String> parameters(String link) {
		String query = URI.create(link).getRawQuery();
		if (query == null || query.isEmpty()) {
			return Map.of();
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
			parameters.putIfAbsent(name, value);
		}
		return Collections.unmodifiableMap(parameters);
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
