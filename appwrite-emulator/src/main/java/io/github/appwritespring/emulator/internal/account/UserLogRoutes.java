package io.github.appwritespring.emulator.internal.account;

import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.users.AccountServices;

/**
 * {@code GET /users/{userId}/logs} (API key, {@code users.read}): the same log a user
 * reads with {@code GET /account/logs}, newest first; 404 {@code user_not_found}. Lives
 * beside {@link AccountLogs}, which records it.
 */
public final class UserLogRoutes implements RouteModule {

	@Override
	public void register(Routes routes, EmulatorContext context) {
		routes.get("/users/{userId}/logs", "users.read", (request) -> {
			String userId = AccountServices.of(context)
				.users()
				.require(request.pathId("userId"))
				.path("$id")
				.asString();
			return Response.ok(AccountLogs.list(context, userId, request.params().bool("total", true)));
		});
	}

}
