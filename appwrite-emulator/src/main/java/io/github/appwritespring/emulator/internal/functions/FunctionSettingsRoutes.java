package io.github.appwritespring.emulator.internal.functions;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Scopes;
import io.github.appwritespring.emulator.internal.compute.ComputeResource;
import io.github.appwritespring.emulator.internal.compute.Runtimes;
import io.github.appwritespring.emulator.internal.compute.Specifications;
import io.github.appwritespring.emulator.internal.compute.VariableRoutes;
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
 * Functions' settings (API key: scopes {@code functions.*}): create, list, get, update,
 * delete, and the runtimes and specifications to choose from. Functions registered in the
 * JVM are listed with the others; deleting one also removes its handler.
 */
public final class FunctionSettingsRoutes implements RouteModule {

	/** Functions as a resource with deployments and variables. */
	public static final ComputeResource FUNCTIONS = FunctionDocuments.FUNCTIONS;

	/** Appwrite's default {@code _APP_FUNCTIONS_TIMEOUT}, the longest timeout allowed. */
	private static final long MAX_TIMEOUT = 900;

	private static final Set<String> ATTRIBUTES = Set.of("name", "enabled", "runtime", "deploymentId", "schedule",
			"scheduleNext", "schedulePrevious", "timeout", "entrypoint", "commands", "installationId");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		FunctionRegistry registry = Functions.registry(context);
		VariableRoutes variables = new VariableRoutes(FUNCTIONS);

		routes.get("/functions/runtimes", Scopes.PUBLIC, (request) -> Response.ok(Runtimes.list()));

		routes.get("/functions/specifications", "functions.read", (request) -> Response.ok(Specifications.list()));

		routes.post("/functions", "functions.write", (request) -> {
			Params params = request.params();
			String id = params.newId("functionId");
			ObjectNode function = FunctionDocuments.defaults(id, params.text("name", 128),
					AppwriteDates.format(context.now()));
			apply(function, params, true);
			context.store().write(() -> {
				if (context.store().exists(FUNCTIONS.collection(), id) || registry.find(id).isPresent()) {
					throw new ApiException("function_already_exists", 409,
							"Function with the requested ID already exists. Try again with a different ID or use ID.unique() to generate a unique ID.");
				}
				context.store().put(FUNCTIONS.collection(), id, function);
			});
			return Response.created(model(context, variables, function));
		});

		routes.get("/functions", "functions.read", (request) -> {
			registry.all().forEach((registered) -> FUNCTIONS.find(context, registered.id()));
			List<ObjectNode> functions = context.store()
				.list(FUNCTIONS.collection())
				.stream()
				.map((function) -> model(context, variables, function))
				.toList();
			return Response.ok(Listing.of("functions", functions, request.params(), ATTRIBUTES));
		});

		routes.get("/functions/{functionId}", "functions.read", (request) -> Response
			.ok(model(context, variables, FUNCTIONS.find(context, request.pathId("functionId")))));

		routes.put("/functions/{functionId}", "functions.write", (request) -> {
			Params params = request.params();
			String functionId = FUNCTIONS.find(context, request.pathId("functionId")).path("$id").asString();
			return Response.ok(context.store().write(() -> {
				ObjectNode function = FUNCTIONS.find(context, functionId);
				function.put("name", params.text("name", 128));
				apply(function, params, false);
				function.put("$updatedAt", AppwriteDates.format(context.now()));
				context.store().put(FUNCTIONS.collection(), functionId, function);
				return model(context, variables, function);
			}));
		});

		routes.delete("/functions/{functionId}", "functions.write", (request) -> {
			String functionId = FUNCTIONS.find(context, request.pathId("functionId")).path("$id").asString();
			registry.unregister(functionId);
			FUNCTIONS.delete(context, functionId, FunctionRoutes.executions(functionId));
			return Response.noContent();
		});
	}

	private static ObjectNode model(EmulatorContext context, VariableRoutes variables, ObjectNode function) {
		ObjectNode model = function.deepCopy();
		model.set("vars", variables.models(context, function.path("$id").asString()));
		return model;
	}

	private static void apply(ObjectNode function, Params params, boolean create) {
		if (create || params.has("runtime")) {
			function.put("runtime", Runtimes.check("runtime", params.string("runtime")));
		}
		if (params.has("execute")) {
			function.set("execute", Json.strings(roles(params.strings("execute", 100, 64))));
		}
		if (params.has("events")) {
			function.set("events", Json.strings(params.strings("events", 100, 256)));
		}
		if (params.has("scopes")) {
			function.set("scopes", Json.strings(params.strings("scopes", 100, 64)));
		}
		if (params.has("schedule")) {
			function.put("schedule", cron(params.optionalText("schedule", 256).orElse("")));
		}
		if (params.has("timeout")) {
			function.put("timeout", params.optionalLong("timeout", 1, MAX_TIMEOUT).orElse(15L));
		}
		for (String flag : new String[] { "enabled", "logging", "providerSilentMode" }) {
			if (params.has(flag)) {
				function.put(flag, params.bool(flag));
			}
		}
		for (String text : new String[] { "entrypoint", "commands", "providerBranch", "providerRootDirectory" }) {
			if (params.has(text)) {
				function.put(text, params.optionalText(text, ("commands".equals(text)) ? 8192 : 256).orElse(""));
			}
		}
		if (params.has("specification")) {
			function.put("specification",
					Specifications.check(params.optionalString("specification").orElse(Specifications.DEFAULT)));
		}
		ComputeResource.refuseRepository(params.optionalText("installationId", 128).orElse(""),
				params.optionalText("providerRepositoryId", 128).orElse(""));
	}

	private static List<String> roles(List<String> roles) {
		for (String role : roles) {
			if (!role.matches("any|guests|users(/(un)?verified)?|user:[A-Za-z0-9._-]{1,36}(/(un)?verified)?"
					+ "|team:[A-Za-z0-9._-]{1,36}(/[A-Za-z0-9._-]{1,36})?|member:[A-Za-z0-9._-]{1,36}"
					+ "|label:[A-Za-z0-9]{1,36}")) {
				throw ApiException.invalidParam("execute", "Role \"" + role
						+ "\" is not valid: use any, guests, users, user:<id>, team:<id>[/<role>], member:<id> or label:<name>");
			}
		}
		return roles;
	}

	private static String cron(String schedule) {
		if (!schedule.isEmpty() && schedule.trim().split("\\s+").length != 5) {
			throw ApiException.invalidParam("schedule",
					"Value must be a valid cron expression of five fields, e.g. \"0 * * * *\"");
		}
		return schedule;
	}

}
