package io.github.appwritespring.emulator.internal.teams;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.account.AccountMail;
import io.github.appwritespring.emulator.internal.account.RedirectUrls;
import io.github.appwritespring.emulator.internal.account.SessionCookies;
import io.github.appwritespring.emulator.internal.auth.AuthCollections;
import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.auth.Scopes;
import io.github.appwritespring.emulator.internal.auth.SessionIssuer;
import io.github.appwritespring.emulator.internal.auth.SessionSecrets;
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
import io.github.appwritespring.emulator.internal.users.AccountServices;
import io.github.appwritespring.emulator.internal.users.UserDocuments;
import io.github.appwritespring.emulator.internal.users.UsersRoutes;
import io.github.appwritespring.emulator.internal.webhooks.Events;

/**
 * Teams, their memberships and prefs, and {@code GET /users/{userId}/memberships}. With
 * the API key a new member is confirmed at once; with a session only the team's owners
 * may invite (by user ID, email or phone; an unknown invitee is created), a {@code url}
 * is required and the invitation goes to the mailbox with a link carrying
 * {@code membershipId}, {@code userId}, {@code secret}, {@code teamId} and
 * {@code teamName}. {@code PATCH .../status} with that secret confirms the membership
 * and, without a session on the request, signs the invitee in through the cookies only.
 */
public final class TeamRoutes implements RouteModule {

	static final String TEAMS = "teams";

	/**
	 * Store collection of the hashed secrets of pending invitations, by membership ID.
	 */
	static final String INVITE_SECRETS = "membership_secrets";

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
			Optional<String> phone = params.optionalString("phone").filter((value) -> !value.isEmpty()).isPresent()
					? Optional.of(UsersRoutes.phoneParam(params, "phone")) : Optional.empty();
			String name = params.optionalText("name", 128).orElse("");
			if (userId.isEmpty() && email.isEmpty() && phone.isEmpty()) {
				throw ApiException.invalidParam("email", "Provide an email, userId or phone of the new member");
			}
			Caller caller = request.caller();
			AccountServices.of(context)
				.limits()
				.check(request, "url:/teams/{teamId}/memberships,ip:" + request.ip(), 10, Duration.ofHours(1));
			// a session caller sends an invitation: Appwrite requires url and mail; the
			// key
			// ignores url and confirms at once
			String url = caller.isKey() ? "" : RedirectUrls.required(params, "url", context);
			String secret = SessionSecrets.newSecret(128);
			ObjectNode[] invitedUser = new ObjectNode[1];
			ObjectNode result = context.store().write(() -> {
				ObjectNode team = caller.isKey() ? team(context, request) : ownedTeam(context, request);
				ObjectNode user = findOrCreateInvitee(context, userId, email, phone, name);
				invitedUser[0] = user;
				Optional<ObjectNode> existing = membership(context, team, user.path("$id").asString());
				ObjectNode membership;
				if (existing.isEmpty()) {
					membership = addMember(context, team, user, roles, caller.isKey());
				}
				else {
					// as Appwrite: a pending invitation is sent again (and confirmed by
					// the
					// key), a confirmed member is refused
					membership = existing.get();
					if (membership.path("confirm").asBoolean()) {
						throw ApiException.conflict("membership_already_confirmed", "Membership is already confirmed.");
					}
					String now = AppwriteDates.format(context.now());
					membership.put("invited", now);
					membership.put("$updatedAt", now);
					membership.set("roles", Json.strings(roles));
					if (caller.isKey()) {
						membership.put("joined", now);
						membership.put("confirm", true);
					}
					context.store().put(AuthCollections.MEMBERSHIPS, membership.path("$id").asString(), membership);
				}
				if (!caller.isKey()) {
					ObjectNode stored = Json.object();
					stored.put("$id", membership.path("$id").asString());
					stored.put(AuthCollections.SECRET_HASH, SessionSecrets.hash(secret));
					context.store().put(INVITE_SECRETS, membership.path("$id").asString(), stored);
				}
				return membership;
			});
			if (!caller.isKey()) {
				sendInvitation(context, request, invitedUser[0], result, url, secret);
			}
			Events.membership(context, result.path("teamId").asString(), result.path("$id").asString(), "create",
					result);
			return Response.created(result);
		});

		routes.patch("/teams/{teamId}/memberships/{membershipId}/status", Scopes.PUBLIC, (request) -> {
			Caller caller = request.caller();
			if (caller.isKey()) {
				throw new ApiException("general_unauthorized_scope", 401,
						"app." + context.projectId() + " (role: applications) missing scopes ([\"public\"])");
			}
			Params params = request.params();
			String userId = params.text("userId", 36);
			String secret = params.text("secret", 256);
			String teamId = request.pathId("teamId");
			String membershipId = request.pathId("membershipId");
			ObjectNode membership = context.store().write(() -> {
				ObjectNode team = context.store()
					.get(TEAMS, teamId)
					.orElseThrow(() -> ApiException.notFound("team_not_found",
							"Team with the requested ID could not be found."));
				ObjectNode found = context.store()
					.get(AuthCollections.MEMBERSHIPS, membershipId)
					.orElseThrow(TeamRoutes::membershipNotFound);
				if (!found.path("teamId").asString().equals(team.path("$id").asString())) {
					throw ApiException.notFound("team_membership_mismatch",
							"The membership ID does not belong to the team ID.");
				}
				String hash = context.store()
					.get(INVITE_SECRETS, membershipId)
					.map((s) -> s.path(AuthCollections.SECRET_HASH).asString(""))
					.orElse("");
				if (hash.isEmpty() || !SessionSecrets.constantTimeEquals(hash, SessionSecrets.hash(secret))) {
					if (found.path("confirm").asBoolean()) {
						throw ApiException.conflict("membership_already_confirmed", "Membership is already confirmed.");
					}
					throw new ApiException("team_invalid_secret", 401, "The team invitation secret is invalid.");
				}
				String memberId = found.path("userId").asString();
				if (!userId.equals(memberId) || (caller.userId() != null && !memberId.equals(caller.userId()))) {
					throw new ApiException("team_invite_mismatch", 401,
							"The invite does not belong to the current user.");
				}
				if (found.path("confirm").asBoolean()) {
					throw ApiException.conflict("membership_already_confirmed", "Membership is already confirmed.");
				}
				String now = AppwriteDates.format(context.now());
				found.put("confirm", true);
				found.put("joined", now);
				found.put("$updatedAt", now);
				context.store().put(AuthCollections.MEMBERSHIPS, membershipId, found);
				context.store().delete(INVITE_SECRETS, membershipId);
				AccountServices.of(context)
					.users()
					.update(memberId, context.now(), (u) -> u.put("emailVerification", true));
				return found;
			});
			if (caller.userId() == null) {
				// as Appwrite: a session for the invitee, handed over in the cookies only
				ObjectNode user = AccountServices.of(context).users().require(userId);
				SessionIssuer.Issued issued = AccountServices.of(context)
					.sessions()
					.issue(userId, "email", user.path("email").asString(""), List.of("email"), request.ip(),
							request.userAgent());
				SessionCookies.set(request, context.callers().cookieName(), issued.value(),
						AppwriteDates.parse(issued.stored().path("expire").asString()).orElseThrow());
			}
			Events.membership(context, teamId, membershipId, "update.status", membership, userId);
			return Response.ok(membership);
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
			ObjectNode updated = context.store().write(() -> {
				ObjectNode team = request.caller().isKey() ? team(context, request) : ownedTeam(context, request);
				ObjectNode membership = membershipOf(context, team, request);
				membership.set("roles", Json.strings(roles));
				membership.put("$updatedAt", AppwriteDates.format(context.now()));
				context.store().put(AuthCollections.MEMBERSHIPS, membership.path("$id").asString(), membership);
				return membership;
			});
			Events.membership(context, updated.path("teamId").asString(), updated.path("$id").asString(), "update",
					updated);
			return Response.ok(updated);
		});

		routes.delete("/teams/{teamId}/memberships/{membershipId}", "teams.write", (request) -> {
			ObjectNode deleted = context.store().write(() -> {
				ObjectNode team = team(context, request);
				ObjectNode membership = membershipOf(context, team, request);
				Caller caller = request.caller();
				boolean self = membership.path("userId").asString().equals(caller.userId());
				if (!caller.isKey() && !self && !isOwner(context, team, caller)) {
					throw ApiException.unauthorized("Only the team's owners may remove other members.");
				}
				context.store().delete(AuthCollections.MEMBERSHIPS, membership.path("$id").asString());
				return membership;
			});
			Events.membership(context, deleted.path("teamId").asString(), deleted.path("$id").asString(), "delete",
					deleted);
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

	private static ObjectNode findOrCreateInvitee(EmulatorContext context, Optional<String> userId,
			Optional<String> email, Optional<String> phone, String name) {
		if (userId.isPresent()) {
			return context.store()
				.get(AuthCollections.USERS, userId.get())
				.orElseThrow(() -> ApiException.notFound("user_not_found",
						"User with the requested ID could not be found."));
		}
		UserDocuments users = AccountServices.of(context).users();
		if (email.isPresent()) {
			return users.findByEmail(email.get())
				.orElseGet(() -> users.create(Ids.unique(), email.get(), null, null, name, List.of(), context.now()));
		}
		String number = phone.orElseThrow();
		return context.store()
			.findBy(AuthCollections.USERS, "phone", number)
			.stream()
			.findFirst()
			.orElseGet(() -> users.create(Ids.unique(), null, number, null, name, List.of(), context.now()));
	}

	private static void sendInvitation(EmulatorContext context, ApiRequest request, ObjectNode user,
			ObjectNode membership, String url, String secret) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("membershipId", membership.path("$id").asString());
		query.put("userId", user.path("$id").asString());
		query.put("secret", secret);
		query.put("teamId", membership.path("teamId").asString());
		query.put("teamName", membership.path("teamName").asString());
		String link = RedirectUrls.link(url, query);
		String inviter = request.caller().user().map((u) -> u.path("name").asString("")).orElse("");
		String email = user.path("email").asString("");
		if (!email.isEmpty()) {
			AccountMail.of(context).invitation(email, inviter, membership.path("teamName").asString(), link);
		}
		else {
			AccountMail.of(context)
				.smsInvitation(user.path("phone").asString(), membership.path("teamName").asString(), link);
		}
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
