package io.github.appwritespring.emulator.internal.account;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * OAuth2 identities (Identity model): one per user and provider, made when the emulated
 * OAuth2 consent is approved; listed and deleted by the Account and Users APIs.
 */
public final class Identities {

	/** Store collection of identities. */
	public static final String IDENTITIES = "identities";

	private static final Set<String> ATTRIBUTES = Set.of("userId", "provider", "providerUid", "providerEmail");

	private Identities() {
	}

	/** Records (or refreshes) the identity of a user at a provider. */
	static void remember(EmulatorContext context, String userId, String provider, String email) {
		context.store().index(IDENTITIES, "userId");
		context.store().write(() -> {
			String now = AppwriteDates.format(context.now());
			ObjectNode identity = context.store()
				.findBy(IDENTITIES, "userId", userId)
				.stream()
				.filter((i) -> provider.equals(i.path("provider").asString("")))
				.findFirst()
				.orElseGet(() -> {
					ObjectNode created = Json.object();
					created.put("$id", Ids.unique());
					created.put("$createdAt", now);
					created.put("userId", userId);
					created.put("provider", provider);
					created.put("providerUid", email);
					created.put("providerAccessToken", "");
					created.put("providerAccessTokenExpiry", "");
					created.put("providerRefreshToken", "");
					return created;
				});
			identity.put("$updatedAt", now);
			identity.put("providerEmail", email);
			context.store().put(IDENTITIES, identity.path("$id").asString(), identity);
		});
	}

	/** The IdentityList of a user, or of everyone when {@code userId} is null. */
	public static ObjectNode list(EmulatorContext context, @Nullable String userId, Params params) {
		context.store().index(IDENTITIES, "userId");
		List<ObjectNode> identities = (userId != null) ? context.store().findBy(IDENTITIES, "userId", userId)
				: context.store().list(IDENTITIES);
		return Listing.of("identities", identities, params, ATTRIBUTES);
	}

	/**
	 * Deletes an identity (of {@code userId} when given); 404
	 * {@code user_identity_not_found}.
	 */
	public static void delete(EmulatorContext context, String identityId, @Nullable String userId) {
		context.store().write(() -> {
			ObjectNode identity = context.store()
				.get(IDENTITIES, identityId)
				.filter((i) -> userId == null || userId.equals(i.path("userId").asString("")))
				.orElseThrow(() -> ApiException.notFound("user_identity_not_found",
						"The identity could not be found. Please sign in with OAuth provider to create identity first."));
			context.store().delete(IDENTITIES, identity.path("$id").asString());
		});
	}

}
