package io.github.appwritespring.emulator.internal.clock;

import java.time.Duration;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Scopes;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.error.ErrorTypes;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;

/**
 * {@code GET /_emulator/clock} (the emulator's time) and {@code POST /_emulator/clock}
 * with {@code {"advanceSeconds": N}} (move it forward), both with the API key: how tests
 * of the standalone emulator expire secrets and sessions without sleeping.
 */
public final class ClockRoutes implements RouteModule {

	@Override
	public void register(Routes routes, EmulatorContext context) {
		if (!(context.clock() instanceof AdjustableClock clock)) {
			return;
		}
		context.onReset(clock::clear);
		routes.outsideApi("GET", "/_emulator/clock", Scopes.PUBLIC, (request) -> {
			requireKey(request);
			return Response.ok(now(context));
		});
		routes.outsideApi("POST", "/_emulator/clock", Scopes.PUBLIC, (request) -> {
			requireKey(request);
			long seconds = request.params()
				.optionalLong("advanceSeconds", 0, 10L * 366 * 24 * 3600)
				.orElseThrow(() -> ApiException.missingParam("advanceSeconds"));
			clock.advance(Duration.ofSeconds(seconds));
			return Response.ok(now(context));
		});
	}

	private static ObjectNode now(EmulatorContext context) {
		ObjectNode body = Json.object();
		body.put("now", AppwriteDates.format(context.now()));
		return body;
	}

	private static void requireKey(ApiRequest request) {
		if (!request.caller().isKey()) {
			throw new ApiException(ErrorTypes.GENERAL_UNAUTHORIZED_SCOPE, 401,
					"The emulator's clock needs its API key in the X-Appwrite-Key header.");
		}
	}

}
