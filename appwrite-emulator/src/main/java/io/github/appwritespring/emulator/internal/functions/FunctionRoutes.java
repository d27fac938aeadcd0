package io.github.appwritespring.emulator.internal.functions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.functions.FunctionRequest;
import io.github.appwritespring.emulator.functions.FunctionResponse;
import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.permission.PermissionAction;
import io.github.appwritespring.emulator.internal.permission.Permissions;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * Functions (the handlers registered in the JVM) and their executions. Executions made by
 * a user are readable by that user; the API key reads and deletes all.
 */
public final class FunctionRoutes implements RouteModule {

	private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD");

	private static final Set<String> EXECUTION_ATTRIBUTES = Set.of("trigger", "status", "responseStatusCode",
			"duration", "requestMethod", "requestPath");

	/**
	 * Appwrite's {@code FUNCTION_ALLOWLIST_HEADERS_REQUEST}: what {@code requestHeaders}
	 * keeps.
	 */
	private static final Set<String> REQUEST_HEADERS = Set.of("content-type", "agent", "content-length", "host",
			"x-appwrite-client-ip");

	/**
	 * Appwrite's {@code FUNCTION_ALLOWLIST_HEADERS_RESPONSE}: what a stored execution
	 * keeps.
	 */
	private static final Set<String> RESPONSE_HEADERS = Set.of("content-type", "content-length");

	private static final int MAX_BODY = 10 * 1024 * 1024;

	@Override
	public void register(Routes routes, EmulatorContext context) {
		FunctionRegistry registry = Functions.registry(context);

		routes.post("/functions/{functionId}/executions", "execution.write", (request) -> {
			ObjectNode function = FunctionDocuments.FUNCTIONS.find(context, request.pathId("functionId"));
			String functionId = function.path("$id").asString();
			Caller caller = request.caller();
			if (!caller.isKey() && !function.path("enabled").asBoolean(true)) {
				throw functionNotFound();
			}
			if (!caller.isKey() && !mayExecute(caller, function)) {
				throw ApiException.unauthorized("No permissions provided for action 'execute': the function's execute "
						+ "roles do not include the caller's.");
			}
			String deploymentId = function.path("deploymentId").asString("");
			if (deploymentId.isEmpty()) {
				throw ApiException.notFound("deployment_not_found",
						"Deployment not found. Create a deployment before trying to execute a function");
			}
			Optional<FunctionRegistry.Registered> handler = registry.find(functionId);
			Params params = request.params();
			String body = params.optionalString("body").orElse("");
			if (body.length() > MAX_BODY) {
				throw ApiException.invalidParam("body",
						"Value must be a valid string and no longer than " + MAX_BODY + " chars");
			}
			boolean async = params.bool("async", false);
			String path = params.optionalString("path").orElse("/");
			if (!path.startsWith("/")) {
				throw ApiException.invalidParam("path", "Value must be a valid path starting with /");
			}
			String method = params.optionalString("method").orElse("POST").toUpperCase(Locale.ROOT);
			if (!METHODS.contains(method)) {
				throw ApiException.invalidParam("method", "Value must be one of (" + String.join(", ", METHODS) + ")");
			}
			if (params.has("scheduledAt") && !async) {
				throw ApiException.invalidParam("scheduledAt", "Scheduled executions must be asynchronous");
			}
			Map<String, String> headers = new LinkedHashMap<>();
			params.optionalObject("headers")
				.ifPresent((object) -> object.properties()
					.forEach((header) -> headers.put(header.getKey().toLowerCase(Locale.ROOT),
							header.getValue().asString())));
			Map<String, String> recorded = new LinkedHashMap<>();
			headers.forEach((name, value) -> {
				if (REQUEST_HEADERS.contains(name)) {
					recorded.put(name, value);
				}
			});
			recorded.put("x-appwrite-client-ip", request.ip());
			ObjectNode execution = newExecution(context, functionId, deploymentId, caller, method, path, recorded);
			FunctionRequest call = new FunctionRequest(functionId, method, path, Map.copyOf(headers), body,
					caller.userId());
			String collection = executions(functionId);
			if (async) {
				context.store()
					.write(() -> context.store().put(collection, execution.path("$id").asString(), execution));
				registry.background().submit(() -> {
					ObjectNode done = run(handler, call, execution.deepCopy());
					keepAllowedResponseHeaders(done);
					done.put("$updatedAt", AppwriteDates.format(context.now()));
					context.store().write(() -> {
						if (context.store().exists(collection, done.path("$id").asString())) {
							context.store().put(collection, done.path("$id").asString(), done);
						}
					});
				});
				return Response.json(202, execution);
			}
			ObjectNode done = run(handler, call, execution);
			// as Appwrite: the stored execution keeps only the allowed response headers,
			// the
			// answer has them all and the execution's ID
			ObjectNode answer = done.deepCopy();
			keepAllowedResponseHeaders(done);
			context.store().write(() -> context.store().put(collection, done.path("$id").asString(), done));
			((ArrayNode) answer.path("responseHeaders")).addObject()
				.put("name", "x-appwrite-execution-id")
				.put("value", answer.path("$id").asString());
			return Response.created(answer);
		});

		routes.get("/functions/{functionId}/executions", "execution.read", (request) -> {
			String functionId = functionId(context, request);
			List<ObjectNode> readable = context.store()
				.list(executions(functionId))
				.stream()
				.filter((execution) -> Permissions.allows(request.caller(), PermissionAction.READ,
						Permissions.fromJson(execution.get("$permissions"))))
				.toList();
			return Response.ok(Listing.of("executions", readable, request.params(), EXECUTION_ATTRIBUTES));
		});

		routes.get("/functions/{functionId}/executions/{executionId}", "execution.read", (request) -> {
			ObjectNode execution = execution(context, registry, request);
			if (!Permissions.allows(request.caller(), PermissionAction.READ,
					Permissions.fromJson(execution.get("$permissions")))) {
				throw executionNotFound();
			}
			return Response.ok(execution);
		});

		routes.delete("/functions/{functionId}/executions/{executionId}", "execution.write", (request) -> {
			if (!request.caller().isKey()) {
				throw ApiException.unauthorized("Deleting executions needs an API key.");
			}
			ObjectNode execution = execution(context, registry, request);
			context.store()
				.write(() -> context.store()
					.delete(executions(execution.path("functionId").asString()), execution.path("$id").asString()));
			return Response.noContent();
		});
	}

	static String executions(String functionId) {
		return "functions.executions:" + functionId;
	}

	private static String functionId(EmulatorContext context, ApiRequest request) {
		return FunctionDocuments.FUNCTIONS.find(context, request.pathId("functionId")).path("$id").asString();
	}

	private static ObjectNode execution(EmulatorContext context, FunctionRegistry registry, ApiRequest request) {
		String functionId = functionId(context, request);
		return context.store()
			.get(executions(functionId), request.pathId("executionId"))
			.orElseThrow(FunctionRoutes::executionNotFound);
	}

	private static ApiException functionNotFound() {
		return ApiException.notFound("function_not_found", "Function with the requested ID could not be found.");
	}

	private static boolean mayExecute(Caller caller, ObjectNode function) {
		Set<String> roles = caller.roles();
		for (JsonNode role : function.path("execute")) {
			if (roles.contains(role.asString())) {
				return true;
			}
		}
		return false;
	}

	private static ApiException executionNotFound() {
		return ApiException.notFound("execution_not_found", "Execution with the requested ID could not be found.");
	}

	private static ObjectNode newExecution(EmulatorContext context, String functionId, String deploymentId,
			Caller caller, String method, String path, Map<String, String> headers) {
		String now = AppwriteDates.format(context.now());
		ObjectNode execution = Json.object();
		execution.put("$id", Ids.unique());
		execution.put("$createdAt", now);
		execution.put("$updatedAt", now);
		String userId = caller.userId();
		execution.set("$permissions",
				Json.strings((userId != null) ? List.of("read(\"user:" + userId + "\")") : List.of()));
		execution.put("functionId", functionId);
		execution.put("deploymentId", deploymentId);
		execution.put("trigger", "http");
		execution.put("status", "waiting");
		execution.put("requestMethod", method);
		execution.put("requestPath", path);
		execution.set("requestHeaders", headerList(headers));
		execution.put("responseStatusCode", 0);
		execution.put("responseBody", "");
		execution.set("responseHeaders", Json.array());
		execution.put("logs", "");
		execution.put("errors", "");
		execution.put("duration", 0.0);
		return execution;
	}

	private static ObjectNode run(Optional<FunctionRegistry.Registered> function, FunctionRequest call,
			ObjectNode execution) {
		if (function.isEmpty()) {
			execution.put("status", "failed");
			execution.put("responseStatusCode", 500);
			execution.put("errors", "The emulator does not run deployed code: register a handler for this function "
					+ "with AppwriteEmulator.registerFunction(\"" + call.functionId() + "\", request -> ...).");
			return execution;
		}
		long start = System.nanoTime();
		try {
			FunctionResponse response = function.get().handler().handle(call);
			execution.put("status", "completed");
			execution.put("responseStatusCode", response.statusCode());
			execution.put("responseBody", response.body());
			execution.set("responseHeaders", headerList(response.headers()));
			execution.put("logs", response.logs());
			execution.put("errors", last(response.errors()));
		}
		catch (Exception | LinkageError ex) {
			execution.put("status", "failed");
			execution.put("responseStatusCode", 500);
			execution.put("errors", last(ex.getClass().getName() + ": " + ex.getMessage()));
		}
		execution.put("duration", (System.nanoTime() - start) / 1e9);
		return execution;
	}

	private static void keepAllowedResponseHeaders(ObjectNode execution) {
		ArrayNode kept = Json.array();
		execution.path("responseHeaders").forEach((header) -> {
			if (RESPONSE_HEADERS.contains(header.path("name").asString().toLowerCase(Locale.ROOT))) {
				kept.add(header);
			}
		});
		execution.set("responseHeaders", kept);
	}

	private static ArrayNode headerList(Map<String, String> headers) {
		ArrayNode list = Json.array();
		headers.forEach((name, value) -> {
			ObjectNode header = list.addObject();
			header.put("name", name);
			header.put("value", value);
		});
		return list;
	}

	private static String last(String errors) {
		return (errors.length() <= 4000) ? errors : errors.substring(errors.length() - 4000);
	}

}
