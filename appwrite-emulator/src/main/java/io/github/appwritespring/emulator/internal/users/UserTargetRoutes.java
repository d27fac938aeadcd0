package io.github.appwritespring.emulator.internal.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.AuthCollections;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;

/**
 * A user's messaging targets (API key, {@code targets.read}/{@code targets.write}): list,
 * create ({@code email}, {@code sms} or {@code push}), get, update, delete. Targets live
 * in the user (the email and phone targets are kept in step with the user's email and
 * phone); an identifier is unique across all users (409
 * {@code user_target_already_exists}, checked and written under the store's write lock).
 * A {@code providerId} is stored as given: the emulator keeps no messaging providers.
 */
public final class UserTargetRoutes implements RouteModule {

	private static final String TARGETS = "/users/{userId}/targets";

	private static final Set<String> TYPES = Set.of("email", "sms", "push");

	private static final Set<String> ATTRIBUTES = Set.of("userId", "providerId", "providerType", "identifier", "name",
			"expired");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		UserDocuments users = AccountServices.of(context).users();

		routes.get(TARGETS, "targets.read", (request) -> {
			ObjectNode user = users.require(request.pathId("userId"));
			List<ObjectNode> targets = new ArrayList<>();
			user.path("targets").forEach((target) -> targets.add((ObjectNode) target));
			return Response.ok(Listing.of("targets", targets, request.params(), ATTRIBUTES));
		});

		routes.post(TARGETS, "targets.write", (request) -> {
			Params params = request.params();
			String targetId = params.newId("targetId");
			String type = params.string("providerType");
			if (!TYPES.contains(type)) {
				throw ApiException.invalidParam("providerType", "Value must be one of (email, sms, push)");
			}
			String identifier = identifier(params, type);
			String providerId = params.optionalString("providerId").filter((id) -> !id.isEmpty()).orElse(null);
			String name = params.optionalText("name", 128).orElse("");
			return Response.created(context.store().write(() -> {
				ObjectNode[] created = new ObjectNode[1];
				users.update(request.pathId("userId"), context.now(), (user) -> {
					requireFree(context, targetId, identifier, null);
					String now = AppwriteDates.format(context.now());
					ObjectNode target = targets(user).addObject();
					target.put("$id", targetId);
					target.put("$createdAt", now);
					target.put("$updatedAt", now);
					target.put("name", name);
					target.put("userId", user.path("$id").asString());
					if (providerId != null) {
						target.put("providerId", providerId);
					}
					else {
						target.putNull("providerId");
					}
					target.put("providerType", type);
					target.put("identifier", identifier);
					target.put("expired", false);
					created[0] = target.deepCopy();
				});
				return created[0];
			}));
		});

		routes.get(TARGETS + "/{targetId}", "targets.read", (request) -> Response
			.ok(find(users.require(request.pathId("userId")), request.pathId("targetId")).deepCopy()));

		routes.patch(TARGETS + "/{targetId}", "targets.write", (request) -> {
			Params params = request.params();
			return Response.ok(context.store().write(() -> {
				ObjectNode[] updated = new ObjectNode[1];
				users.update(request.pathId("userId"), context.now(), (user) -> {
					ObjectNode target = find(user, request.pathId("targetId"));
					String type = target.path("providerType").asString();
					if (params.has("identifier")) {
						String identifier = identifier(params, type);
						requireFree(context, null, identifier, target.path("$id").asString());
						target.put("identifier", identifier);
						if (type.equals("email")) {
							user.put("email", identifier);
						}
						else if (type.equals("sms")) {
							user.put("phone", identifier);
						}
					}
					params.optionalString("providerId").ifPresent((id) -> target.put("providerId", id));
					params.optionalText("name", 128).ifPresent((name) -> target.put("name", name));
					target.put("$updatedAt", AppwriteDates.format(context.now()));
					updated[0] = target.deepCopy();
				});
				return updated[0];
			}));
		});

		routes.delete(TARGETS + "/{targetId}", "targets.write", (request) -> {
			users.update(request.pathId("userId"), context.now(), (user) -> {
				ObjectNode target = find(user, request.pathId("targetId"));
				ArrayNode targets = targets(user);
				for (int i = 0; i < targets.size(); i++) {
					if (targets.get(i).path("$id").asString().equals(target.path("$id").asString())) {
						targets.remove(i);
						break;
					}
				}
			});
			return Response.noContent();
		});
	}

	private static String identifier(Params params, String type) {
		String identifier = params.string("identifier");
		if (identifier.isEmpty() || identifier.length() > 255) {
			throw ApiException.invalidParam("identifier",
					"Value must be a valid string and at least 1 chars and no longer than 255 chars");
		}
		if (type.equals("email")) {
			return params.email("identifier");
		}
		return identifier;
	}

	private static ArrayNode targets(ObjectNode user) {
		return (user.path("targets") instanceof ArrayNode array) ? array : user.putArray("targets");
	}

	private static ObjectNode find(ObjectNode user, String targetId) {
		for (JsonNode target : user.path("targets")) {
			if (target.path("$id").asString().equals(targetId)) {
				return (ObjectNode) target;
			}
		}
		throw ApiException.notFound("user_target_not_found", "The target could not be found.");
	}

	/**
	 * 409 when another target has the ID or the identifier (call under the write lock).
	 */
	private static void requireFree(EmulatorContext context, @Nullable String targetId, String identifier,
			@Nullable String except) {
		for (ObjectNode user : context.store().list(AuthCollections.USERS)) {
			for (JsonNode target : user.path("targets")) {
				String id = target.path("$id").asString();
				if (id.equals(except)) {
					continue;
				}
				if (id.equals(targetId) || target.path("identifier").asString().equals(identifier)) {
					throw ApiException.conflict("user_target_already_exists",
							"A target with the same ID already exists.");
				}
			}
		}
	}

}
