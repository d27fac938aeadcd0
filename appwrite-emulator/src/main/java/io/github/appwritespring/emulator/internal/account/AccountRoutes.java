package io.github.appwritespring.emulator.internal.account;

import java.time.Duration;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.AuthCollections;
import io.github.appwritespring.emulator.internal.auth.Scopes;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.error.ErrorTypes;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.users.AccountServices;
import io.github.appwritespring.emulator.internal.users.UserDocuments;
import io.github.appwritespring.emulator.internal.users.UsersRoutes;
import io.github.appwritespring.emulator.internal.webhooks.Events;

/**
 * The signed-in user's own account: sign-up ({@code POST /account}), profile, name,
 * email, password and preferences.
 */
public final class AccountRoutes implements RouteModule {

	@Override
	public void register(Routes routes, EmulatorContext context) {
		AccountServices services = AccountServices.of(context);
		UserDocuments users = services.users();

		routes.post("/account", "sessions.write", (request) -> {
			services.limits().check(request, "url:/account,ip:" + request.ip(), 10, Duration.ofHours(1));
			Params params = request.params();
			String id = params.newId("userId");
			String email = params.email("email");
			String password = params.password("password");
			String name = params.optionalText("name", 128).orElse("");
			ObjectNode user = UserDocuments
				.toModel(users.create(id, email, null, password, name, List.of(), context.now()));
			Events.userCreated(context, id, user);
			return Response.created(user);
		});

		routes.get("/account", Scopes.ACCOUNT,
				(request) -> Response.ok(UserDocuments.toModel(currentUser(request, users))));

		routes.patch("/account/name", Scopes.ACCOUNT, (request) -> {
			String name = request.params().text("name", 128);
			return UsersRoutes.updated(context, "name",
					users.update(userId(request), context.now(), (user) -> user.put("name", name)));
		});

		routes.patch("/account/password", Scopes.ACCOUNT, (request) -> {
			Params params = request.params();
			String password = params.password("password");
			String oldPassword = params.optionalString("oldPassword").orElse("");
			ObjectNode user = currentUser(request, users);
			if (UserDocuments.hasPassword(user) && !UserDocuments.passwordMatches(user, oldPassword)) {
				throw invalidCredentials();
			}
			services.limits().check(request, "url:/account/password,ip:" + request.ip(), 10, Duration.ofHours(1));
			ObjectNode changed = users.changePassword(userId(request), password, context.now());
			String current = request.caller().sessionId();
			if (current != null) {
				// Appwrite's invalidateSessions (on by default): the other sessions end
				context.store().write(() -> {
					for (ObjectNode session : services.sessions().sessionsOf(userId(request))) {
						if (!current.equals(session.path("$id").asString())) {
							context.store().delete(AuthCollections.SESSIONS, session.path("$id").asString());
						}
					}
				});
			}
			AccountLogs.record(context, request, changed, "user.update");
			return UsersRoutes.updated(context, "password", changed);
		});

		routes.patch("/account/phone", Scopes.ACCOUNT, (request) -> {
			Params params = request.params();
			String phone = UsersRoutes.phoneParam(params, "phone");
			String password = params.string("password");
			ObjectNode user = currentUser(request, users);
			if (UserDocuments.hasPassword(user) && !UserDocuments.passwordMatches(user, password)) {
				throw invalidCredentials();
			}
			ObjectNode changed = users.changePhone(userId(request), phone, context.now());
			AccountLogs.record(context, request, changed, "user.update");
			return UsersRoutes.updated(context, "phone", changed);
		});

		routes.get("/account/logs", Scopes.ACCOUNT, (request) -> Response
			.ok(AccountLogs.list(context, userId(request), request.params().bool("total", true))));

		routes.get("/account/identities", Scopes.ACCOUNT,
				(request) -> Response.ok(Identities.list(context, userId(request), request.params())));

		routes.delete("/account/identities/{identityId}", Scopes.ACCOUNT, (request) -> {
			Identities.delete(context, request.pathId("identityId"), userId(request));
			return Response.noContent();
		});

		routes.patch("/account/email", Scopes.ACCOUNT, (request) -> {
			Params params = request.params();
			String email = params.email("email");
			String password = params.string("password");
			ObjectNode user = currentUser(request, users);
			if (UserDocuments.hasPassword(user) && !UserDocuments.passwordMatches(user, password)) {
				throw invalidCredentials();
			}
			return UsersRoutes.updated(context, "email", users.changeEmail(userId(request), email, context.now()));
		});

		routes.patch("/account/status", Scopes.ACCOUNT, (request) -> {
			ObjectNode user = users.update(userId(request), context.now(), (u) -> u.put("status", false));
			SessionCookies.clear(request, context.callers().cookieName());
			return UsersRoutes.updated(context, "status", user);
		});

		routes.get("/account/prefs", Scopes.ACCOUNT,
				(request) -> Response.ok(currentUser(request, users).path("prefs").deepCopy()));

		routes.patch("/account/prefs", Scopes.ACCOUNT, (request) -> {
			ObjectNode prefs = UserDocuments.prefsParam(request.params());
			return UsersRoutes.updated(context, "prefs",
					users.update(userId(request), context.now(), (user) -> user.set("prefs", prefs)));
		});
	}

	/**
	 * 401 {@code user_invalid_credentials}, the same for a wrong email and a wrong
	 * password.
	 */
	static ApiException invalidCredentials() {
		return new ApiException(ErrorTypes.USER_INVALID_CREDENTIALS, 401,
				"Invalid credentials. Please check the email and password.");
	}

	/** The signed-in user's ID (the {@code account} scope guarantees one). */
	static String userId(ApiRequest request) {
		String id = request.caller().userId();
		if (id == null) {
			throw new IllegalStateException("An account route ran without a user: its scope must be 'account'");
		}
		return id;
	}

	/** The signed-in user as stored now. */
	static ObjectNode currentUser(ApiRequest request, UserDocuments users) {
		return users.require(userId(request));
	}

}
