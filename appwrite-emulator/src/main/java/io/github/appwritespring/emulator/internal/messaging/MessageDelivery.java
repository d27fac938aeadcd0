package io.github.appwritespring.emulator.internal.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.mail.MailboxService;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.store.DocumentStore;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.users.UserTargets;
import io.github.appwritespring.emulator.mail.Message;

/**
 * Sends messages as Appwrite's messaging worker does, into the emulator's mailbox: the
 * recipients are the targets of the message's type reached through its topics'
 * subscribers, its users and its targets, each identifier once; without any the message
 * fails with {@code No valid recipients found.}, without an enabled provider of its type
 * with {@code No enabled provider found.}, else it is {@code sent} with
 * {@code deliveredTotal} and {@code deliveredAt}. Scheduled messages are sent once the
 * emulator's clock reaches {@code scheduledAt}: a background thread, started with the
 * first scheduled message, looks every {@value #TICK_MILLIS} ms, and every message route
 * looks first.
 */
final class MessageDelivery {

	static final long TICK_MILLIS = 100;

	private static final Logger LOG = Logger.getLogger(MessageDelivery.class.getName());

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

	private final EmulatorContext context;

	private final DocumentStore store;

	private final UserTargets targets;

	private final Topics topics;

	private @Nullable ScheduledExecutorService ticker;

	private boolean closed;

	private MessageDelivery(EmulatorContext context) {
		this.context = context;
		this.store = context.store();
		this.targets = new UserTargets(this.store);
		this.topics = new Topics(new MessagingStore(this.store), this.targets);
	}

	/** The emulator's delivery, created on first use and stopped when it closes. */
	static MessageDelivery of(EmulatorContext context) {
		return context.service(MessageDelivery.class, () -> {
			MessageDelivery delivery = new MessageDelivery(context);
			context.onClose(delivery::close);
			return delivery;
		});
	}

	/** Sends a message whose status is {@code processing}; others are left alone. */
	void send(String messageId) {
		this.store.write(() -> this.store.get(MessagingStore.MESSAGES, messageId).ifPresent((message) -> {
			if ("processing".equals(message.path("status").asString(""))) {
				deliver(message);
				this.store.put(MessagingStore.MESSAGES, messageId, message);
			}
		}));
	}

	/** Sends the scheduled messages whose time has come. */
	void sendDue() {
		if (this.store.count(MessagingStore.MESSAGES) == 0) {
			return;
		}
		this.store.write(() -> {
			Instant now = this.context.now();
			for (ObjectNode message : this.store.findBy(MessagingStore.MESSAGES, "status", "scheduled")) {
				Instant at = AppwriteDates.parse(message.path("scheduledAt").asString("")).orElse(Instant.MAX);
				if (!at.isAfter(now)) {
					message.put("status", "processing");
					deliver(message);
					this.store.put(MessagingStore.MESSAGES, message.path("$id").asString(), message);
				}
			}
		});
	}

	/** Makes sure scheduled messages are looked at in the background. */
	synchronized void watchSchedule() {
		if (this.ticker != null || this.closed) {
			return;
		}
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "appwrite-emulator-messaging-schedule");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
		this.ticker = executor;
	}

	private void tick() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			LOG.log(Level.WARNING, "Could not send the scheduled messages", ex);
		}
	}

	private synchronized void close() {
		this.closed = true;
		if (this.ticker != null) {
			this.ticker.shutdownNow();
		}
	}

	private void deliver(ObjectNode message) {
		String type = message.path("providerType").asString("");
		Map<String, ObjectNode> all = this.targets.all();
		Set<String> recipients = new LinkedHashSet<>();
		for (String topicId : strings(message.get("topics"))) {
			for (ObjectNode subscriber : this.topics.subscribers(topicId, all)) {
				addIdentifier(recipients, all.get(subscriber.path("targetId").asString("")), type);
			}
		}
		for (ObjectNode target : this.targets.ofUsers(strings(message.get("users")), type)) {
			addIdentifier(recipients, target, type);
		}
		for (String targetId : strings(message.get("targets"))) {
			addIdentifier(recipients, all.get(targetId), type);
		}
		if (recipients.isEmpty()) {
			fail(message, "No valid recipients found.");
			return;
		}
		boolean provider = this.store.list(MessagingStore.PROVIDERS)
			.stream()
			.anyMatch((p) -> p.path("enabled").asBoolean(false) && type.equals(p.path("type").asString("")));
		if (!provider) {
			fail(message, "No enabled provider found.");
			return;
		}
		ObjectNode data = (ObjectNode) message.path("data");
		List<String> copies = new ArrayList<>();
		if (type.equals("email")) {
			for (String name : List.of("cc", "bcc")) {
				for (String targetId : strings(data.get(name))) {
					ObjectNode target = all.get(targetId);
					if (target != null) {
						copies.add(target.path("identifier").asString(""));
					}
				}
			}
		}
		MailboxService mailbox = MailboxService.of(this.context);
		for (String to : recipients) {
			capture(mailbox, type, to, data);
		}
		for (String to : copies) {
			capture(mailbox, type, to, data);
		}
		message.put("status", "sent");
		message.set("deliveryErrors", Json.array());
		message.put("deliveredTotal", recipients.size());
		message.put("deliveredAt", AppwriteDates.format(this.context.now()));
	}

	private static void capture(MailboxService mailbox, String type, String to, ObjectNode data) {
		switch (type) {
			case "email" -> mailbox.deliver(Message.Channel.EMAIL, "message", to, data.path("subject").asString(""),
					data.path("content").asString(""), links(data.path("content").asString("")), null);
			case "sms" -> mailbox.deliver(Message.Channel.SMS, "message", to, "", data.path("content").asString(""),
					links(data.path("content").asString("")), null);
			default -> mailbox.deliver(Message.Channel.PUSH, "message", to, data.path("title").asString(""),
					data.path("body").asString(""), List.of(), null);
		}
	}

	private static List<String> links(String text) {
		List<String> links = new ArrayList<>();
		Matcher matcher = LINK.matcher(text);
		while (matcher.find()) {
			links.add(matcher.group());
		}
		return links;
	}

	private static void fail(ObjectNode message, String error) {
		message.put("status", "failed");
		message.set("deliveryErrors", Json.strings(List.of(error)));
	}

	private static void addIdentifier(Set<String> recipients, @Nullable ObjectNode target, String type) {
		if (target != null && type.equals(target.path("providerType").asString(""))) {
			recipients.add(target.path("identifier").asString(""));
		}
	}

	static List<String> strings(@Nullable JsonNode array) {
		List<String> values = new ArrayList<>();
		if (array != null) {
			for (JsonNode value : array) {
				values.add(value.asString(""));
			}
		}
		return values;
	}

}
