package io.github.appwritespring.emulator.internal.compute;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * A resource's environment variables: keys unique per resource, a secret's value never
 * answered again and never made non-secret, and the resource no longer {@code live} after
 * a change (its deployments were built with the old values).
 */
public final class VariableRoutes implements RouteModule {

	private static final int MAX_KEY = 255;

	private static final int MAX_VALUE = 8192;

	private final ComputeResource resource;

	/**
	 * Creates the routes of one kind of resource.
	 * @param resource the kind of resource
	 */
	public VariableRoutes(ComputeResource resource) {
		this.resource = resource;
	}

	@Override
	public void register(Routes routes, EmulatorContext context) {
		String base = this.resource.path() + "/variables";
		String one = base + "/{variableId}";

		routes.get(base, this.resource.readScope(), (request) -> {
			String resourceId = this.resource.find(context, request.pathId(this.resource.idParam()))
				.path("$id")
				.asString();
			List<ObjectNode> variables = all(context, resourceId);
			ObjectNode list = Json.object();
			list.put("total", variables.size());
			list.set("variables", Json.array().addAll(variables));
			return Response.ok(list);
		});

		routes.post(base, this.resource.writeScope(), (request) -> {
			String resourceId = request.pathId(this.resource.idParam());
			Params params = request.params();
			String key = params.text("key", MAX_KEY);
			String value = params.text("value", MAX_VALUE);
			boolean secret = params.bool("secret", false);
			return Response.created(context.store().write(() -> {
				ObjectNode owner = this.resource.find(context, resourceId);
				requireUniqueKey(context, resourceId, key, null);
				String now = AppwriteDates.format(context.now());
				ObjectNode variable = Json.object();
				variable.put("$id", Ids.unique());
				variable.put("$createdAt", now);
				variable.put("$updatedAt", now);
				variable.put("key", key);
				variable.put("value", value);
				variable.put("secret", secret);
				variable.put("resourceType", this.resource.variableType());
				variable.put("resourceId", resourceId);
				context.store().put(this.resource.variables(resourceId), variable.path("$id").asString(), variable);
				notLive(context, resourceId, owner);
				return model(variable);
			}));
		});

		routes.get(one, this.resource.readScope(), (request) -> {
			String resourceId = this.resource.find(context, request.pathId(this.resource.idParam()))
				.path("$id")
				.asString();
			return Response.ok(model(variable(context, resourceId, request.pathId("variableId"))));
		});

		routes.put(one, this.resource.writeScope(), (request) -> {
			String resourceId = request.pathId(this.resource.idParam());
			String variableId = request.pathId("variableId");
			Params params = request.params();
			String key = params.text("key", MAX_KEY);
			String value = params.optionalText("value", MAX_VALUE).orElse(null);
			Boolean secret = params.optionalBool("secret").orElse(null);
			return Response.ok(context.store().write(() -> {
				ObjectNode owner = this.resource.find(context, resourceId);
				ObjectNode variable = variable(context, resourceId, variableId);
				if (variable.path("secret").asBoolean() && Boolean.FALSE.equals(secret)) {
					throw new ApiException("variable_cannot_unset_secret", 400,
							"Secret variables cannot be marked as non-secret. Please re-create the variable if this is your intention.");
				}
				requireUniqueKey(context, resourceId, key, variableId);
				variable.put("key", key);
				if (value != null) {
					variable.put("value", value);
				}
				if (secret != null) {
					variable.put("secret", secret);
				}
				variable.put("$updatedAt", AppwriteDates.format(context.now()));
				context.store().put(this.resource.variables(resourceId), variableId, variable);
				notLive(context, resourceId, owner);
				return model(variable);
			}));
		});

		routes.delete(one, this.resource.writeScope(), (request) -> {
			String resourceId = request.pathId(this.resource.idParam());
			String variableId = request.pathId("variableId");
			context.store().write(() -> {
				ObjectNode owner = this.resource.find(context, resourceId);
				variable(context, resourceId, variableId);
				context.store().delete(this.resource.variables(resourceId), variableId);
				notLive(context, resourceId, owner);
			});
			return Response.noContent();
		});
	}

	/**
	 * The variables of a resource as answered (secret values hidden), for the resource's
	 * own model ({@code vars}).
	 */
	public ArrayNode models(EmulatorContext context, String resourceId) {
		return Json.array().addAll(all(context, resourceId));
	}

	private List<ObjectNode> all(EmulatorContext context, String resourceId) {
		return context.store().list(this.resource.variables(resourceId)).stream().map(VariableRoutes::model).toList();
	}

	private ObjectNode variable(EmulatorContext context, String resourceId, String variableId) {
		return context.store()
			.get(this.resource.variables(resourceId), variableId)
			.orElseThrow(() -> new ApiException("variable_not_found", 404,
					"Variable with the requested ID could not be found."));
	}

	private void requireUniqueKey(EmulatorContext context, String resourceId, String key, @Nullable String exceptId) {
		boolean taken = context.store()
			.list(this.resource.variables(resourceId))
			.stream()
			.anyMatch((other) -> key.equals(other.path("key").asString())
					&& !other.path("$id").asString().equals(exceptId));
		if (taken) {
			throw new ApiException("variable_already_exists", 409,
					"Variable with the same ID already exists in this project. Try again with a different ID.");
		}
	}

	private void notLive(EmulatorContext context, String resourceId, ObjectNode owner) {
		owner.put("live", false);
		context.store().put(this.resource.collection(), resourceId, owner);
	}

	private static ObjectNode model(ObjectNode variable) {
		ObjectNode model = variable.deepCopy();
		if (model.path("secret").asBoolean()) {
			model.put("value", "");
		}
		return model;
	}

}
