package io.github.appwritespring.emulator.internal.users;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.AuthCollections;
import io.github.appwritespring.emulator.internal.auth.SessionIssuer;
import io.github.appwritespring.emulator.internal.auth.TokenIssuer;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.error.ErrorTypes;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.webhooks.Events;

/** The Users service (API key only: scopes {@code users.read} / {@code users.write}). */
public final class UsersRoutes implements RouteModule {

	private static final String READ = "users.read";

	private static final String WRITE = "users.write";

	private static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		AccountServices services = AccountServices.of(context);
		UserDocuments users = services.users();
		UserListing listing = new UserListing(context.store());

		routes.post("/users", WRITE, (request) -> {
			Params params = request.params();
			String id = params.newId("userId");
			String email = params.optionalEmail("email").orElse(null);
			String phone = params.optionalString("phone").filter((p) -> !p.isEmpty()).isPresent()
					? phoneParam(params, "phone") : null;
			String password = params.has("password") ? params.password("password") : null;
			String name = params.optionalText("name", 128).orElse("");
			ObjectNode user = UserDocuments
				.toModel(users.create(id, email, phone, password, name, List.of(), context.now()));
			Events.userCreated(context, id, user);
			return Response.created(user);
		});

		routes.get("/users", READ, (request) -> Response.ok(listing.list(request.params())));

		routes.get("/users/{userId}", READ,
				(request) -> Response.ok(UserDocuments.toModel(users.require(request.pathId("userId")))));

		routes.delete("/users/{userId}", WRITE, (request) -> {
			String userId = request.pathId("userId");
			ObjectNode user = UserDocuments.toModel(users.delete(userId));
			Events.userDeleted(context, userId, user);
			return Response.noContent();
		});

		routes.put("/users/{userId}/labels", WRITE, (request) -> {
			List<String> labels = UserLabels.from(request.params(), "labels");
			return updated(context, "labels", users.update(request.pathId("userId"), context.now(),
					(user) -> user.set("labels", Json.strings(labels))));
		});

		routes.patch("/users/{userId}/status", WRITE, (request) -> {
			boolean status = request.params().bool("status");
			return updated(context, "status",
					users.update(request.pathId("userId"), context.now(), (user) -> user.put("status", status)));
		});

		routes.patch("/users/{userId}/verification", WRITE, (request) -> {
			boolean verified = request.params().bool("emailVerification");
			return updated(context, "verification", users.update(request.pathId("userId"), context.now(),
					(user) -> user.put("emailVerification", verified)));
		});

		routes.patch("/users/{userId}/verification/phone", WRITE, (request) -> {
			boolean verified = request.params().bool("phoneVerification");
			return updated(context, "verification", users.update(request.pathId("userId"), context.now(),
					(user) -> user.put("phoneVerification", verified)));
		});

		routes.patch("/users/{userId}/phone", WRITE, (request) -> {
			String phone = phoneParam(request.params(), "number");
			return updated(context, "phone", users.changePhone(request.pathId("userId"), phone, context.now()));
		});

		routes.patch("/users/{userId}/name", WRITE, (request) -> {
			String name = request.params().text("name", 128);
			return updated(context, "name",
					users.update(request.pathId("userId"), context.now(), (user) -> user.put("name", name)));
		});

		routes.patch("/users/{userId}/email", WRITE, (request) -> {
			String email = request.params().string("email").isEmpty() ? "" : request.params().email("email");
			return updated(context, "email", users.replaceEmail(request.pathId("userId"), email, context.now()));
		});

		routes.patch("/users/{userId}/password", WRITE, (request) -> {
			String password = request.params().password("password");
			return updated(context, "password",
					users.changePassword(request.pathId("userId"), password, context.now()));
		});

		routes.get("/users/{userId}/prefs", READ,
				(request) -> Response.ok(users.require(request.pathId("userId")).path("prefs").deepCopy()));

		routes.patch("/users/{userId}/prefs", WRITE, (request) -> {
			ObjectNode prefs = UserDocuments.prefsParam(request.params());
			String userId = request.pathId("userId");
			users.update(userId, context.now(), (user) -> user.set("prefs", prefs));
			Events.userUpdated(context, userId, "prefs", prefs);
			return Response.ok(prefs);
		});

		routes.get("/users/{userId}/sessions", READ, (request) -> {
			String userId = users.require(request.pathId("userId")).path("$id").asString();
			return Response.ok(services.sessions()
				.listModel(services.sessions().sessionsOf(userId), request.caller(),
						request.params().bool("total", true)));
		});

		routes.post("/users/{userId}/sessions", WRITE, (request) -> {
			ObjectNode user = users.require(request.pathId("userId"));
			SessionIssuer.Issued issued = services.sessions()
				.issue(user.path("$id").asString(), "server", "", List.of("server"), request.ip(),
						request.header("X-Forwarded-User-Agent").orElse(request.userAgent()));
			ObjectNode session = SessionIssuer.toModel(issued.stored(), request.caller(), issued.value());
			Events.sessionCreated(context, user.path("$id").asString(), session.path("$id").asString(), session);
			return Response.created(session);
		});

		routes.delete("/users/{userId}/sessions/{sessionId}", WRITE, (request) -> {
			String userId = users.require(request.pathId("userId")).path("$id").asString();
			String sessionId = request.pathId("sessionId");
			ObjectNode owned = context.store()
				.get(AuthCollections.SESSIONS, sessionId)
				.filter((s) -> userId.equals(s.path("userId").asString("")))
				.orElseThrow(() -> ApiException.notFound(ErrorTypes.USER_SESSION_NOT_FOUND,
						"The current user session could not be found."));
			if (context.store().delete(AuthCollections.SESSIONS, sessionId)) {
				Events.sessionDeleted(context, userId, sessionId, SessionIssuer.toModel(owned, request.caller(), null));
			}
			return Response.noContent();
		});

		routes.delete("/users/{userId}/sessions", WRITE, (request) -> {
			String userId = users.require(request.pathId("userId")).path("$id").asString();
			users.deleteSessions(userId);
			Events.allSessionsDeleted(context, userId, UserDocuments.toModel(users.require(userId)));
			return Response.noContent();
		});

		routes.post("/users/{userId}/tokens", WRITE, (request) -> {
			String userId = users.require(request.pathId("userId")).path("$id").asString();
			Params params = request.params();
			int length = params.optionalLong("length", 4, 128).orElse(6L).intValue();
			long expire = params.optionalLong("expire", 60, 31_536_000).orElse(900L);
			TokenIssuer.Issued token = services.tokens().issue(userId, length, Duration.ofSeconds(expire), "token");
			return Response.created(TokenIssuer.toModel(token, request.caller()));
		});

		routes.post("/users/{userId}/jwts", WRITE, (request) -> {
			String userId = users.require(request.pathId("userId")).path("$id").asString();
			Params params = request.params();
			String sessionId = params.optionalString("sessionId").filter((s) -> !s.isEmpty()).orElse("recent");
			long duration = params.optionalLong("duration", 0, 3600).orElse(900L);
			List<ObjectNode> sessions = services.sessions().sessionsOf(userId);
			String chosen;
			if ("recent".equals(sessionId)) {
				chosen = sessions.isEmpty() ? "" : sessions.get(sessions.size() - 1).path("$id").asString();
			}
			else {
				chosen = sessions.stream()
					.map((s) -> s.path("$id").asString())
					.filter(sessionId::equals)
					.findFirst()
					.orElseThrow(() -> ApiException.notFound(ErrorTypes.USER_SESSION_NOT_FOUND,
							"The current user session could not be found."));
			}
			ObjectNode body = Json.object();
			body.put("jwt", context.jwt().issue(userId, chosen, context.now(), Duration.ofSeconds(duration)));
			return Response.created(body);
		});
	}

	/**
	 * Answers with the User model of an updated user and triggers
	 * {@code users.[userId].update.<attribute>} with it.
	 */
	public static Response updated(EmulatorContext context, String attribute, ObjectNode stored) {
		ObjectNode user = UserDocuments.toModel(stored);
		Events.userUpdated(context, user.path("$id").asString(), attribute, user);
		return Response.ok(user);
	}

	/** An E.164 phone number parameter. */
	public static String phoneParam(Params params, String name) {
		String phone = params.string(name);
		if (!PHONE.matcher(phone).matches()) {
			throw ApiException.invalidParam(name,
					"Phone number must start with a '+' can have a maximum of fifteen digits.");
		}
		return phone;
	}

}
