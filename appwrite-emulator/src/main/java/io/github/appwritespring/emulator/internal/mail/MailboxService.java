package io.github.appwritespring.emulator.internal.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.store.DocumentStore;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;
import io.github.appwritespring.emulator.mail.Mailbox;
import io.github.appwritespring.emulator.mail.Message;
import io.github.appwritespring.emulator.mail.NoMessageException;

/**
 * The mailbox: messages are documents of collection {@link #MESSAGES} (so they persist
 * with a data directory and go with a reset); waiting uses a condition signalled on every
 * new message, never a busy loop.
 */
public final class MailboxService implements Mailbox {

	/** Store collection of captured messages. */
	public static final String MESSAGES = "emulator_messages";

	private final DocumentStore store;

	private final EmulatorContext context;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition arrived = this.lock.newCondition();

	/** IDs already handed out by {@link #awaitMessage}; in memory only. */
	private final Set<String> taken = new HashSet<>();

	private MailboxService(EmulatorContext context) {
		this.context = context;
		this.store = context.store();
		this.store.index(MESSAGES, "to");
	}

	/** The emulator's mailbox, created on first use. */
	public static MailboxService of(EmulatorContext context) {
		return context.service(MailboxService.class, () -> {
			MailboxService service = new MailboxService(context);
			context.onReset(service::forgetTaken);
			return service;
		});
	}

	/**
	 * Captures a message.
	 * @param to an email address or phone number
	 * @param code the one-time code in the text, or null
	 */
	public Message deliver(Message.Channel channel, String template, String to, String subject, String text,
			List<String> links, @Nullable String code) {
		Instant now = this.context.now();
		ObjectNode document = Json.object();
		String id = Ids.unique();
		document.put("$id", id);
		document.put("$createdAt", AppwriteDates.format(now));
		document.put("channel", channel.name().toLowerCase(Locale.ROOT));
		document.put("template", template);
		document.put("to", normalize(to));
		document.put("subject", subject);
		document.put("text", text);
		document.set("links", Json.strings(links));
		if (code != null) {
			document.put("code", code);
		}
		else {
			document.putNull("code");
		}
		this.store.put(MESSAGES, id, document);
		this.lock.lock();
		try {
			this.arrived.signalAll();
		}
		finally {
			this.lock.unlock();
		}
		return toMessage(document);
	}

	@Override
	public List<Message> messages() {
		return this.store.list(MESSAGES).stream().map(MailboxService::toMessage).toList();
	}

	@Override
	public List<Message> messagesTo(String to) {
		return this.store.findBy(MESSAGES, "to", normalize(to)).stream().map(MailboxService::toMessage).toList();
	}

	@Override
	public Optional<Message> latest(String to) {
		List<Message> messages = messagesTo(to);
		return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1));
	}

	@Override
	public Message awaitMessage(String to, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		this.lock.lock();
		try {
			while (true) {
				for (Message message : messagesTo(to)) {
					if (this.taken.add(message.id())) {
						return message;
					}
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new NoMessageException(describeMiss(to, timeout));
				}
				this.arrived.await(left, TimeUnit.NANOSECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new NoMessageException("Interrupted while waiting for a message to " + to);
		}
		finally {
			this.lock.unlock();
		}
	}

	private String describeMiss(String to, Duration timeout) {
		List<Message> all = messages();
		List<Message> mine = messagesTo(to);
		Set<String> others = new LinkedHashSet<>();
		for (Message message : all) {
			if (!message.to().equals(normalize(to))) {
				others.add(message.to());
			}
		}
		StringBuilder text = new StringBuilder("No new message to ").append(to)
			.append(" arrived within ")
			.append(timeout.toMillis())
			.append(" ms. ");
		if (!mine.isEmpty()) {
			text.append(mine.size()).append(" earlier message(s) to it were already returned by awaitMessage. ");
		}
		text.append("The mailbox holds ").append(all.size()).append(" message(s)");
		if (!others.isEmpty()) {
			text.append(", to: ").append(String.join(", ", others));
		}
		return text.append('.').toString();
	}

	@Override
	public void clear() {
		this.store.deleteCollection(MESSAGES);
		forgetTaken();
	}

	private void forgetTaken() {
		this.lock.lock();
		try {
			this.taken.clear();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Email addresses compare ignoring case; phone numbers as they are. */
	static String normalize(String to) {
		return to.trim().toLowerCase(Locale.ROOT);
	}

	/** The JSON of a message for {@code GET /_emulator/messages}. */
	static ObjectNode toJson(Message message) {
		ObjectNode json = Json.object();
		json.put("$id", message.id());
		json.put("$createdAt", AppwriteDates.format(message.createdAt()));
		json.put("channel", message.channel().name().toLowerCase(Locale.ROOT));
		json.put("template", message.template());
		json.put("to", message.to());
		json.put("subject", message.subject());
		json.put("text", message.text());
		json.set("links", Json.strings(message.links()));
		if (message.code() != null) {
			json.put("code", message.code());
		}
		else {
			json.putNull("code");
		}
		return json;
	}

	private static Message toMessage(ObjectNode document) {
		List<String> links = new ArrayList<>();
		for (JsonNode link : document.path("links")) {
			links.add(link.asString(""));
		}
		JsonNode code = document.get("code");
		Message.Channel channel = switch (document.path("channel").asString("")) {
			case "sms" -> Message.Channel.SMS;
			case "push" -> Message.Channel.PUSH;
			default -> Message.Channel.EMAIL;
		};
		return new Message(document.path("$id").asString(""),
				AppwriteDates.parse(document.path("$createdAt").asString("")).orElse(Instant.EPOCH), channel,
				document.path("template").asString(""), document.path("to").asString(""),
				document.path("subject").asString(""), document.path("text").asString(""), links,
				(code != null && code.isString()) ? code.stringValue() : null);
	}

}
