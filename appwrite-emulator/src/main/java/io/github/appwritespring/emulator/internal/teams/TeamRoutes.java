package io.github.appwritespring.emulator.internal.teams;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.AuthCollections;
import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * Teams, their memberships and prefs, and {@code GET /users/{userId}/memberships}. With
 * the API key a new member is confirmed at once; with a session only the team's owners
 * may add members, and those memberships stay unconfirmed (this emulator sends no
 * invitation mail and has no acceptance route yet).
 */
public final class TeamRoutes implements RouteModule {

	static final String TEAMS = "teams";

	private static final Set<String> TEAM_ATTRIBUTES = Set.of("name", "total");

	private static final Set<String> MEMBERSHIP_ATTRIBUTES = Set.of("userId", "teamId", "userName", "userEmail",
			"confirm", "roles");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		context.store().index(AuthCollections.MEMBERSHIPS, "teamId");

		routes.post("/teams", "teams.write", (request) -> {
			Params params = request.params();
			String id = params.newId("teamId");
			String name = params.text("name", 128);
			List<String> roles = params.optionalStrings("roles", 100, 32).orElse(List.of("owner"));
			Caller caller = request.caller();
			String now = AppwriteDates.format(context.now());
			ObjectNode team = Json.object();
			team.put("$id", id);
			team.put("$createdAt", now);
			team.put("$updatedAt", now);
			team.put("name", name);
			team.putObject("prefs");
			return Response.created(context.store().write(() -> {
				if (context.store().exists(TEAMS, id)) {
					throw ApiException.conflict("team_already_exists", "Team with requested ID already exists.");
				}
				context.store().put(TEAMS, id, team);
				caller.user().ifPresent((user) -> addMember(context, team, user, roles, true));
				return model(context, team);
			}));
		});

		routes.get("/teams", "teams.read", (request) -> {
			Caller caller = request.caller();
			List<ObjectNode> teams = context.store()
				.list(TEAMS)
				.stream()
				.filter((team) -> caller.isKey() || membership(context, team, caller.userId()).isPresent())
				.map((team) -> model(context, team))
				.toList();
			return Response.ok(Listing.of("teams", teams, request.params(), TEAM_ATTRIBUTES));
		});

		routes.get("/teams/{teamId}", "teams.read",
				(request) -> Response.ok(model(context, visibleTeam(context, request))));

		routes.put("/teams/{teamId}", "teams.write", (request) -> {
			String name = request.params().text("name", 128);
			return Response.ok(context.store().write(() -> {
				ObjectNode team = ownedTeam(context, request);
				team.put("name", name);
				team.put("$updatedAt", AppwriteDates.format(context.now()));
				context.store().put(TEAMS, team.path("$id").asString(), team);
				return model(context, team);
			}));
		});

		routes.delete("/teams/{teamId}", "teams.write", (request) -> {
			context.store().write(() -> {
				ObjectNode team = ownedTeam(context, request);
				String teamId = team.path("$id").asString();
				for (ObjectNode membership : context.store().findBy(AuthCollections.MEMBERSHIPS, "teamId", teamId)) {
					context.store().delete(AuthCollections.MEMBERSHIPS, membership.path("$id").asString());
				}
				context.store().delete(TEAMS, teamId);
			});
			return Response.noContent();
		});

		routes.get("/teams/{teamId}/prefs", "teams.read",
				(request) -> Response.ok(visibleTeam(context, request).path("prefs").deepCopy()));

		routes.put("/teams/{teamId}/prefs", "teams.write", (request) -> {
			ObjectNode prefs = request.params().object("prefs");
			return Response.ok(context.store().write(() -> {
				ObjectNode team = visibleTeam(context, request);
				team.set("prefs", prefs);
				context.store().put(TEAMS, team.path("$id").asString(), team);
				return prefs;
			}));
		});

		routes.post("/teams/{teamId}/memberships", "teams.write", (request) -> {
			Params params = request.params();
			List<String> roles = params.strings("roles", 100, 32);
			Optional<String> userId = params.optionalString("userId").filter((value) -> !value.isEmpty());
			Optional<String> email = params.optionalEmail("email");
			if (userId.isEmpty() && email.isEmpty()) {
				throw ApiException.invalidParam("email", "Provide an email, userId or phone of the new member");
			}
			return Response.created(context.store().write(() -> {
				ObjectNode team = request.caller().isKey() ? team(context, request) : ownedTeam(context, request);
				ObjectNode user = userId
					.map((id) -> context.store()
						.get(AuthCollections.USERS, id)
						.orElseThrow(() -> ApiException.notFound("user_not_found",
								"User with the requested ID could not be found.")))
					.orElseGet(() -> context.store()
						.findBy(AuthCollections.USERS, "email", email.get().toLowerCase(java.util.Locale.ROOT))
						.stream()
						.findFirst()
						.orElseThrow(() -> ApiException.notFound("user_not_found",
								"No user with this email: this emulator adds existing users only")));
				Optional<ObjectNode> existing = membership(context, team, user.path("$id").asString());
				if (existing.isEmpty()) {
					return addMember(context, team, user, roles, request.caller().isKey());
				}
				// as Appwrite: a pending invitation is sent again (and confirmed by the
				// key), a
				// confirmed member is refused
				ObjectNode invited = existing.get();
				if (invited.path("confirm").asBoolean()) {
					throw ApiException.conflict("membership_already_confirmed", "Membership is already confirmed.");
				}
				String now = AppwriteDates.format(context.now());
				invited.put("invited", now);
				invited.put("$updatedAt", now);
				if (request.caller().isKey()) {
					invited.put("joined", now);
					invited.put("confirm", true);
				}
				context.store().put(AuthCollections.MEMBERSHIPS, invited.path("$id").asString(), invited);
				return invited;
			}));
		});

		routes.get("/teams/{teamId}/memberships", "teams.read", (request) -> {
			ObjectNode team = visibleTeam(context, request);
			return Response.ok(Listing.of("memberships",
					context.store().findBy(AuthCollections.MEMBERSHIPS, "teamId", team.path("$id").asString()),
					request.params(), MEMBERSHIP_ATTRIBUTES));
		});

		routes.get("/teams/{teamId}/memberships/{membershipId}", "teams.read", (request) -> {
			ObjectNode team = visibleTeam(context, request);
			return Response.ok(membershipOf(context, team, request));
		});

		routes.patch("/teams/{teamId}/memberships/{membershipId}", "teams.write", (request) -> {
			List<String> roles = request.params().strings("roles", 100, 32);
			return Response.ok(context.store().write(() -> {
				ObjectNode team = request.caller().isKey() ? team(context, request) : ownedTeam(context, request);
				ObjectNode membership = membershipOf(context, team, request);
				membership.set("roles", Json.strings(roles));
				membership.put("$updatedAt", AppwriteDates.format(context.now()));
				context.store().put(AuthCollections.MEMBERSHIPS, membership.path("$id").asString(), membership);
				return membership;
			}));
		});

		routes.delete("/teams/{teamId}/memberships/{membershipId}", "teams.write", (request) -> {
			context.store().write(() -> {
				ObjectNode team = team(context, request);
				ObjectNode membership = membershipOf(context, team, request);
				Caller caller = request.caller();
				boolean self = membership.path("userId").asString().equals(caller.userId());
				if (!caller.isKey() && !self && !isOwner(context, team, caller)) {
					throw ApiException.unauthorized("Only the team's owners may remove other members.");
				}
				context.store().delete(AuthCollections.MEMBERSHIPS, membership.path("$id").asString());
			});
			return Response.noContent();
		});

		routes.get("/users/{userId}/memberships", "users.read", (request) -> {
			String userId = request.pathId("userId");
			context.store()
				.get(AuthCollections.USERS, userId)
				.orElseThrow(() -> ApiException.notFound("user_not_found",
						"User with the requested ID could not be found."));
			return Response
				.ok(Listing.of("memberships", context.store().findBy(AuthCollections.MEMBERSHIPS, "userId", userId),
						request.params(), MEMBERSHIP_ATTRIBUTES));
		});
	}

	private static ObjectNode addMember(EmulatorContext context, ObjectNode team, JsonNode user, List<String> roles,
			boolean confirm) {
		String now = AppwriteDates.format(context.now());
		ObjectNode membership = Json.object();
		membership.put("$id", Ids.unique());
		membership.put("$createdAt", now);
		membership.put("$updatedAt", now);
		membership.put("userId", user.path("$id").asString());
		membership.put("userName", user.path("name").asString(""));
		membership.put("userEmail", user.path("email").asString(""));
		membership.put("teamId", team.path("$id").asString());
		membership.put("teamName", team.path("name").asString());
		membership.put("invited", now);
		membership.put("joined", confirm ? now : "");
		membership.put("confirm", confirm);
		membership.put("mfa", false);
		membership.set("roles", Json.strings(roles));
		context.store().put(AuthCollections.MEMBERSHIPS, membership.path("$id").asString(), membership);
		return membership;
	}

	/**
	 * The team as Appwrite answers it; {@code total} is counted from the confirmed
	 * memberships, so it stays true whoever removes a membership (a deleted user's go
	 * with the user).
	 */
	private static ObjectNode model(EmulatorContext context, ObjectNode team) {
		ObjectNode model = team.deepCopy();
		model.put("total",
				context.store()
					.findBy(AuthCollections.MEMBERSHIPS, "teamId", team.path("$id").asString())
					.stream()
					.filter((membership) -> membership.path("confirm").asBoolean())
					.count());
		return model;
	}

	private static ObjectNode team(EmulatorContext context, ApiRequest request) {
		return context.store()
			.get(TEAMS, request.pathId("teamId"))
			.orElseThrow(
					() -> ApiException.notFound("team_not_found", "Team with the requested ID could not be found."));
	}

	private static ObjectNode visibleTeam(EmulatorContext context, ApiRequest request) {
		ObjectNode team = team(context, request);
		Caller caller = request.caller();
		if (!caller.isKey() && membership(context, team, caller.userId()).isEmpty()) {
			throw ApiException.notFound("team_not_found", "Team with the requested ID could not be found.");
		}
		return team;
	}

	private static ObjectNode ownedTeam(EmulatorContext context, ApiRequest request) {
		ObjectNode team = visibleTeam(context, request);
		if (!request.caller().isKey() && !isOwner(context, team, request.caller())) {
			throw ApiException.unauthorized("Only the team's owners may do this.");
		}
		return team;
	}

	private static boolean isOwner(EmulatorContext context, ObjectNode team, Caller caller) {
		return membership(context, team, caller.userId()).filter((membership) -> membership.path("confirm").asBoolean())
			.map((membership) -> {
				for (JsonNode role : membership.path("roles")) {
					if (role.asString().equals("owner")) {
						return true;
					}
				}
				return false;
			})
			.orElse(false);
	}

	private static Optional<ObjectNode> membership(EmulatorContext context, ObjectNode team, @Nullable String userId) {
		if (userId == null) {
			return Optional.empty();
		}
		return context.store()
			.findBy(AuthCollections.MEMBERSHIPS, "userId", userId)
			.stream()
			.filter((membership) -> membership.path("teamId").asString().equals(team.path("$id").asString()))
			.findFirst();
	}

	private static ObjectNode membershipOf(EmulatorContext context, ObjectNode team, ApiRequest request) {
		ObjectNode membership = context.store()
			.get(AuthCollections.MEMBERSHIPS, request.pathId("membershipId"))
			.orElseThrow(TeamRoutes::membershipNotFound);
		if (!membership.path("teamId").asString().equals(team.path("$id").asString())) {
			throw membershipNotFound();
		}
		return membership;
	}

	private static ApiException membershipNotFound() {
		return ApiException.notFound("membership_not_found", "Membership with the requested ID could not be found.");
	}

}
