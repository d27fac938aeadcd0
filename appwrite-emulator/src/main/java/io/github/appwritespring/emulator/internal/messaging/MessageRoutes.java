package io.github.appwritespring.emulator.internal.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.query.QueryEngine;
import io.github.appwritespring.emulator.internal.storage.StoredFiles;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.users.UserTargets;

/**
 * Messages (API key: scopes {@code messages.*}): email, SMS and push messages created and
 * updated with Appwrite's statuses ({@code draft}, {@code scheduled}, {@code processing},
 * then {@code sent} or {@code failed}), listed, read, deleted, their logs and their
 * targets. A message that is not a draft and not scheduled is sent before the answer
 * (which still says {@code processing}, as Appwrite's does).
 */
public final class MessageRoutes implements RouteModule {

	private static final String READ = "messages.read";

	private static final String WRITE = "messages.write";

	private static final Set<String> ATTRIBUTES = Set.of("scheduledAt", "deliveredAt", "deliveredTotal", "status",
			"description", "providerType");

	private static final Set<String> TARGET_ATTRIBUTES = Set.of("userId", "providerId", "identifier", "providerType");

	private static final List<String> RECIPIENTS = List.of("topics", "users", "targets");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		MessagingStore messaging = new MessagingStore(context.store());
		UserTargets targets = new UserTargets(context.store());
		MessageContent content = new MessageContent(new StoredFiles(context.store()));
		MessageDelivery delivery = MessageDelivery.of(context);
		if (!context.store().findBy(MessagingStore.MESSAGES, "status", "scheduled").isEmpty()) {
			// scheduled messages read back from a data directory
			delivery.watchSchedule();
		}

		for (String type : List.of("email", "sms", "push")) {
			routes.post("/messaging/messages/" + type, WRITE, (request) -> {
				delivery.sendDue();
				Params params = request.params();
				String id = params.newId("messageId");
				ObjectNode message = Json.object();
				message.put("$id", id);
				message.put("providerType", type);
				for (String name : RECIPIENTS) {
					message.set(name, Json.strings(MessageContent.ids(params, name).orElse(List.of())));
				}
				ObjectNode data = Json.object();
				content.apply(type, data, params, true);
				Instant scheduledAt = scheduledAt(params, context.now());
				boolean draft = params.bool("draft", false);
				String status = draft ? "draft" : (scheduledAt != null) ? "scheduled" : "processing";
				if (!draft && RECIPIENTS.stream().allMatch((name) -> message.path(name).isEmpty())) {
					throw missingTarget();
				}
				List<String> named = MessageDelivery.strings(message.get("targets"));
				named.addAll(MessageDelivery.strings(data.get("cc")));
				named.addAll(MessageDelivery.strings(data.get("bcc")));
				Map<String, ObjectNode> all = targets.all();
				for (String targetId : named) {
					ObjectNode target = all.get(targetId);
					if (target == null || !type.equals(target.path("providerType").asString(""))) {
						throw new ApiException("message_target_not_" + type, 400,
								"Message with the target ID is not " + article(type) + " target.");
					}
				}
				String now = AppwriteDates.format(context.now());
				message.put("$createdAt", now);
				message.put("$updatedAt", now);
				if (scheduledAt != null) {
					message.put("scheduledAt", AppwriteDates.format(scheduledAt));
				}
				else {
					message.putNull("scheduledAt");
				}
				message.putNull("deliveredAt");
				message.set("deliveryErrors", Json.array());
				message.put("deliveredTotal", 0);
				message.set("data", data);
				message.put("status", status);
				context.store().write(() -> {
					if (context.store().exists(MessagingStore.MESSAGES, id)) {
						throw ApiException.conflict("document_already_exists",
								"Document with the requested ID already exists. Try again with a different ID or use "
										+ "ID.unique() to generate a unique ID.");
					}
					context.store().put(MessagingStore.MESSAGES, id, message);
				});
				MessagingLogs.record(context, request, "message.create", "message/" + id);
				follow(delivery, id, status);
				return Response.created(message);
			});

			routes.patch("/messaging/messages/" + type + "/{messageId}", WRITE, (request) -> {
				delivery.sendDue();
				String messageId = request.pathId("messageId");
				Params params = request.params();
				Map<String, Optional<List<String>>> recipients = new java.util.HashMap<>();
				for (String name : RECIPIENTS) {
					recipients.put(name, MessageContent.ids(params, name));
				}
				Instant scheduledAt = scheduledAt(params, context.now());
				Optional<Boolean> draft = params.optionalBool("draft");
				ObjectNode message = context.store().write(() -> {
					ObjectNode stored = messaging.message(messageId);
					if (!type.equals(stored.path("providerType").asString(""))) {
						throw MessagingStore.messageNotFound();
					}
					update(stored, params, recipients, draft, scheduledAt, content, context.now());
					stored.put("$updatedAt", AppwriteDates.format(context.now()));
					context.store().put(MessagingStore.MESSAGES, messageId, stored);
					return stored;
				});
				MessagingLogs.record(context, request, "message.update", "message/" + messageId);
				follow(delivery, messageId, message.path("status").asString(""));
				return Response.ok(message);
			});
		}

		routes.get("/messaging/messages", READ, (request) -> {
			delivery.sendDue();
			return Response.ok(Listing.of("messages", context.store().list(MessagingStore.MESSAGES), request.params(),
					ATTRIBUTES));
		});

		routes.get("/messaging/messages/{messageId}", READ, (request) -> {
			delivery.sendDue();
			return Response.ok(messaging.message(request.pathId("messageId")));
		});

		routes.delete("/messaging/messages/{messageId}", WRITE, (request) -> {
			delivery.sendDue();
			String messageId = request.pathId("messageId");
			context.store().write(() -> {
				ObjectNode message = messaging.message(messageId);
				String status = message.path("status").asString("");
				if (status.equals("processing")
						|| status.equals("scheduled") && AppwriteDates.parse(message.path("scheduledAt").asString(""))
							.map((at) -> context.now().isAfter(at))
							.orElse(false)) {
					throw alreadyScheduled();
				}
				context.store().delete(MessagingStore.MESSAGES, messageId);
			});
			MessagingLogs.record(context, request, "message.delete", "message/" + messageId);
			return Response.noContent();
		});

		routes.get("/messaging/messages/{messageId}/logs", READ, (request) -> {
			String messageId = messaging.message(request.pathId("messageId")).path("$id").asString();
			return Response.ok(MessagingLogs.list(context, "message/" + messageId, request.params()));
		});

		routes.get("/messaging/messages/{messageId}/targets", READ, (request) -> {
			ObjectNode message = messaging.message(request.pathId("messageId"));
			Params params = request.params();
			List<String> ids = MessageDelivery.strings(message.get("targets"));
			Map<String, ObjectNode> all = targets.all();
			List<ObjectNode> found = ids.stream().distinct().map(all::get).filter(java.util.Objects::nonNull).toList();
			if (ids.isEmpty()) {
				ObjectNode empty = Json.object();
				empty.put("total", 0);
				empty.putArray("targets");
				return Response.ok(empty);
			}
			return Response.ok(Listing.answer("targets",
					QueryEngine.apply(found, Listing.queries(params, TARGET_ATTRIBUTES)), params));
		});
	}

	private static void update(ObjectNode message, Params params, Map<String, Optional<List<String>>> recipients,
			Optional<Boolean> draft, @Nullable Instant scheduledAt, MessageContent content, Instant now) {
		String current = message.path("status").asString("");
		String status;
		if (draft.isPresent() || scheduledAt != null) {
			status = draft.orElse(false) ? "draft" : (scheduledAt != null) ? "scheduled" : "processing";
		}
		else {
			status = current;
		}
		if (!status.equals("draft") && RECIPIENTS.stream()
			.allMatch((name) -> recipients.getOrDefault(name, Optional.empty())
				.map(List::isEmpty)
				.orElse(message.path(name).isEmpty()))) {
			throw missingTarget();
		}
		switch (current) {
			case "processing" -> throw new ApiException("message_already_processing", 400,
					"Message with the requested ID is already being processed.");
			case "sent" -> throw new ApiException("message_already_sent", 400,
					"Message with the requested ID has already been sent.");
			case "failed" -> throw new ApiException("message_already_failed", 400,
					"Message with the requested ID has already failed.");
			default -> {
			}
		}
		Optional<Instant> currentScheduledAt = AppwriteDates.parse(message.path("scheduledAt").asString(""));
		if (status.equals("scheduled") && scheduledAt == null && currentScheduledAt.isEmpty()) {
			throw new ApiException("message_missing_schedule", 400,
					"Message can not have status scheduled without a schedule.");
		}
		if (currentScheduledAt.isPresent() && currentScheduledAt.get().isBefore(now)) {
			throw alreadyScheduled();
		}
		if (scheduledAt != null) {
			message.put("scheduledAt", AppwriteDates.format(scheduledAt));
		}
		recipients.forEach((name, ids) -> ids.ifPresent((value) -> message.set(name, Json.strings(value))));
		content.apply(message.path("providerType").asString(""), (ObjectNode) message.get("data"), params, false);
		message.put("status", status);
	}

	/** Sends at once, or makes sure the schedule is watched. */
	private static void follow(MessageDelivery delivery, String messageId, String status) {
		if (status.equals("processing")) {
			delivery.send(messageId);
		}
		else if (status.equals("scheduled")) {
			delivery.watchSchedule();
		}
	}

	/** {@code scheduledAt}: a date in the future, or null. */
	private static @Nullable Instant scheduledAt(Params params, Instant now) {
		return params.optionalFutureDate("scheduledAt", now).orElse(null);
	}

	private static String article(String type) {
		return switch (type) {
			case "email" -> "an email";
			case "sms" -> "an SMS";
			default -> "a push";
		};
	}

	private static ApiException missingTarget() {
		return new ApiException("message_missing_target", 400,
				"Message with the requested ID has no recipients (topics or users or targets).");
	}

	private static ApiException alreadyScheduled() {
		return new ApiException("message_already_scheduled", 400,
				"Message with the requested ID has already been scheduled for delivery.");
	}

}
