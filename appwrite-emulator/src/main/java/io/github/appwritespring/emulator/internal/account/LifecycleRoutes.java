package io.github.appwritespring.emulator.internal.account;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.AuthCollections;
import io.github.appwritespring.emulator.internal.auth.Scopes;
import io.github.appwritespring.emulator.internal.auth.SessionSecrets;
import io.github.appwritespring.emulator.internal.auth.TokenIssuer;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.error.ErrorTypes;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.support.Documents;
import io.github.appwritespring.emulator.internal.users.AccountServices;
import io.github.appwritespring.emulator.internal.users.UserDocuments;
import io.github.appwritespring.emulator.internal.users.UsersRoutes;

/**
 * Password recovery, email and phone verification, and the magic-URL, email-OTP and phone
 * tokens, as Appwrite 1.8.1 serves them. Secrets are single use (redeemed atomically) and
 * expire: recovery and verification links and magic URLs after 1 hour, 6-digit codes
 * after 15 minutes. Every message goes to the mailbox.
 */
public final class LifecycleRoutes implements RouteModule {

	static final Duration LINK_LIFETIME = Duration.ofHours(1);

	static final Duration CODE_LIFETIME = Duration.ofMinutes(15);

	static final String RECOVERY = "recovery";

	static final String VERIFICATION = "verification";

	static final String PHONE_VERIFICATION = "phoneVerification";

	private static final List<String> ADJECTIVES = List.of("Brave", "Calm", "Eager", "Gentle", "Happy", "Jolly", "Kind",
			"Lively", "Proud", "Quiet", "Silly", "Witty");

	private static final List<String> NOUNS = List.of("badger", "cactus", "dolphin", "falcon", "giraffe", "lantern",
			"meadow", "otter", "pebble", "rocket", "tulip", "walrus");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		AccountServices services = AccountServices.of(context);
		UserDocuments users = services.users();
		TokenIssuer tokens = services.tokens();
		AccountMail mail = AccountMail.of(context);

		routes.post("/account/recovery", "sessions.write", (request) -> {
			Params params = request.params();
			String email = params.email("email");
			String url = RedirectUrls.required(params, "url", context);
			services.limits().check(request, "url:/account/recovery,email:" + email, 10, Duration.ofHours(1));
			services.limits().check(request, "url:/account/recovery,ip:" + request.ip(), 10, Duration.ofHours(1));
			ObjectNode user = users.findByEmail(email).orElseThrow(UserDocuments::notFound);
			requireActive(user);
			String userId = user.path("$id").asString();
			String secret = SessionSecrets.newSecret(128);
			TokenIssuer.Issued token = tokens.issue(userId, secret, LINK_LIFETIME, RECOVERY, "", "", "");
			mail.recovery(email, user.path("name").asString(""), link(url, token, false, context));
			return Response.created(TokenIssuer.toModel(token, request.caller()));
		});

		routes.put("/account/recovery", "sessions.write", (request) -> {
			Params params = request.params();
			String userId = params.text("userId", 36);
			String secret = params.text("secret", 256);
			String password = params.password("password");
			services.limits().check(request, "url:/account/recovery,userId:" + userId, 10, Duration.ofHours(1));
			users.require(userId);
			ObjectNode token = tokens.redeem(userId, secret, RECOVERY).orElseThrow(LifecycleRoutes::invalidToken);
			users.changePassword(userId, password, context.now());
			users.update(userId, context.now(), (user) -> user.put("emailVerification", true));
			return Response.ok(redeemedModel(token));
		});

		for (String path : List.of("/account/verifications/email", "/account/verification")) {
			routes.post(path, Scopes.ACCOUNT, (request) -> {
				String url = RedirectUrls.required(request.params(), "url", context);
				String userId = AccountRoutes.userId(request);
				services.limits()
					.check(request, "url:/account/verifications/email,userId:" + userId, 10, Duration.ofHours(1));
				ObjectNode user = users.require(userId);
				String email = user.path("email").asString("");
				if (email.isEmpty()) {
					throw new ApiException("user_email_not_found", 400,
							"Email address is not set for the current user.");
				}
				if (user.path("emailVerification").asBoolean(false)) {
					throw ApiException.conflict("user_email_already_verified",
							"The current user's email is already verified.");
				}
				TokenIssuer.Issued token = tokens.issue(userId, SessionSecrets.newSecret(128), LINK_LIFETIME,
						VERIFICATION, "", "", "");
				mail.verification(email, user.path("name").asString(""), link(url, token, false, context));
				return Response.created(TokenIssuer.toModel(token, request.caller()));
			});

			routes.put(path, Scopes.PUBLIC, (request) -> confirmVerification(request, "email", VERIFICATION,
					"emailVerification", context, services));
		}

		for (String path : List.of("/account/verifications/phone", "/account/verification/phone")) {
			routes.post(path, Scopes.ACCOUNT, (request) -> {
				String userId = AccountRoutes.userId(request);
				services.limits()
					.check(request, "url:/account/verifications/phone,userId:" + userId, 10, Duration.ofHours(1));
				ObjectNode user = users.require(userId);
				String phone = user.path("phone").asString("");
				if (phone.isEmpty()) {
					throw new ApiException("user_phone_not_found", 400,
							"Phone number is not set for the current user.");
				}
				if (user.path("phoneVerification").asBoolean(false)) {
					throw ApiException.conflict("user_phone_already_verified",
							"The current user's phone number is already verified.");
				}
				String code = SessionSecrets.newDigits(6);
				TokenIssuer.Issued token = tokens.issue(userId, code, CODE_LIFETIME, PHONE_VERIFICATION, "", "", "");
				mail.sms("verification", phone, code);
				return Response.created(TokenIssuer.toModel(token, request.caller()));
			});

			routes.put(path, Scopes.PUBLIC, (request) -> confirmVerification(request, "phone", PHONE_VERIFICATION,
					"phoneVerification", context, services));
		}

		routes.post("/account/tokens/magic-url", "sessions.write", (request) -> {
			Params params = request.params();
			String requestedId = params.newId("userId");
			String email = params.email("email");
			Optional<String> url = RedirectUrls.optional(params, "url", context);
			boolean phrase = params.bool("phrase", false);
			services.limits().check(request, "url:/account/tokens/magic-url,email:" + email, 60, Duration.ofHours(1));
			services.limits()
				.check(request, "url:/account/tokens/magic-url,ip:" + request.ip(), 60, Duration.ofHours(1));
			ObjectNode user = findOrCreateByEmail(users, requestedId, email, context);
			TokenIssuer.Issued token = tokens.issue(user.path("$id").asString(), SessionSecrets.newSecret(32),
					LINK_LIFETIME, TokenIssuer.SESSION, "magic-url", "email", "email");
			String words = phrase ? phrase() : "";
			String base = context.endpoint().substring(0, context.endpoint().length() - "/v1".length());
			mail.magicUrl(email, link(url.orElse(base + "/console/auth/magic-url"), token, true, context), words);
			return Response.created(withPhrase(TokenIssuer.toModel(token, request.caller()), words));
		});

		routes.post("/account/tokens/email", "sessions.write", (request) -> {
			Params params = request.params();
			String requestedId = params.newId("userId");
			String email = params.email("email");
			boolean phrase = params.bool("phrase", false);
			services.limits().check(request, "url:/account/tokens/email,email:" + email, 10, Duration.ofHours(1));
			services.limits().check(request, "url:/account/tokens/email,ip:" + request.ip(), 10, Duration.ofHours(1));
			ObjectNode user = findOrCreateByEmail(users, requestedId, email, context);
			String code = SessionSecrets.newDigits(6);
			TokenIssuer.Issued token = tokens.issue(user.path("$id").asString(), code, CODE_LIFETIME,
					TokenIssuer.SESSION, "token", "email", "email");
			String words = phrase ? phrase() : "";
			mail.emailOtp(email, code, words);
			return Response.created(withPhrase(TokenIssuer.toModel(token, request.caller()), words));
		});

		routes.get("/users/identities", "users.read",
				(request) -> Response.ok(Identities.list(context, null, request.params())));

		routes.delete("/users/identities/{identityId}", "users.write", (request) -> {
			Identities.delete(context, request.pathId("identityId"), null);
			return Response.noContent();
		});

		routes.post("/account/tokens/phone", "sessions.write", (request) -> {
			Params params = request.params();
			String requestedId = params.newId("userId");
			String phone = UsersRoutes.phoneParam(params, "phone");
			services.limits().check(request, "url:/account/tokens/phone,phone:" + phone, 10, Duration.ofHours(1));
			services.limits().check(request, "url:/account/tokens/phone,ip:" + request.ip(), 10, Duration.ofHours(1));
			ObjectNode user = context.store()
				.findBy(AuthCollections.USERS, "phone", phone)
				.stream()
				.findFirst()
				.orElseGet(() -> users.create(requestedId, null, phone, null, "", List.of(), context.now()));
			String code = SessionSecrets.newDigits(6);
			TokenIssuer.Issued token = tokens.issue(user.path("$id").asString(), code, CODE_LIFETIME,
					TokenIssuer.SESSION, "phone", "phone", "phone");
			mail.sms("login", phone, code);
			return Response.created(TokenIssuer.toModel(token, request.caller()));
		});
	}

	private static ObjectNode findOrCreateByEmail(UserDocuments users, String requestedId, String email,
			EmulatorContext context) {
		return context.store()
			.write(() -> users.findByEmail(email)
				.orElseGet(() -> users.create(requestedId, email, null, null, "", List.of(), context.now())));
	}

	/**
	 * The link of a message: {@code userId}, {@code secret}, {@code expire} (+ project).
	 */
	private static String link(String url, TokenIssuer.Issued token, boolean withProject, EmulatorContext context) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("userId", token.stored().path("userId").asString());
		params.put("secret", token.secret());
		params.put("expire", token.stored().path("expire").asString());
		if (withProject) {
			params.put("project", context.projectId());
		}
		return RedirectUrls.link(url, params);
	}

	/**
	 * Confirms an email or phone verification with its secret: works once, without the
	 * API key, and marks the user's address verified.
	 */
	private static Response confirmVerification(ApiRequest request, String kind, String tokenType, String field,
			EmulatorContext context, AccountServices services) {
		refuseKey(request, context);
		Params params = request.params();
		String userId = params.text("userId", 36);
		String secret = params.text("secret", 256);
		services.limits()
			.check(request, "url:/account/verifications/" + kind + ",userId:" + userId, 10, Duration.ofHours(1));
		services.users().require(userId);
		ObjectNode token = services.tokens()
			.redeem(userId, secret, tokenType)
			.orElseThrow(LifecycleRoutes::invalidToken);
		services.users().update(userId, context.now(), (user) -> user.put(field, true));
		return Response.ok(redeemedModel(token));
	}

	/** A redeemed token as the update routes answer it: no secret. */
	private static ObjectNode redeemedModel(ObjectNode token) {
		ObjectNode model = Documents.publicView(token);
		model.put("secret", "");
		return model;
	}

	private static ObjectNode withPhrase(ObjectNode model, String phrase) {
		model.put("phrase", phrase);
		return model;
	}

	private static String phrase() {
		String adjective = ADJECTIVES.get(Math.floorMod(SessionSecrets.newDigits(4).hashCode(), ADJECTIVES.size()));
		String noun = NOUNS.get(Math.floorMod(SessionSecrets.newDigits(4).hashCode(), NOUNS.size()));
		return adjective + " " + noun;
	}

	static void requireActive(ObjectNode user) {
		if (!user.path("status").asBoolean(true)) {
			throw new ApiException(ErrorTypes.USER_BLOCKED, 401, "The current user has been blocked.");
		}
	}

	/** 401 {@code user_invalid_token}: a wrong, expired or already used secret. */
	static ApiException invalidToken() {
		return new ApiException(ErrorTypes.USER_INVALID_TOKEN, 401, "Invalid token passed in the request.");
	}

	/**
	 * The API key is refused on Appwrite's {@code public} account routes (the ones a
	 * person's browser calls with a secret from a link).
	 */
	static void refuseKey(ApiRequest request, EmulatorContext context) {
		if (request.caller().isKey()) {
			throw new ApiException(ErrorTypes.GENERAL_UNAUTHORIZED_SCOPE, 401,
					"app." + context.projectId() + " (role: applications) missing scopes ([\"public\"])");
		}
	}

}
