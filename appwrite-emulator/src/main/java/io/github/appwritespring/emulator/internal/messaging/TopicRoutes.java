package io.github.appwritespring.emulator.internal.messaging;

import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.permission.Permissions;
import io.github.appwritespring.emulator.internal.permission.Role;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.users.UserTargets;

/**
 * Messaging topics (API key: scopes {@code topics.*}): create, list, get, update, delete
 * (with its subscribers) and the topic's logs.
 */
public final class TopicRoutes implements RouteModule {

	private static final String READ = "topics.read";

	private static final String WRITE = "topics.write";

	private static final Set<String> ATTRIBUTES = Set.of("name", "description", "emailTotal", "smsTotal", "pushTotal");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		MessagingStore messaging = new MessagingStore(context.store());
		Topics topics = new Topics(messaging, new UserTargets(context.store()));

		routes.post("/messaging/topics", WRITE, (request) -> {
			Params params = request.params();
			String id = params.newId("topicId");
			String name = params.text("name", 128);
			List<String> subscribe = subscribeParam(params).orElse(List.of("users"));
			String now = AppwriteDates.format(context.now());
			ObjectNode topic = Json.object();
			topic.put("$id", id);
			topic.put("$createdAt", now);
			topic.put("$updatedAt", now);
			topic.put("name", name);
			topic.set("subscribe", Json.strings(subscribe));
			context.store().write(() -> {
				if (context.store().exists(MessagingStore.TOPICS, id)) {
					throw ApiException.conflict("topic_already_exists", "Topic with the request ID already exists.");
				}
				context.store().put(MessagingStore.TOPICS, id, topic);
			});
			MessagingLogs.record(context, request, "topic.create", "topic/" + id);
			return Response.created(topics.topicModel(topic, Map.of()));
		});

		routes.get("/messaging/topics", READ, (request) -> {
			Map<String, ObjectNode> targets = topics.targets().all();
			List<ObjectNode> models = context.store()
				.list(MessagingStore.TOPICS)
				.stream()
				.map((topic) -> topics.topicModel(topic, targets))
				.toList();
			return Response.ok(Listing.of("topics", models, request.params(), ATTRIBUTES));
		});

		routes.get("/messaging/topics/{topicId}", READ,
				(request) -> Response.ok(topics.topicModel(messaging.topic(request.pathId("topicId")))));

		routes.patch("/messaging/topics/{topicId}", WRITE, (request) -> {
			String topicId = request.pathId("topicId");
			Params params = request.params();
			java.util.Optional<String> name = params.optionalText("name", 128);
			java.util.Optional<List<String>> subscribe = subscribeParam(params);
			ObjectNode topic = context.store().write(() -> {
				ObjectNode stored = messaging.topic(topicId);
				name.ifPresent((value) -> stored.put("name", value));
				subscribe.ifPresent((roles) -> stored.set("subscribe", Json.strings(roles)));
				stored.put("$updatedAt", AppwriteDates.format(context.now()));
				context.store().put(MessagingStore.TOPICS, topicId, stored);
				return stored;
			});
			MessagingLogs.record(context, request, "topic.update", "topic/" + topicId);
			return Response.ok(topics.topicModel(topic));
		});

		routes.delete("/messaging/topics/{topicId}", WRITE, (request) -> {
			String topicId = request.pathId("topicId");
			context.store().write(() -> {
				messaging.topic(topicId);
				for (ObjectNode subscriber : context.store().findBy(MessagingStore.SUBSCRIBERS, "topicId", topicId)) {
					context.store().delete(MessagingStore.SUBSCRIBERS, subscriber.path("$id").asString());
				}
				context.store().delete(MessagingStore.TOPICS, topicId);
			});
			MessagingLogs.record(context, request, "topic.delete", "topic/" + topicId);
			return Response.noContent();
		});

		routes.get("/messaging/topics/{topicId}/logs", READ, (request) -> {
			String topicId = messaging.topic(request.pathId("topicId")).path("$id").asString();
			return Response.ok(MessagingLogs.list(context, "topic/" + topicId, request.params()));
		});
	}

	/** Appwrite's {@code Roles} validator: at most 100 role strings of 64 characters. */
	private static java.util.Optional<List<String>> subscribeParam(Params params) {
		return params.optionalStrings("subscribe", Permissions.MAX_PERMISSIONS, 64).map((roles) -> {
			for (String role : roles) {
				try {
					Role.parse(role);
				}
				catch (IllegalArgumentException ex) {
					throw ApiException.invalidParam("subscribe", String.valueOf(ex.getMessage()));
				}
			}
			return List.copyOf(new java.util.LinkedHashSet<>(roles));
		});
	}

}
