package io.github.appwritespring.emulator.internal.health;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Scopes;
import io.github.appwritespring.emulator.internal.error.ErrorResponseBody;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;

/**
 * {@code GET /health} (API key, scope {@code health.read}) and the public
 * {@code GET /health/version}.
 */
public final class HealthRoutes implements RouteModule {

	@Override
	public void register(Routes routes, EmulatorContext context) {
		routes.get("/health", "health.read", (request) -> {
			ObjectNode status = Json.object();
			status.put("name", "http");
			status.put("status", "pass");
			status.put("ping", 0);
			return Response.ok(status);
		});
		routes.get("/health/version", Scopes.PUBLIC, (request) -> {
			ObjectNode version = Json.object();
			version.put("version", ErrorResponseBody.VERSION);
			return Response.ok(version);
		});
	}

}
