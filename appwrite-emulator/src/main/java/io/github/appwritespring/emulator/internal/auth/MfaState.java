package io.github.appwritespring.emulator.internal.auth;

import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.json.Json;

/**
 * MFA facts read from stored users and sessions, as Appwrite 1.8.1 decides them: MFA is
 * enforced when the user turned it on and has a verified email, a verified phone or a
 * verified TOTP authenticator (recovery codes do not count); a session then needs two
 * distinct factors.
 */
public final class MfaState {

	/**
	 * Internal user field: the TOTP authenticator {@code {"secret", "verified"}}, absent
	 * when there is none.
	 */
	public static final String TOTP = "_mfaTotp";

	/** Internal user field: the unused recovery codes (array of strings). */
	public static final String RECOVERY_CODES = "_mfaRecoveryCodes";

	private MfaState() {
	}

	/** Whether the user has a verified TOTP authenticator. */
	public static boolean hasVerifiedTotp(JsonNode user) {
		return user.path(TOTP).path("verified").asBoolean(false);
	}

	/** Whether the user has recovery codes. */
	public static boolean hasRecoveryCodes(JsonNode user) {
		return !user.path(RECOVERY_CODES).isEmpty();
	}

	/** The factors the user could complete a sign-in with: totp, email, phone. */
	public static Set<String> verifiedFactors(JsonNode user) {
		Set<String> factors = new LinkedHashSet<>();
		if (hasVerifiedTotp(user)) {
			factors.add("totp");
		}
		if (user.path("emailVerification").asBoolean(false)) {
			factors.add("email");
		}
		if (user.path("phoneVerification").asBoolean(false)) {
			factors.add("phone");
		}
		return factors;
	}

	/** Whether MFA applies to the user's sessions. */
	public static boolean enforced(JsonNode user) {
		return user.path("mfa").asBoolean(false) && !verifiedFactors(user).isEmpty();
	}

	/** The distinct factors a session holds. */
	public static Set<String> factors(JsonNode session) {
		Set<String> factors = new LinkedHashSet<>();
		for (JsonNode factor : session.path("factors")) {
			factors.add(factor.asString(""));
		}
		return factors;
	}

	/** Whether a session of this user still needs a second factor. */
	public static boolean limited(JsonNode user, JsonNode session) {
		return enforced(user) && factors(session).size() < 2;
	}

	/** Adds factors to a stored session (duplicates dropped). */
	public static void addFactors(ObjectNode session, Set<String> added) {
		Set<String> factors = factors(session);
		factors.addAll(added);
		session.set("factors", Json.strings(factors));
	}

}
