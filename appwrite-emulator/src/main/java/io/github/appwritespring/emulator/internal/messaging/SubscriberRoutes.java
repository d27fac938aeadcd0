package io.github.appwritespring.emulator.internal.messaging;

import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.error.ErrorTypes;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.permission.PermissionAction;
import io.github.appwritespring.emulator.internal.query.FullText;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.query.QueryEngine;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.users.UserTargets;

/**
 * Topic subscribers (scopes {@code subscribers.*}, which signed-in users hold too): a
 * user may subscribe any target when the topic's {@code subscribe} roles include one of
 * theirs; a subscriber can be read and deleted by its target's user and the API key.
 */
public final class SubscriberRoutes implements RouteModule {

	private static final String READ = "subscribers.read";

	private static final String WRITE = "subscribers.write";

	private static final Set<String> ATTRIBUTES = Set.of("targetId", "topicId", "userId", "providerType");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		MessagingStore messaging = new MessagingStore(context.store());
		UserTargets targets = new UserTargets(context.store());
		Topics topics = new Topics(messaging, targets);

		routes.post("/messaging/topics/{topicId}/subscribers", WRITE, (request) -> {
			String topicId = request.pathId("topicId");
			Params params = request.params();
			String subscriberId = params.newId("subscriberId");
			String targetId = params.string("targetId");
			ObjectNode subscriber = context.store().write(() -> {
				ObjectNode topic = messaging.topic(topicId);
				requireSubscribe(request.caller(), topic);
				ObjectNode target = targets.find(targetId).orElseThrow(UserTargets::notFound);
				boolean taken = context.store().exists(MessagingStore.SUBSCRIBERS, subscriberId) || context.store()
					.findBy(MessagingStore.SUBSCRIBERS, "targetId", targetId)
					.stream()
					.anyMatch((other) -> topicId.equals(other.path("topicId").asString("")));
				if (taken) {
					throw ApiException.conflict("subscriber_already_exists",
							"Subscriber with the request ID already exists.");
				}
				String userId = target.path("userId").asString("");
				String now = AppwriteDates.format(context.now());
				ObjectNode created = Json.object();
				created.put("$id", subscriberId);
				created.put("$createdAt", now);
				created.put("$updatedAt", now);
				ArrayNode permissions = created.putArray("$permissions");
				permissions.add("read(\"user:" + userId + "\")");
				permissions.add("delete(\"user:" + userId + "\")");
				created.put("targetId", targetId);
				created.put("userId", userId);
				created.put("topicId", topicId);
				created.put("providerType", target.path("providerType").asString(""));
				context.store().put(MessagingStore.SUBSCRIBERS, subscriberId, created);
				return created;
			});
			MessagingLogs.record(context, request, "subscriber.create", "subscriber/" + subscriberId);
			return Response.created(topics.subscriberModel(subscriber, targets.all()));
		});

		routes.get("/messaging/topics/{topicId}/subscribers", READ, (request) -> {
			String topicId = messaging.topic(request.pathId("topicId")).path("$id").asString();
			Params params = request.params();
			FullText search = FullText.of(params.optionalText("search", 256).orElse("").trim());
			boolean searching = params.optionalText("search", 256).filter((s) -> !s.isBlank()).isPresent();
			Map<String, ObjectNode> all = targets.all();
			List<ObjectNode> models = topics.subscribers(topicId, all)
				.stream()
				.filter((subscriber) -> Topics.allows(request.caller(), PermissionAction.READ, subscriber))
				.filter((subscriber) -> !searching || search.matches(searchText(subscriber)))
				.map((subscriber) -> topics.subscriberModel(subscriber, all))
				.toList();
			return Response.ok(Listing.answer("subscribers",
					QueryEngine.apply(models, Listing.queries(params, ATTRIBUTES)), params));
		});

		routes.get("/messaging/topics/{topicId}/subscribers/{subscriberId}", READ, (request) -> {
			String topicId = messaging.topic(request.pathId("topicId")).path("$id").asString();
			Map<String, ObjectNode> all = targets.all();
			ObjectNode subscriber = readable(context, request.caller(), request.pathId("subscriberId"), all);
			if (!topicId.equals(subscriber.path("topicId").asString(""))) {
				throw MessagingStore.subscriberNotFound();
			}
			return Response.ok(topics.subscriberModel(subscriber, all));
		});

		routes.delete("/messaging/topics/{topicId}/subscribers/{subscriberId}", WRITE, (request) -> {
			String topicId = request.pathId("topicId");
			String subscriberId = request.pathId("subscriberId");
			context.store().write(() -> {
				messaging.topic(topicId);
				ObjectNode subscriber = readable(context, request.caller(), subscriberId, targets.all());
				if (!topicId.equals(subscriber.path("topicId").asString(""))) {
					throw MessagingStore.subscriberNotFound();
				}
				if (!Topics.allows(request.caller(), PermissionAction.DELETE, subscriber)) {
					throw ApiException.unauthorized();
				}
				context.store().delete(MessagingStore.SUBSCRIBERS, subscriberId);
			});
			MessagingLogs.record(context, request, "subscriber.delete", "subscriber/" + subscriberId);
			return Response.noContent();
		});

		routes.get("/messaging/subscribers/{subscriberId}/logs", READ, (request) -> {
			String subscriberId = readable(context, request.caller(), request.pathId("subscriberId"), targets.all())
				.path("$id")
				.asString();
			return Response.ok(MessagingLogs.list(context, "subscriber/" + subscriberId, request.params()));
		});
	}

	/** A subscriber the caller may read, or 404 (as Appwrite hides the others). */
	private static ObjectNode readable(EmulatorContext context, Caller caller, String subscriberId,
			Map<String, ObjectNode> targets) {
		return context.store()
			.get(MessagingStore.SUBSCRIBERS, subscriberId)
			.filter((subscriber) -> targets.containsKey(subscriber.path("targetId").asString("")))
			.filter((subscriber) -> Topics.allows(caller, PermissionAction.READ, subscriber))
			.orElseThrow(MessagingStore::subscriberNotFound);
	}

	/**
	 * 401 {@code user_unauthorized} unless the caller holds one of the topic's
	 * {@code subscribe} roles (the API key always may).
	 */
	private static void requireSubscribe(Caller caller, ObjectNode topic) {
		List<String> roles = Topics.subscribeRoles(topic);
		if (caller.isKey() || roles.stream().anyMatch(caller.roles()::contains)) {
			return;
		}
		String last = roles.isEmpty() ? "" : roles.get(roles.size() - 1);
		throw new ApiException(ErrorTypes.USER_UNAUTHORIZED, 401,
				roles.isEmpty() ? "No permissions provided for action 'subscribe'"
						: "Missing \"subscribe\" permission for role \"" + last + "\". Only \""
								+ Json.strings(caller.rolesInOrder()) + "\" scopes are allowed and \""
								+ Json.strings(roles) + "\" was given.");
	}

	/** Appwrite's {@code search} attribute of a subscriber. */
	private static String searchText(ObjectNode subscriber) {
		return String.join(" ", subscriber.path("$id").asString(""), subscriber.path("targetId").asString(""),
				subscriber.path("userId").asString(""), subscriber.path("providerType").asString(""));
	}

}
