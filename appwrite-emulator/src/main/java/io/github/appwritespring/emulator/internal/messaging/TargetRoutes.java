package io.github.appwritespring.emulator.internal.messaging;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.query.QueryEngine;
import io.github.appwritespring.emulator.internal.support.FilterVar;
import io.github.appwritespring.emulator.internal.users.UserTargets;

/**
 * The Users service's messaging targets ({@code /users/{userId}/targets}, scopes
 * {@code targets.*}; the emulator lets only the API key call them, as Appwrite's SDKs
 * document): create (email, sms or push), list, get, update, delete (its subscriptions go
 * with it).
 */
public final class TargetRoutes implements RouteModule {

	private static final String READ = "targets.read";

	private static final String WRITE = "targets.write";

	private static final Set<String> ATTRIBUTES = Set.of("userId", "providerId", "identifier", "providerType");

	private static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		UserTargets targets = new UserTargets(context.store());
		MessagingStore messaging = new MessagingStore(context.store());

		routes.post("/users/{userId}/targets", WRITE, (request) -> {
			requireKey(request.caller().isKey());
			String userId = request.pathId("userId");
			Params params = request.params();
			String targetId = params.newId("targetId");
			String type = params.string("providerType");
			if (!UserTargets.TYPES.contains(type)) {
				throw ApiException.invalidParam("providerType", "Value must be one of (email, sms, push)");
			}
			String identifier = params.text("identifier", 255);
			checkIdentifier(type, identifier);
			String providerId = params.optionalString("providerId")
				.filter((id) -> !id.isEmpty())
				.filter((id) -> context.store().exists(MessagingStore.PROVIDERS, id))
				.orElse(null);
			String name = params.optionalText("name", 128).orElse("");
			return Response
				.created(targets.create(userId, targetId, type, identifier, providerId, name, context.now()));
		});

		routes.get("/users/{userId}/targets", READ, (request) -> {
			requireKey(request.caller().isKey());
			Params params = request.params();
			return Response.ok(Listing.answer("targets",
					QueryEngine.apply(targets.of(request.pathId("userId")), Listing.queries(params, ATTRIBUTES)),
					params));
		});

		routes.get("/users/{userId}/targets/{targetId}", READ, (request) -> {
			requireKey(request.caller().isKey());
			return Response.ok(targets.get(request.pathId("userId"), request.pathId("targetId")));
		});

		routes.patch("/users/{userId}/targets/{targetId}", WRITE, (request) -> {
			requireKey(request.caller().isKey());
			String userId = request.pathId("userId");
			String targetId = request.pathId("targetId");
			Params params = request.params();
			Optional<String> identifier = params.optionalText("identifier", 255).filter((v) -> !v.isEmpty());
			Optional<String> providerId = params.optionalString("providerId").filter((v) -> !v.isEmpty());
			Optional<String> name = params.optionalText("name", 128).filter((v) -> !v.isEmpty());
			ObjectNode existing = targets.get(userId, targetId);
			String type = existing.path("providerType").asString("");
			identifier.ifPresent((value) -> checkIdentifier(type, value));
			providerId.ifPresent((id) -> {
				ObjectNode provider = messaging.provider(id);
				if (!type.equals(provider.path("type").asString(""))) {
					throw new ApiException("provider_incorrect_type", 400,
							"Provider with the requested ID is of the incorrect type.");
				}
			});
			return Response.ok(targets.update(userId, targetId, identifier.orElse(null), context.now(), (target) -> {
				identifier.ifPresent((value) -> {
					target.put("identifier", value);
					target.put("expired", false);
				});
				providerId.ifPresent((id) -> target.put("providerId", id));
				name.ifPresent((value) -> target.put("name", value));
			}));
		});

		routes.delete("/users/{userId}/targets/{targetId}", WRITE, (request) -> {
			requireKey(request.caller().isKey());
			String userId = request.pathId("userId");
			String targetId = request.pathId("targetId");
			context.store().write(() -> {
				targets.delete(userId, targetId);
				for (ObjectNode subscriber : context.store().findBy(MessagingStore.SUBSCRIBERS, "targetId", targetId)) {
					context.store().delete(MessagingStore.SUBSCRIBERS, subscriber.path("$id").asString());
				}
			});
			return Response.noContent();
		});
	}

	/** An email target needs an email address, an SMS target a phone number. */
	private static void checkIdentifier(String type, String identifier) {
		if (type.equals("email") && !FilterVar.isEmail(identifier)) {
			throw new ApiException("general_invalid_email", 400, "Value must be a valid email address.");
		}
		if (type.equals("sms") && !PHONE.matcher(identifier).matches()) {
			throw new ApiException("general_invalid_phone", 400,
					"Value must be a valid phone number. Format this number with a leading '+' and a country code, "
							+ "e.g., +16175551212.");
		}
	}

	private static void requireKey(boolean key) {
		if (!key) {
			throw ApiException.unauthorized("The current user is not authorized to perform the requested action.");
		}
	}

}
