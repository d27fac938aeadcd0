package io.github.appwritespring.emulator.internal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.AuthCollections;
import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.auth.Scopes;
import io.github.appwritespring.emulator.internal.auth.SessionIssuer;
import io.github.appwritespring.emulator.internal.auth.TokenIssuer;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.error.ErrorTypes;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.RouteHandler;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;
import io.github.appwritespring.emulator.internal.users.AccountServices;
import io.github.appwritespring.emulator.internal.users.UserDocuments;
import io.github.appwritespring.emulator.internal.webhooks.Events;

/**
 * Sessions of the signed-in user: email/password login, token exchange, list, get,
 * delete, and JWTs. Session creation sets the {@code a_session_<project>} cookies and
 * {@code X-Fallback-Cookies}; the session value is in {@code secret} only for API-key
 * callers.
 */
public final class AccountSessionRoutes implements RouteModule {

	/** Lifetime of a JWT from {@code POST /account/jwts} (fixed in 1.8.1). */
	static final Duration JWT_LIFETIME = Duration.ofMinutes(15);

	@Override
	public void register(Routes routes, EmulatorContext context) {
		AccountServices services = AccountServices.of(context);
		UserDocuments users = services.users();
		SessionIssuer sessions = services.sessions();
		String cookieName = context.callers().cookieName();

		routes.post("/account/sessions/email", "sessions.write", (request) -> {
			Params params = request.params();
			String email = params.email("email");
			String password = params.string("password");
			services.limits().check(request, "url:/account/sessions/email,email:" + email, 10, Duration.ofHours(1));
			refuseWhenSignedIn(request.caller());
			ObjectNode user = users.findByEmail(email).orElseThrow(AccountRoutes::invalidCredentials);
			if (!UserDocuments.passwordMatches(user, password)) {
				throw AccountRoutes.invalidCredentials();
			}
			return created(request, context, user, "email", email, List.of("password"));
		});

		for (String path : List.of("/account/sessions/token", "/account/sessions/magic-url",
				"/account/sessions/phone")) {
			RouteHandler exchange = (request) -> {
				Params params = request.params();
				String userId = params.text("userId", 36);
				String secret = params.text("secret", 256);
				services.limits()
					.check(request, "url:" + path + ",ip:" + request.ip() + ",userId:" + userId, 10,
							Duration.ofHours(1));
				refuseWhenSignedIn(request.caller());
				ObjectNode token = services.tokens()
					.redeem(userId, secret, TokenIssuer.SESSION)
					.orElseThrow(LifecycleRoutes::invalidToken);
				String verifies = TokenIssuer.verifies(token);
				ObjectNode user = verifies.isEmpty() ? users.require(userId)
						: users.update(userId, context.now(), (u) -> u.put(verifies + "Verification", true));
				return created(request, context, user, TokenIssuer.provider(token), "",
						List.of(TokenIssuer.factor(token)));
			};
			if (path.endsWith("/token")) {
				routes.post(path, "sessions.write", exchange);
			}
			else {
				routes.put(path, "sessions.write", exchange);
			}
		}

		routes.patch("/account/sessions/{sessionId}", Scopes.ACCOUNT, (request) -> {
			services.limits()
				.check(request, "url:/account/sessions/{sessionId},ip:" + request.ip(), 10, Duration.ofHours(1));
			ObjectNode session = ownSession(request, context);
			String id = session.path("$id").asString();
			ObjectNode updated = context.store().write(() -> {
				ObjectNode stored = context.store().get(AuthCollections.SESSIONS, id).orElseThrow();
				stored.put("expire", AppwriteDates.format(context.now().plus(context.config().sessionLength())));
				stored.put("$updatedAt", AppwriteDates.format(context.now()));
				context.store().put(AuthCollections.SESSIONS, id, stored);
				return stored;
			});
			return Response.ok(SessionIssuer.toModel(updated, request.caller(), null));
		});

		routes.get("/account/sessions", Scopes.ACCOUNT,
				(request) -> Response.ok(sessions.listModel(sessions.sessionsOf(AccountRoutes.userId(request)),
						request.caller(), request.params().bool("total", true))));

		routes.post("/account/sessions/anonymous", "sessions.write", (request) -> {
			services.limits()
				.check(request, "url:/account/sessions/anonymous,ip:" + request.ip(), 50, Duration.ofHours(1));
			refuseWhenSignedIn(request.caller());
			ObjectNode user = users.create(Ids.unique(), null, null, null, "", List.of(), context.now());
			return created(request, context, user, "anonymous", "", List.of("anonymous"));
		});

		routes.get("/account/sessions/{sessionId}", Scopes.ACCOUNT,
				(request) -> Response.ok(SessionIssuer.toModel(ownSession(request, context), request.caller(), null)));

		routes.delete("/account/sessions/{sessionId}", Scopes.ACCOUNT, (request) -> {
			services.limits()
				.check(request, "url:/account/sessions/{sessionId},userId:" + AccountRoutes.userId(request), 100,
						Duration.ofHours(1));
			ObjectNode session = ownSession(request, context);
			String id = session.path("$id").asString();
			boolean deleted = context.store().delete(AuthCollections.SESSIONS, id);
			if (id.equals(request.caller().sessionId())) {
				SessionCookies.clear(request, cookieName);
			}
			if (deleted) {
				Events.sessionDeleted(context, AccountRoutes.userId(request), id,
						SessionIssuer.toModel(session, request.caller(), null));
			}
			return Response.noContent();
		}).allowLimitedSession();

		routes.delete("/account/sessions", Scopes.ACCOUNT, (request) -> {
			services.limits()
				.check(request, "url:/account/sessions,userId:" + AccountRoutes.userId(request), 100,
						Duration.ofHours(1));
			String userId = AccountRoutes.userId(request);
			List<ObjectNode> deleted = users.deleteSessions(userId);
			SessionCookies.clear(request, cookieName);
			if (!deleted.isEmpty()) {
				// Appwrite: one event, named after the last session deleted, with the
				// current
				// session (the one whose cookies are cleared) as payload when there is
				// one
				String lastId = deleted.get(deleted.size() - 1).path("$id").asString();
				String currentId = request.caller().sessionId();
				ObjectNode payload = deleted.stream()
					.filter((s) -> s.path("$id").asString().equals(currentId))
					.findFirst()
					.orElse(deleted.get(deleted.size() - 1));
				ObjectNode model = SessionIssuer.toModel(payload, request.caller(), null);
				if (payload.path("$id").asString().equals(currentId)) {
					model.put("current", true);
				}
				Events.sessionDeleted(context, userId, lastId, model);
			}
			return Response.noContent();
		});

		routes.post("/account/jwts", Scopes.ACCOUNT, (request) -> {
			String userId = AccountRoutes.userId(request);
			services.limits().check(request, "url:/account/jwts,userId:" + userId, 100, Duration.ofHours(1));
			String sessionId = request.caller().sessionId();
			if (sessionId == null) {
				throw ApiException.notFound(ErrorTypes.USER_SESSION_NOT_FOUND,
						"The current user session could not be found.");
			}
			ObjectNode body = Json.object();
			body.put("jwt", context.jwt().issue(userId, sessionId, context.now(), JWT_LIFETIME));
			return Response.created(body);
		});
	}

	/** Creates a session, sets the cookies and answers 201 with the Session model. */
	static Response created(ApiRequest request, EmulatorContext context, ObjectNode user, String provider,
			String providerUid, List<String> factors) {
		if (!user.path("status").asBoolean(true)) {
			throw new ApiException(ErrorTypes.USER_BLOCKED, 401, "The current user has been blocked.");
		}
		AccountServices services = AccountServices.of(context);
		String userAgent = request.caller().isKey()
				? request.header("X-Forwarded-User-Agent").orElse(request.userAgent()) : request.userAgent();
		SessionIssuer.Issued issued = services.sessions()
			.issue(user.path("$id").asString(), provider, providerUid, factors, request.ip(), userAgent);
		Instant expire = AppwriteDates.parse(issued.stored().path("expire").asString()).orElseThrow();
		SessionCookies.set(request, context.callers().cookieName(), issued.value(), expire);
		ObjectNode model = SessionIssuer.toModel(issued.stored(), request.caller(), issued.value());
		model.put("current", true);
		AccountLogs.record(context, request, user, "session.create");
		Events.sessionCreated(context, user.path("$id").asString(), model.path("$id").asString(), model);
		return Response.created(model);
	}

	/**
	 * 401 {@code user_session_already_exists} when a user (not the key) already has an
	 * active session.
	 */
	private static void refuseWhenSignedIn(Caller caller) {
		if (!caller.isKey() && caller.userId() != null) {
			throw new ApiException(ErrorTypes.USER_SESSION_ALREADY_EXISTS, 401,
					"Creation of a session is prohibited when a session is active.");
		}
	}

	/**
	 * The caller's session named in the path ({@code current} allowed), or 404
	 * {@code user_session_not_found}.
	 */
	private static ObjectNode ownSession(ApiRequest request, EmulatorContext context) {
		String sessionId = request.pathParam("sessionId");
		if ("current".equals(sessionId)) {
			sessionId = Optional.ofNullable(request.caller().sessionId()).orElse("");
		}
		String userId = AccountRoutes.userId(request);
		String id = sessionId;
		return context.store()
			.get(AuthCollections.SESSIONS, id)
			.filter((s) -> userId.equals(s.path("userId").asString("")))
			.filter((s) -> AppwriteDates.notExpired(s, context.now()))
			.orElseThrow(() -> ApiException.notFound(ErrorTypes.USER_SESSION_NOT_FOUND,
					"The current user session could not be found."));
	}

}
