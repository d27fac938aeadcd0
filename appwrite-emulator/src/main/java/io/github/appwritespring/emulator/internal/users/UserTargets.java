package io.github.appwritespring.emulator.internal.users;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.AuthCollections;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.store.DocumentStore;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;

/**
 * The messaging targets of users (Target model): kept in the user document's
 * {@code targets} array, where the email and phone targets already live, and found by ID
 * across all users. Target IDs and identifiers are unique in the project, as Appwrite's
 * {@code targets} collection makes them.
 */
public final class UserTargets {

	/** The provider types a target may have. */
	public static final List<String> TYPES = List.of("email", "sms", "push");

	private final DocumentStore store;

	/** Targets of the users kept in {@code store}. */
	public UserTargets(DocumentStore store) {
		this.store = store;
	}

	/** 404 {@code user_target_not_found}. */
	public static ApiException notFound() {
		return ApiException.notFound("user_target_not_found", "The target could not be found.");
	}

	/** The target with this ID, whichever user has it. */
	public Optional<ObjectNode> find(String targetId) {
		for (ObjectNode user : this.store.list(AuthCollections.USERS)) {
			for (JsonNode target : user.path("targets")) {
				if (target instanceof ObjectNode object && targetId.equals(object.path("$id").asString(""))) {
					return Optional.of(object);
				}
			}
		}
		return Optional.empty();
	}

	/** Every target of the project by ID. */
	public Map<String, ObjectNode> all() {
		Map<String, ObjectNode> targets = new HashMap<>();
		for (ObjectNode user : this.store.list(AuthCollections.USERS)) {
			for (JsonNode target : user.path("targets")) {
				if (target instanceof ObjectNode object) {
					targets.put(object.path("$id").asString(""), object);
				}
			}
		}
		return targets;
	}

	/**
	 * The targets of a user, oldest first; 404 {@code user_not_found} without the user.
	 */
	public List<ObjectNode> of(String userId) {
		List<ObjectNode> targets = new ArrayList<>();
		for (JsonNode target : requireUser(userId).path("targets")) {
			if (target instanceof ObjectNode object) {
				targets.add(object);
			}
		}
		return targets;
	}

	/** The targets of several users of one provider type; unknown users are skipped. */
	public List<ObjectNode> ofUsers(List<String> userIds, String type) {
		List<ObjectNode> targets = new ArrayList<>();
		for (String userId : userIds) {
			this.store.get(AuthCollections.USERS, userId).ifPresent((user) -> {
				for (JsonNode target : user.path("targets")) {
					if (target instanceof ObjectNode object && type.equals(object.path("providerType").asString(""))) {
						targets.add(object);
					}
				}
			});
		}
		return targets;
	}

	/** A user's target; 404 {@code user_not_found} or {@code user_target_not_found}. */
	public ObjectNode get(String userId, String targetId) {
		return of(userId).stream()
			.filter((target) -> targetId.equals(target.path("$id").asString("")))
			.findFirst()
			.orElseThrow(UserTargets::notFound);
	}

	/**
	 * Adds a target to a user atomically: 404 {@code user_not_found}, 409
	 * {@code user_target_already_exists} when the ID or the identifier is taken.
	 */
	public ObjectNode create(String userId, String targetId, String type, String identifier,
			@Nullable String providerId, String name, Instant now) {
		return this.store.write(() -> {
			ObjectNode user = requireUser(userId);
			if (find(targetId).isPresent() || identifierTaken(identifier, null)) {
				throw alreadyExists();
			}
			String date = AppwriteDates.format(now);
			ArrayNode targets = (user.path("targets") instanceof ArrayNode array) ? array : user.putArray("targets");
			ObjectNode target = targets.addObject();
			target.put("$id", targetId);
			target.put("$createdAt", date);
			target.put("$updatedAt", date);
			target.put("name", name);
			target.put("userId", userId);
			if (providerId != null) {
				target.put("providerId", providerId);
			}
			else {
				target.putNull("providerId");
			}
			target.put("providerType", type);
			target.put("identifier", identifier);
			target.put("expired", false);
			this.store.put(AuthCollections.USERS, userId, user);
			return target.deepCopy();
		});
	}

	/**
	 * Changes a user's target atomically ({@code change} edits a copy, then
	 * {@code $updatedAt} is set); a new identifier another target has is 409.
	 */
	public ObjectNode update(String userId, String targetId, @Nullable String identifier, Instant now,
			Consumer<ObjectNode> change) {
		return this.store.write(() -> {
			ObjectNode user = requireUser(userId);
			ObjectNode target = targetOf(user, targetId);
			if (identifier != null && identifierTaken(identifier, targetId)) {
				throw alreadyExists();
			}
			change.accept(target);
			target.put("$updatedAt", AppwriteDates.format(now));
			this.store.put(AuthCollections.USERS, userId, user);
			return target.deepCopy();
		});
	}

	/** Removes a user's target and returns it; 404 when the user or target is missing. */
	public ObjectNode delete(String userId, String targetId) {
		return this.store.write(() -> {
			ObjectNode user = requireUser(userId);
			ArrayNode targets = (ArrayNode) user.path("targets");
			for (int i = 0; i < targets.size(); i++) {
				if (targetId.equals(targets.get(i).path("$id").asString(""))) {
					ObjectNode removed = (ObjectNode) targets.remove(i);
					this.store.put(AuthCollections.USERS, userId, user);
					return removed;
				}
			}
			throw notFound();
		});
	}

	private static ObjectNode targetOf(ObjectNode user, String targetId) {
		for (JsonNode target : user.path("targets")) {
			if (target instanceof ObjectNode object && targetId.equals(object.path("$id").asString(""))) {
				return object;
			}
		}
		throw notFound();
	}

	private boolean identifierTaken(String identifier, @Nullable String exceptTargetId) {
		for (ObjectNode user : this.store.list(AuthCollections.USERS)) {
			for (JsonNode target : user.path("targets")) {
				if (identifier.equals(target.path("identifier").asString(""))
						&& !target.path("$id").asString("").equals(exceptTargetId)) {
					return true;
				}
			}
		}
		return false;
	}

	private ObjectNode requireUser(String userId) {
		return this.store.get(AuthCollections.USERS, userId).orElseThrow(UserDocuments::notFound);
	}

	private static ApiException alreadyExists() {
		return ApiException.conflict("user_target_already_exists", "A target with the same ID already exists.");
	}

}
