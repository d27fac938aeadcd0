package io.github.appwritespring.emulator.internal.functions;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.compute.ComputeResource;
import io.github.appwritespring.emulator.internal.compute.Specifications;
import io.github.appwritespring.emulator.internal.json.Json;

/**
 * Functions as stored documents: the defaults of a new one, and the document of a handler
 * registered in the JVM, which exists without an API call and is stored on first use
 * (again after {@code reset()}, since registrations survive it).
 */
final class FunctionDocuments {

	/** Functions as a resource with deployments and variables. */
	static final ComputeResource FUNCTIONS = new ComputeResource("functions", "functionId", "functions", "function",
			"function_not_found", "Function with the requested ID could not be found.",
			(context, functionId) -> Functions.registry(context).find(functionId).map(FunctionDocuments::registered));

	/** What a registered handler's deployment is called. */
	static final String REGISTERED_DEPLOYMENT = "emulator";

	private FunctionDocuments() {
	}

	/** A new function with Appwrite's defaults (settings are applied by the caller). */
	static ObjectNode defaults(String id, String name, String now) {
		ObjectNode function = Json.object();
		function.put("$id", id);
		function.put("$createdAt", now);
		function.put("$updatedAt", now);
		function.set("execute", Json.array());
		function.put("name", name);
		function.put("enabled", true);
		function.put("live", true);
		function.put("logging", true);
		function.put("runtime", "");
		for (String field : new String[] { "deploymentId", "deploymentCreatedAt", "latestDeploymentId",
				"latestDeploymentCreatedAt", "latestDeploymentStatus", "schedule", "entrypoint", "commands",
				"installationId", "providerRepositoryId", "providerBranch", "providerRootDirectory" }) {
			function.put(field, "");
		}
		function.set("scopes", Json.array());
		function.set("events", Json.array());
		function.put("timeout", 15);
		function.put("version", "v5");
		function.put("providerSilentMode", false);
		function.put("specification", Specifications.DEFAULT);
		return function;
	}

	private static ObjectNode registered(FunctionRegistry.Registered function) {
		ObjectNode document = defaults(function.id(), function.name(), function.registeredAt());
		document.set("execute", Json.strings(List.of("any")));
		document.put("runtime", "java-17.0");
		document.put("deploymentId", REGISTERED_DEPLOYMENT);
		document.put("deploymentCreatedAt", function.registeredAt());
		document.put("latestDeploymentId", REGISTERED_DEPLOYMENT);
		document.put("latestDeploymentCreatedAt", function.registeredAt());
		document.put("latestDeploymentStatus", "ready");
		return document;
	}

}
