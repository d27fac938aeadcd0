package io.github.appwritespring.emulator.internal.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.internal.module.EmulatorContext;

/**
 * The events routes trigger, named and parametrised as Appwrite 1.8.1's controllers do
 * ({@code app/config/events.php}); the payload is the route's response model.
 */
public final class Events {

	private Events() {
	}

	/**
	 * {@code users.[userId].sessions.[sessionId].create}: any session creation, MFA
	 * challenge completion included. The acting user is the session's user (a guest
	 * signing in is that user for Appwrite's event).
	 */
	public static void sessionCreated(EmulatorContext context, String userId, String sessionId, JsonNode session) {
		Webhooks.of(context)
			.trigger("users.[userId].sessions.[sessionId].create", params("userId", userId, "sessionId", sessionId),
					session, userId);
	}

	/** {@code users.[userId].sessions.[sessionId].delete} with the Session. */
	public static void sessionDeleted(EmulatorContext context, String userId, String sessionId, JsonNode session) {
		Webhooks.of(context)
			.trigger("users.[userId].sessions.[sessionId].delete", params("userId", userId, "sessionId", sessionId),
					session);
	}

	/**
	 * {@code users.[userId].sessions.delete} with the User: the Users API's "delete all
	 * sessions" (no session ID, so {@code users.*.sessions.*.delete} misses it).
	 */
	public static void allSessionsDeleted(EmulatorContext context, String userId, JsonNode user) {
		Webhooks.of(context).trigger("users.[userId].sessions.delete", params("userId", userId), user);
	}

	/** {@code users.[userId].create} with the User. */
	public static void userCreated(EmulatorContext context, String userId, JsonNode user) {
		Webhooks.of(context).trigger("users.[userId].create", params("userId", userId), user);
	}

	/** {@code users.[userId].delete} with the User as it was. */
	public static void userDeleted(EmulatorContext context, String userId, JsonNode user) {
		Webhooks.of(context).trigger("users.[userId].delete", params("userId", userId), user);
	}

	/**
	 * {@code users.[userId].update.<attribute>}, e.g. {@code status}, {@code password},
	 * {@code email}, {@code name}, {@code prefs}, {@code labels}, {@code phone},
	 * {@code mfa}.
	 */
	public static void userUpdated(EmulatorContext context, String userId, String attribute, JsonNode payload) {
		Webhooks.of(context).trigger("users.[userId].update." + attribute, params("userId", userId), payload);
	}

	/**
	 * {@code users.[userId].delete.mfa} with the User: the TOTP authenticator removed.
	 */
	public static void authenticatorDeleted(EmulatorContext context, String userId, JsonNode user) {
		Webhooks.of(context).trigger("users.[userId].delete.mfa", params("userId", userId), user);
	}

	/**
	 * {@code teams.[teamId].memberships.[membershipId].<action>}: {@code create},
	 * {@code update}, {@code update.status} or {@code delete}, with the Membership.
	 */
	public static void membership(EmulatorContext context, String teamId, String membershipId, String action,
			JsonNode membership) {
		membership(context, teamId, membershipId, action, membership, null);
	}

	/**
	 * Like {@link #membership(EmulatorContext, String, String, String, JsonNode)} with
	 * the acting user given (an invitee signed in by accepting).
	 */
	public static void membership(EmulatorContext context, String teamId, String membershipId, String action,
			JsonNode membership, @Nullable String actingUserId) {
		Webhooks webhooks = Webhooks.of(context);
		Map<String, String> params = params("teamId", teamId, "membershipId", membershipId);
		String pattern = "teams.[teamId].memberships.[membershipId]." + action;
		if (actingUserId != null) {
			webhooks.trigger(pattern, params, membership, actingUserId);
		}
		else {
			webhooks.trigger(pattern, params, membership);
		}
	}

	private static Map<String, String> params(String... namesAndValues) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return params;
	}

}
