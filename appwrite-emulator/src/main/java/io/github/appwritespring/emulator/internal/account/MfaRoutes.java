package io.github.appwritespring.emulator.internal.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.AuthCollections;
import io.github.appwritespring.emulator.internal.auth.MfaState;
import io.github.appwritespring.emulator.internal.auth.Scopes;
import io.github.appwritespring.emulator.internal.auth.SessionIssuer;
import io.github.appwritespring.emulator.internal.auth.SessionSecrets;
import io.github.appwritespring.emulator.internal.auth.Totp;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.RouteHandler;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Documents;
import io.github.appwritespring.emulator.internal.support.Ids;
import io.github.appwritespring.emulator.internal.users.AccountServices;
import io.github.appwritespring.emulator.internal.users.UserDocuments;
import io.github.appwritespring.emulator.internal.users.UsersRoutes;
import io.github.appwritespring.emulator.internal.webhooks.Events;

/**
 * MFA as Appwrite 1.8.1 serves it: the account routes (toggle, factors, TOTP
 * authenticator, challenges, recovery codes) and their Users API administration. A
 * session MFA still limits may only list factors, create and complete challenges and
 * delete sessions; reading or regenerating recovery codes and deleting the authenticator
 * need a challenge completed in the last 30 minutes (401
 * {@code user_challenge_required}).
 */
public final class MfaRoutes implements RouteModule {

	/** Store collection of pending challenges. */
	static final String CHALLENGES = "mfa_challenges";

	/** How recent a completed challenge must be for the protected routes. */
	static final Duration PROTECTION = Duration.ofSeconds(1800);

	static final Duration CHALLENGE_LIFETIME = Duration.ofHours(1);

	private static final Set<String> FACTORS = Set.of("email", "phone", "totp", "recoverycode");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		AccountServices services = AccountServices.of(context);
		UserDocuments users = services.users();
		AccountMail mail = AccountMail.of(context);

		routes.patch("/account/mfa", Scopes.ACCOUNT, (request) -> {
			boolean mfa = request.params().bool("mfa");
			String userId = AccountRoutes.userId(request);
			ObjectNode user = users.update(userId, context.now(), (u) -> u.put("mfa", mfa));
			if (mfa) {
				updateSession(context, request,
						(session) -> MfaState.addFactors(session, MfaState.verifiedFactors(user)));
			}
			return UsersRoutes.updated(context, "mfa", user);
		});

		routes
			.get("/account/mfa/factors", Scopes.ACCOUNT,
					(request) -> Response.ok(factors(AccountRoutes.currentUser(request, users))))
			.allowLimitedSession();

		routes.post("/account/mfa/authenticators/{type}", Scopes.ACCOUNT, (request) -> {
			requireTotpType(request);
			String secret = Totp.newSecret();
			ObjectNode user = context.store().write(() -> {
				ObjectNode current = AccountRoutes.currentUser(request, users);
				if (MfaState.hasVerifiedTotp(current)) {
					throw ApiException.conflict("user_authenticator_already_verified",
							"The authenticator is already verified.");
				}
				return users.update(current.path("$id").asString(), context.now(), (u) -> {
					ObjectNode totp = u.putObject(MfaState.TOTP);
					totp.put("secret", secret);
					totp.put("verified", false);
				});
			});
			String issuer = context.projectId();
			String label = issuer + ":" + user.path("email").asString("");
			ObjectNode body = Json.object();
			body.put("secret", secret);
			body.put("uri", "otpauth://totp/" + encode(label) + "?issuer=" + encode(issuer) + "&secret=" + secret);
			Events.userUpdated(context, user.path("$id").asString(), "mfa", body);
			return Response.ok(body);
		});

		routes.put("/account/mfa/authenticators/{type}", Scopes.ACCOUNT, (request) -> {
			requireTotpType(request);
			String otp = request.params().text("otp", 256);
			ObjectNode user = context.store().write(() -> {
				ObjectNode current = AccountRoutes.currentUser(request, users);
				JsonNode totp = current.path(MfaState.TOTP);
				if (totp.isMissingNode() || totp.isNull()) {
					throw authenticatorNotFound();
				}
				if (totp.path("verified").asBoolean(false)) {
					throw ApiException.conflict("user_authenticator_already_verified",
							"The authenticator is already verified.");
				}
				if (!Totp.verify(totp.path("secret").asString(""), otp, context.now())) {
					throw LifecycleRoutes.invalidToken();
				}
				return users.update(current.path("$id").asString(), context.now(),
						(u) -> ((ObjectNode) u.path(MfaState.TOTP)).put("verified", true));
			});
			updateSession(context, request, (session) -> MfaState.addFactors(session, Set.of("totp")));
			return UsersRoutes.updated(context, "mfa", user);
		});

		routes.delete("/account/mfa/authenticators/{type}", Scopes.ACCOUNT, (request) -> {
			requireTotpType(request);
			requireRecentChallenge(context, request);
			deleteAuthenticator(context, users, AccountRoutes.userId(request));
			return Response.noContent();
		});

		for (String path : List.of("/account/mfa/challenges", "/account/mfa/challenge")) {
			routes.post(path, Scopes.ACCOUNT, createChallenge(context, services, mail)).allowLimitedSession();
			routes.put(path, Scopes.ACCOUNT, completeChallenge(context, services)).allowLimitedSession();
		}

		routes.post("/account/mfa/recovery-codes", Scopes.ACCOUNT,
				(request) -> Response.created(createCodes(context, users, AccountRoutes.userId(request))));

		routes.get("/account/mfa/recovery-codes", Scopes.ACCOUNT, (request) -> {
			requireRecentChallenge(context, request);
			return Response.ok(existingCodes(AccountRoutes.currentUser(request, users)));
		});

		routes.patch("/account/mfa/recovery-codes", Scopes.ACCOUNT, (request) -> {
			requireRecentChallenge(context, request);
			return Response.ok(regenerateCodes(context, users, AccountRoutes.userId(request)));
		});

		// the Users API (key): PATCH creates recovery codes, PUT regenerates them
		routes.patch("/users/{userId}/mfa", "users.write", (request) -> {
			boolean mfa = request.params().bool("mfa");
			return UsersRoutes.updated(context, "mfa",
					users.update(request.pathId("userId"), context.now(), (u) -> u.put("mfa", mfa)));
		});
		routes.get("/users/{userId}/mfa/factors", "users.read",
				(request) -> Response.ok(factors(users.require(request.pathId("userId")))));
		routes.delete("/users/{userId}/mfa/authenticators/{type}", "users.write", (request) -> {
			requireTotpType(request);
			deleteAuthenticator(context, users, request.pathId("userId"));
			return Response.noContent();
		});
		routes.get("/users/{userId}/mfa/recovery-codes", "users.read",
				(request) -> Response.ok(existingCodes(users.require(request.pathId("userId")))));
		routes.patch("/users/{userId}/mfa/recovery-codes", "users.write",
				(request) -> Response.created(createCodes(context, users, request.pathId("userId"))));
		routes.put("/users/{userId}/mfa/recovery-codes", "users.write",
				(request) -> Response.ok(regenerateCodes(context, users, request.pathId("userId"))));
	}

	private static RouteHandler createChallenge(EmulatorContext context, AccountServices services, AccountMail mail) {
		return (request) -> {
			String factor = request.params().string("factor");
			if (!FACTORS.contains(factor)) {
				throw ApiException.invalidParam("factor", "Value must be one of (email, phone, totp, recoverycode)");
			}
			String userId = AccountRoutes.userId(request);
			services.limits().check(request, "url:/account/mfa/challenges,userId:" + userId, 10, Duration.ofHours(1));
			ObjectNode user = services.users().require(userId);
			String code = SessionSecrets.newDigits(6);
			if (factor.equals("email") && user.path("email").asString("").isEmpty()) {
				throw new ApiException("user_email_not_found", 400, "Email address is not set for the current user.");
			}
			Instant now = context.now();
			ObjectNode challenge = Json.object();
			String id = Ids.unique();
			challenge.put("$id", id);
			challenge.put("$createdAt", AppwriteDates.format(now));
			challenge.put("userId", userId);
			challenge.put("expire", AppwriteDates.format(now.plus(CHALLENGE_LIFETIME)));
			challenge.put("_type", factor);
			challenge.put(AuthCollections.SECRET_HASH, SessionSecrets.hash(code));
			switch (factor) {
				case "email" -> {
					String email = user.path("email").asString("");
					if (!user.path("emailVerification").asBoolean(false)) {
						throw new ApiException("user_email_not_verified", 400,
								"Email address of the current user is not verified.");
					}
					mail.mfaEmail(email, user.path("name").asString(""), code);
				}
				case "phone" -> {
					String phone = user.path("phone").asString("");
					if (phone.isEmpty()) {
						throw new ApiException("user_phone_not_found", 400,
								"Phone number is not set for the current user.");
					}
					if (!user.path("phoneVerification").asBoolean(false)) {
						throw new ApiException("user_phone_not_verified", 400,
								"Phone number of the current user is not verified.");
					}
					mail.sms("mfaChallenge", phone, code);
				}
				default -> {
					// totp and recovery codes send nothing
				}
			}
			context.store().put(CHALLENGES, id, challenge);
			return Response.created(Documents.publicView(challenge));
		};
	}

	private static RouteHandler completeChallenge(EmulatorContext context, AccountServices services) {
		return (request) -> {
			String challengeId = request.params().text("challengeId", 36);
			String otp = request.params().text("otp", 256);
			services.limits()
				.check(request, "url:/account/mfa/challenges,challengeId:" + challengeId, 10, Duration.ofHours(1));
			String userId = AccountRoutes.userId(request);
			String factor = context.store().write(() -> {
				ObjectNode challenge = context.store()
					.get(CHALLENGES, challengeId)
					.filter((c) -> userId.equals(c.path("userId").asString("")))
					.orElseThrow(LifecycleRoutes::invalidToken);
				String type = challenge.path("_type").asString("");
				ObjectNode user = services.users().require(userId);
				boolean valid = switch (type) {
					case "totp" -> MfaState.hasVerifiedTotp(user)
							&& Totp.verify(user.path(MfaState.TOTP).path("secret").asString(""), otp, context.now());
					case "recoverycode" -> useRecoveryCode(context, services.users(), user, otp);
					default -> SessionSecrets.constantTimeEquals(SessionSecrets.hash(otp),
							challenge.path(AuthCollections.SECRET_HASH).asString(""));
				};
				if (!valid) {
					throw LifecycleRoutes.invalidToken();
				}
				context.store().delete(CHALLENGES, challengeId);
				return type.equals("recoverycode") ? "recoveryCode" : type;
			});
			ObjectNode session = updateSession(context, request, (s) -> {
				MfaState.addFactors(s, Set.of(factor));
				s.put("mfaUpdatedAt", AppwriteDates.format(context.now()));
			});
			ObjectNode model = SessionIssuer.toModel(session, request.caller(), null);
			// Appwrite 1.8.1 names this route's event
			// users.[userId].sessions.[sessionId].create
			Events.sessionCreated(context, userId, model.path("$id").asString(), model);
			return Response.ok(model);
		};
	}

	private static boolean useRecoveryCode(EmulatorContext context, UserDocuments users, ObjectNode user, String code) {
		List<String> codes = new ArrayList<>();
		user.path(MfaState.RECOVERY_CODES).forEach((c) -> codes.add(c.asString("")));
		if (!codes.remove(code)) {
			return false;
		}
		users.update(user.path("$id").asString(), context.now(),
				(u) -> u.set(MfaState.RECOVERY_CODES, Json.strings(codes)));
		return true;
	}

	/** Changes the caller's session (if any) atomically and returns it as stored. */
	private static ObjectNode updateSession(EmulatorContext context, ApiRequest request, Consumer<ObjectNode> change) {
		String sessionId = request.caller().sessionId();
		if (sessionId == null) {
			throw ApiException.notFound("user_session_not_found", "The current user session could not be found.");
		}
		return context.store().write(() -> {
			ObjectNode session = context.store()
				.get(AuthCollections.SESSIONS, sessionId)
				.orElseThrow(() -> ApiException.notFound("user_session_not_found",
						"The current user session could not be found."));
			change.accept(session);
			session.put("$updatedAt", AppwriteDates.format(context.now()));
			context.store().put(AuthCollections.SESSIONS, sessionId, session);
			return session;
		});
	}

	private static void requireRecentChallenge(EmulatorContext context, ApiRequest request) {
		String updated = request.caller().session().map((s) -> s.path("mfaUpdatedAt").asString("")).orElse("");
		boolean recent = AppwriteDates.parse(updated)
			.map((at) -> !at.plus(PROTECTION).isBefore(context.now()))
			.orElse(false);
		if (!recent) {
			throw new ApiException("user_challenge_required", 401,
					"A recently successful challenge is required to complete this action. A challenge is considered recent for 30 minutes.");
		}
	}

	private static void requireTotpType(ApiRequest request) {
		if (!"totp".equals(request.pathParam("type"))) {
			throw ApiException.invalidParam("type", "Value must be one of (totp)");
		}
	}

	private static void deleteAuthenticator(EmulatorContext context, UserDocuments users, String userId) {
		ObjectNode updated = context.store().write(() -> {
			ObjectNode user = users.require(userId);
			if (user.path(MfaState.TOTP).isMissingNode()) {
				throw authenticatorNotFound();
			}
			return users.update(userId, context.now(), (u) -> u.remove(MfaState.TOTP));
		});
		Events.authenticatorDeleted(context, userId, UserDocuments.toModel(updated));
	}

	private static ApiException authenticatorNotFound() {
		return ApiException.notFound("user_authenticator_not_found",
				"Authenticator could not be found on the current user.");
	}

	private static ObjectNode factors(ObjectNode user) {
		ObjectNode body = Json.object();
		body.put("totp", MfaState.hasVerifiedTotp(user));
		body.put("phone", user.path("phoneVerification").asBoolean(false));
		body.put("email", user.path("emailVerification").asBoolean(false));
		body.put("recoveryCode", MfaState.hasRecoveryCodes(user));
		return body;
	}

	private static ObjectNode createCodes(EmulatorContext context, UserDocuments users, String userId) {
		return codesUpdated(context, userId, context.store().write(() -> {
			if (MfaState.hasRecoveryCodes(users.require(userId))) {
				throw ApiException.conflict("user_recovery_codes_already_exists",
						"The current user already generated recovery codes and they can only be read once for security reasons.");
			}
			return storeNewCodes(context, users, userId);
		}));
	}

	/**
	 * Triggers {@code users.[userId].update.mfa} with the new recovery codes (Appwrite's
	 * payload: a secret, never logged) and returns them.
	 */
	private static ObjectNode codesUpdated(EmulatorContext context, String userId, ObjectNode codes) {
		Events.userUpdated(context, userId, "mfa", codes);
		return codes;
	}

	private static ObjectNode regenerateCodes(EmulatorContext context, UserDocuments users, String userId) {
		return codesUpdated(context, userId, context.store().write(() -> {
			existingCodes(users.require(userId));
			return storeNewCodes(context, users, userId);
		}));
	}

	private static ObjectNode storeNewCodes(EmulatorContext context, UserDocuments users, String userId) {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			codes.add(SessionSecrets.newSecret(5));
		}
		ObjectNode user = users.update(userId, context.now(),
				(u) -> u.set(MfaState.RECOVERY_CODES, Json.strings(codes)));
		return existingCodes(user);
	}

	private static ObjectNode existingCodes(ObjectNode user) {
		if (!MfaState.hasRecoveryCodes(user)) {
			throw ApiException.notFound("user_recovery_codes_not_found",
					"The current user does not have recovery codes. Create them first.");
		}
		ObjectNode body = Json.object();
		ArrayNode codes = body.putArray("recoveryCodes");
		user.path(MfaState.RECOVERY_CODES).forEach(codes::add);
		return body;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
