package io.github.appwritespring.emulator.internal.messaging;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.AuthCollections;
import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.permission.PermissionAction;
import io.github.appwritespring.emulator.internal.permission.Permissions;
import io.github.appwritespring.emulator.internal.users.UserTargets;

/**
 * Renders topics and subscribers: a topic's {@code emailTotal}, {@code smsTotal} and
 * {@code pushTotal} count its subscribers whose target still exists (Appwrite's delete
 * worker removes the others), a subscriber carries its Target and its user's name.
 */
final class Topics {

	private final MessagingStore messaging;

	private final UserTargets targets;

	Topics(MessagingStore messaging, UserTargets targets) {
		this.messaging = messaging;
		this.targets = targets;
	}

	/** The subscribers of a topic whose target exists, oldest first. */
	List<ObjectNode> subscribers(String topicId, Map<String, ObjectNode> allTargets) {
		return this.messaging.documents()
			.findBy(MessagingStore.SUBSCRIBERS, "topicId", topicId)
			.stream()
			.filter((subscriber) -> allTargets.containsKey(subscriber.path("targetId").asString("")))
			.toList();
	}

	/** The Topic model, totals counted now. */
	ObjectNode topicModel(ObjectNode topic, Map<String, ObjectNode> allTargets) {
		ObjectNode model = topic.deepCopy();
		int email = 0;
		int sms = 0;
		int push = 0;
		for (ObjectNode subscriber : subscribers(topic.path("$id").asString(), allTargets)) {
			switch (subscriber.path("providerType").asString("")) {
				case "email" -> email++;
				case "sms" -> sms++;
				default -> push++;
			}
		}
		model.put("emailTotal", email);
		model.put("smsTotal", sms);
		model.put("pushTotal", push);
		return model;
	}

	ObjectNode topicModel(ObjectNode topic) {
		return topicModel(topic, this.targets.all());
	}

	/** The Subscriber model: the stored subscriber with its target and user name. */
	ObjectNode subscriberModel(ObjectNode subscriber, Map<String, ObjectNode> allTargets) {
		ObjectNode model = subscriber.deepCopy();
		model.remove("$permissions");
		ObjectNode target = allTargets.get(subscriber.path("targetId").asString(""));
		if (target != null) {
			model.set("target", target.deepCopy());
		}
		String userId = subscriber.path("userId").asString("");
		model.put("userName",
				this.messaging.documents()
					.get(AuthCollections.USERS, userId)
					.map((user) -> user.path("name").asString(""))
					.orElse(""));
		return model;
	}

	/** Whether the caller may read (or delete) a subscriber: its user, or the key. */
	static boolean allows(Caller caller, PermissionAction action, ObjectNode subscriber) {
		return Permissions.allows(caller, action, Permissions.fromJson(subscriber.get("$permissions")));
	}

	UserTargets targets() {
		return this.targets;
	}

	/** The roles a topic lets subscribe. */
	static List<String> subscribeRoles(ObjectNode topic) {
		return Permissions.fromJson(topic.get("subscribe"));
	}

}
