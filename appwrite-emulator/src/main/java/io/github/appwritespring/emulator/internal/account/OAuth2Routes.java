package io.github.appwritespring.emulator.internal.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Scopes;
import io.github.appwritespring.emulator.internal.auth.SessionSecrets;
import io.github.appwritespring.emulator.internal.auth.TokenIssuer;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.error.ErrorTypes;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;
import io.github.appwritespring.emulator.internal.users.AccountServices;

/**
 * OAuth2 without a real provider. {@code GET /account/tokens/oauth2/{provider}} validates
 * the provider and the {@code success}/{@code failure} URLs and answers 301 to the
 * emulator's own consent page ({@code /v1/emulator/oauth2/consent?state=...}) standing in
 * for the provider. The page is a form (fields {@code email} and {@code name}, buttons
 * {@code #approve} and {@code #deny}) posted back with a one-time {@code state}. Approve
 * finds or creates the user by email and redirects (301) to {@code success} with
 * {@code userId} and a single-use token {@code secret} appended; Deny redirects to
 * {@code failure} with Appwrite's {@code error} JSON.
 */
public final class OAuth2Routes implements RouteModule {

	/** OAuth2 providers of Appwrite 1.8. */
	public static final List<String> PROVIDERS = List.of("amazon", "apple", "auth0", "authentik", "autodesk",
			"bitbucket", "bitly", "box", "dailymotion", "discord", "disqus", "dropbox", "etsy", "facebook", "figma",
			"github", "gitlab", "google", "linkedin", "microsoft", "notion", "oidc", "okta", "paypal", "paypalSandbox",
			"podio", "salesforce", "slack", "spotify", "stripe", "tradeshift", "tradeshiftBox", "twitch", "wordpress",
			"yahoo", "yammer", "yandex", "zoho", "zoom");

	/** Store collection of pending consent states. */
	static final String STATES = "oauth2_states";
	static final String CONSENT_PATH = "/emulator/oauth2/consent";

	private static final Duration STATE_LIFETIME = Duration.ofMinutes(15);

	@Override
	public void register(Routes routes, EmulatorContext context) {
		AccountServices services = AccountServices.of(context);

		routes.get("/account/tokens/oauth2/{provider}", "sessions.write", (request) -> {
			services.limits().check(request, "url:/account/tokens/oauth2,ip:" + request.ip(), 50, Duration.ofHours(1));
			String provider = request.pathParam("provider");
			if (!PROVIDERS.contains(provider)) {
				throw ApiException.invalidParam("provider",
						"Value must be one of (" + String.join(", ", PROVIDERS) + ")");
			}
			Params params = request.params();
			String base = context.endpoint().substring(0, context.endpoint().length() - "/v1".length());
			String success = checkedUrl(params, "success", context).orElse(base + "/console/auth/oauth2/success");
			String failure = checkedUrl(params, "failure", context).orElse(base + "/console/auth/oauth2/failure");
			params.optionalStrings("scopes", 100, 128);
			String state = SessionSecrets.newSecret(24);
			ObjectNode pending = Json.object();
			pending.put("$id", state);
			pending.put("provider", provider);
			pending.put("success", success);
			pending.put("failure", failure);
			pending.put("expire", AppwriteDates.format(context.now().plus(STATE_LIFETIME)));
			context.store().put(STATES, state, pending);
			return Response.redirect(301, context.endpoint() + CONSENT_PATH + "?state=" + state);
		});

		routes.get(CONSENT_PATH, Scopes.PUBLIC, (request) -> {
			ObjectNode pending = pendingState(request.params().optionalString("state").orElse(""), context)
				.orElseThrow(OAuth2Routes::unknownState);
			return Response
				.html(200,
						ConsentPage.render(pending.path("provider").asString(), pending.path("$id").asString(),
								context.endpoint() + CONSENT_PATH))
				.header("Cache-Control", "no-store")
				.header("Referrer-Policy", "no-referrer");
		});

		routes.post(CONSENT_PATH, Scopes.PUBLIC, (request) -> {
			Params params = request.params();
			String state = params.optionalString("state").orElse("");
			ObjectNode pending = context.store().write(() -> {
				Optional<ObjectNode> found = pendingState(state, context);
				found.ifPresent((p) -> context.store().delete(STATES, state));
				return found;
			}).orElseThrow(OAuth2Routes::unknownState);
			String decision = params.optionalString("decision").orElse("");
			if (!"approve".equals(decision)) {
				return failure(pending, "user_oauth2_unauthorized", 401, "OAuth2 access was denied by the user.");
			}
			String email = params.email("email");
			String name = params.optionalText("name", 128).orElse("");
			ObjectNode user = services.users()
				.findByEmail(email)
				.orElseGet(
						() -> services.users().create(Ids.unique(), email, null, null, name, List.of(), context.now()));
			if (!user.path("status").asBoolean(true)) {
				return failure(pending, ErrorTypes.USER_BLOCKED, 401, "The current user has been blocked.");
			}
			Identities.remember(context, user.path("$id").asString(), pending.path("provider").asString(), email);
			TokenIssuer.Issued token = services.tokens()
				.issue(user.path("$id").asString(), 64, context.config().sessionLength(), "oauth2");
			String target = appendQuery(pending.path("success").asString(),
					"userId=" + encode(user.path("$id").asString()) + "&secret=" + encode(token.secret()));
			return Response.redirect(301, target).header("Referrer-Policy", "no-referrer");
		});
	}

	private static Response failure(ObjectNode pending, String type, int code, String message) {
		ObjectNode error = Json.object();
		error.put("message", message);
		error.put("type", type);
		error.put("code", code);
		return Response.redirect(301,
				appendQuery(pending.path("failure").asString(), "error=" + encode(error.toString())));
	}

	private static Optional<ObjectNode> pendingState(String state, EmulatorContext context) {
		Instant now = context.now();
		if (state.isEmpty()) {
			return Optional.empty();
		}
		return context.store().get(STATES, state).filter((p) -> AppwriteDates.notExpired(p, now));
	}

	private static ApiException unknownState() {
		return ApiException.invalidParam("state",
				"The OAuth2 consent is unknown, expired or already used. Start again from createOAuth2Token.");
	}

	private static Optional<String> checkedUrl(Params params, String name, EmulatorContext context) {
		return RedirectUrls.optional(params, name, context);
	}

	/** Appends {@code query} to a URL's existing query, before any fragment. */
	static String appendQuery(String url, String query) {
		int hash = url.indexOf('#');
		String base = (hash < 0) ? url : url.substring(0, hash);
		String fragment = (hash < 0) ? "" : url.substring(hash);
		String separator = base.contains("?") ? ((base.endsWith("?") || base.endsWith("&")) ? "" : "&") : "?";
		return base + separator + query + fragment;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
