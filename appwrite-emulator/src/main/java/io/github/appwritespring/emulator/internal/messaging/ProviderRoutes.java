package io.github.appwritespring.emulator.internal.messaging;

import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;

/**
 * Messaging providers (API key: scopes {@code providers.*}): create and update per
 * service, list, get, delete and the provider's logs. Nothing is ever sent to the
 * service: credentials are stored and shown as given.
 */
public final class ProviderRoutes implements RouteModule {

	private static final String READ = "providers.read";

	private static final String WRITE = "providers.write";

	private static final Set<String> ATTRIBUTES = Set.of("name", "provider", "type", "enabled");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		MessagingStore messaging = new MessagingStore(context.store());
		for (ProviderKind kind : ProviderKind.values()) {
			routes.post("/messaging/providers/" + kind.provider(), WRITE, (request) -> {
				ObjectNode provider = create(kind, request.params(), context);
				context.store().write(() -> {
					if (context.store().exists(MessagingStore.PROVIDERS, provider.path("$id").asString())) {
						throw ApiException.conflict("provider_already_exists",
								"Provider with the requested ID already exists.");
					}
					context.store().put(MessagingStore.PROVIDERS, provider.path("$id").asString(), provider);
				});
				MessagingLogs.record(context, request, "provider.create",
						"provider/" + provider.path("$id").asString());
				return Response.created(provider);
			});
			routes.patch("/messaging/providers/" + kind.provider() + "/{providerId}", WRITE, (request) -> {
				String providerId = request.pathId("providerId");
				Params params = request.params();
				ObjectNode provider = context.store().write(() -> {
					ObjectNode stored = messaging.provider(providerId);
					if (!kind.provider().equals(stored.path("provider").asString(""))) {
						throw new ApiException("provider_incorrect_type", 400,
								"Provider with the requested ID is of the incorrect type.");
					}
					update(kind, stored, params);
					stored.put("$updatedAt", AppwriteDates.format(context.now()));
					context.store().put(MessagingStore.PROVIDERS, providerId, stored);
					return stored;
				});
				MessagingLogs.record(context, request, "provider.update", "provider/" + providerId);
				return Response.ok(provider);
			});
		}

		routes.get("/messaging/providers", READ, (request) -> Response
			.ok(Listing.of("providers", context.store().list(MessagingStore.PROVIDERS), request.params(), ATTRIBUTES)));

		routes.get("/messaging/providers/{providerId}", READ,
				(request) -> Response.ok(messaging.provider(request.pathId("providerId"))));

		routes.delete("/messaging/providers/{providerId}", WRITE, (request) -> {
			String providerId = request.pathId("providerId");
			context.store().write(() -> {
				messaging.provider(providerId);
				context.store().delete(MessagingStore.PROVIDERS, providerId);
			});
			MessagingLogs.record(context, request, "provider.delete", "provider/" + providerId);
			return Response.noContent();
		});

		routes.get("/messaging/providers/{providerId}/logs", READ, (request) -> {
			String providerId = messaging.provider(request.pathId("providerId")).path("$id").asString();
			return Response.ok(MessagingLogs.list(context, "provider/" + providerId, request.params()));
		});
	}

	private static ObjectNode create(ProviderKind kind, Params params, EmulatorContext context) {
		String id = params.newId("providerId");
		String name = params.text("name", 128);
		if (kind == ProviderKind.SMTP) {
			params.string("host");
		}
		ObjectNode credentials = Json.object();
		ObjectNode options = Json.object();
		for (ProviderField field : kind.fields()) {
			Optional<JsonNode> value = field.read(params);
			if (value.isPresent() || field.always()) {
				(field.options() ? options : credentials).set(field.name(), value.orElse(field.fallback()));
			}
		}
		boolean enabled = params.optionalBool("enabled").orElse(false) && hasAll(kind, true, credentials, options);
		String now = AppwriteDates.format(context.now());
		ObjectNode provider = Json.object();
		provider.put("$id", id);
		provider.put("$createdAt", now);
		provider.put("$updatedAt", now);
		provider.put("name", name);
		provider.put("provider", kind.provider());
		provider.put("enabled", enabled);
		provider.put("type", kind.type());
		provider.set("credentials", credentials);
		provider.set("options", options);
		return provider;
	}

	private static void update(ProviderKind kind, ObjectNode provider, Params params) {
		params.optionalText("name", 128)
			.filter((name) -> !name.isEmpty())
			.ifPresent((name) -> provider.put("name", name));
		ObjectNode credentials = (ObjectNode) provider.get("credentials");
		ObjectNode options = (ObjectNode) provider.get("options");
		for (ProviderField field : kind.fields()) {
			field.read(params).ifPresent((value) -> (field.options() ? options : credentials).set(field.name(), value));
		}
		Optional<Boolean> enabled = params.optionalBool("enabled");
		if (enabled.isPresent()) {
			if (enabled.get() && !hasAll(kind, false, credentials, options)) {
				throw new ApiException("provider_missing_credentials", 400,
						"Provider with the requested ID is missing credentials.");
			}
			provider.put("enabled", enabled.get());
		}
	}

	private static boolean hasAll(ProviderKind kind, boolean create, ObjectNode credentials, ObjectNode options) {
		for (String name : kind.needed(create)) {
			JsonNode value = credentials.has(name) ? credentials.get(name) : options.get(name);
			if (value == null || value.isNull() || (value.isString() && value.stringValue().isEmpty())) {
				return false;
			}
		}
		return true;
	}

}
