package io.github.appwritespring.emulator.health;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.auth.Scopes;
import io.github.appwritespring.emulator.error.ErrorResponseBody;
import io.github.appwritespring.emulator.http.Response;
import io.github.appwritespring.emulator.http.Routes;
import io.github.appwritespring.emulator.module.EmulatorContext;
import io.github.appwritespring.emulator.module.RouteModule;
import io.github.appwritespring.emulator.support.Json;

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
