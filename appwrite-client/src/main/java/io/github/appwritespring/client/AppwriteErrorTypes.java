package io.github.appwritespring.client;

/**
 * The error types Appwrite 1.8 sends in its error answers
 * ({@link AppwriteErrorResponseException#getType()}) that callers commonly branch on,
 * named like Appwrite's own constants. Compare with
 * {@link AppwriteErrorResponseException#is(String)}, or filter reactive errors with
 * {@link AppwriteErrorResponseException#withType(String...)}:
 *
 * <pre>{@code
 * catch (AppwriteErrorResponseException e) {
 *     if (e.is(AppwriteErrorTypes.USER_MORE_FACTORS_REQUIRED)) { ... } // signed in, MFA still to do
 * }
 * mono.onErrorResume(AppwriteErrorResponseException.withType(AppwriteErrorTypes.USER_INVALID_TOKEN), (e) -> ...);
 * }</pre>
 *
 * The list is not exhaustive: any type Appwrite sends works with {@code is(..)}.
 *
 * @since 0.1.0
 */
public final class AppwriteErrorTypes {

	// general

	/** 401: the caller lacks the scope, e.g. no session, or a key without the scope. */
	public static final String GENERAL_UNAUTHORIZED_SCOPE = "general_unauthorized_scope";

	/** 400: a parameter is invalid; the message names it. */
	public static final String GENERAL_ARGUMENT_INVALID = "general_argument_invalid";

	/** 400: the request is malformed. */
	public static final String GENERAL_BAD_REQUEST = "general_bad_request";

	/** 429: Appwrite's rate limit for the route (keyless calls only) is exhausted. */
	public static final String GENERAL_RATE_LIMIT_EXCEEDED = "general_rate_limit_exceeded";

	/** 503: the call would send an email but the project has no SMTP. */
	public static final String GENERAL_SMTP_DISABLED = "general_smtp_disabled";

	/** 503: the call would send an SMS but the project has no SMS provider. */
	public static final String GENERAL_PHONE_DISABLED = "general_phone_disabled";

	// users and sessions

	/** 401: wrong email or password (also for an unknown email). */
	public static final String USER_INVALID_CREDENTIALS = "user_invalid_credentials";

	/** 401: the user is blocked. */
	public static final String USER_BLOCKED = "user_blocked";

	/**
	 * 401: a token, verification or recovery secret, or an MFA code or challenge, is
	 * wrong, expired or used.
	 */
	public static final String USER_INVALID_TOKEN = "user_invalid_token";

	/** 401: the JWT is invalid or expired. */
	public static final String USER_JWT_INVALID = "user_jwt_invalid";

	/**
	 * 401: the session is valid but still needs a second factor (MFA). The user is signed
	 * in halfway, not signed out: list the factors and create a challenge.
	 */
	public static final String USER_MORE_FACTORS_REQUIRED = "user_more_factors_required";

	/**
	 * 401: the call changes MFA settings and the session's last MFA challenge is older
	 * than 30 minutes: complete a new challenge first.
	 */
	public static final String USER_CHALLENGE_REQUIRED = "user_challenge_required";

	/** 401: the caller may not do this (permissions, or not a team owner). */
	public static final String USER_UNAUTHORIZED = "user_unauthorized";

	/** 401: a session-creating call was made while a session was sent. */
	public static final String USER_SESSION_ALREADY_EXISTS = "user_session_already_exists";

	/** 404: no such session. */
	public static final String USER_SESSION_NOT_FOUND = "user_session_not_found";

	/** 404: no such user (also createRecovery for an unknown email). */
	public static final String USER_NOT_FOUND = "user_not_found";

	/** 409: a user with that ID, email or phone exists. */
	public static final String USER_ALREADY_EXISTS = "user_already_exists";

	/** 409: the email address belongs to another user. */
	public static final String USER_EMAIL_ALREADY_EXISTS = "user_email_already_exists";

	/** 409: the phone number belongs to another user. */
	public static final String USER_PHONE_ALREADY_EXISTS = "user_phone_already_exists";

	/** 400: the user has no email address. */
	public static final String USER_EMAIL_NOT_FOUND = "user_email_not_found";

	/** 400: the user's email address is not verified. */
	public static final String USER_EMAIL_NOT_VERIFIED = "user_email_not_verified";

	/** 409: the email address is already verified. */
	public static final String USER_EMAIL_ALREADY_VERIFIED = "user_email_already_verified";

	/** 400: the user has no phone number. */
	public static final String USER_PHONE_NOT_FOUND = "user_phone_not_found";

	/** 400: the user's phone number is not verified. */
	public static final String USER_PHONE_NOT_VERIFIED = "user_phone_not_verified";

	/** 409: the phone number is already verified. */
	public static final String USER_PHONE_ALREADY_VERIFIED = "user_phone_already_verified";

	/** 400: the password and its confirmation differ. */
	public static final String USER_PASSWORD_MISMATCH = "user_password_mismatch";

	/**
	 * 400: the new password is one of the user's recent ones (password history). Appwrite
	 * spells it without the {@code user_} prefix.
	 */
	public static final String USER_PASSWORD_RECENTLY_USED = "password_recently_used";

	/**
	 * 400: the new password contains the user's name, email or phone (personal data
	 * check). Appwrite spells it without the {@code user_} prefix.
	 */
	public static final String USER_PASSWORD_PERSONAL_DATA = "password_personal_data";

	/** 400: the project's user limit is reached. */
	public static final String USER_COUNT_EXCEEDED = "user_count_exceeded";

	/** 404: no such OAuth2 identity. */
	public static final String USER_IDENTITY_NOT_FOUND = "user_identity_not_found";

	/** 404: the user has no authenticator of that type. */
	public static final String USER_AUTHENTICATOR_NOT_FOUND = "user_authenticator_not_found";

	/** 409: a verified authenticator of that type exists; delete it first. */
	public static final String USER_AUTHENTICATOR_ALREADY_VERIFIED = "user_authenticator_already_verified";

	/** 409: recovery codes exist; regenerate them instead. */
	public static final String USER_RECOVERY_CODES_ALREADY_EXISTS = "user_recovery_codes_already_exists";

	/** 404: the user has no recovery codes yet. */
	public static final String USER_RECOVERY_CODES_NOT_FOUND = "user_recovery_codes_not_found";

	/** 404: no such messaging target. */
	public static final String USER_TARGET_NOT_FOUND = "user_target_not_found";

	/** 409: a messaging target with that ID or identifier exists. */
	public static final String USER_TARGET_ALREADY_EXISTS = "user_target_already_exists";

	/**
	 * 403: the API key was sent together with a session or JWT (Appwrite 1.9 renames it
	 * {@code user_api_key_and_session_set}).
	 */
	public static final String USER_KEY_AND_SESSION_SET = "user_key_and_session_set";

	// teams and memberships

	/** 404: no such team. */
	public static final String TEAM_NOT_FOUND = "team_not_found";

	/** 401: the invitation secret is wrong. */
	public static final String TEAM_INVALID_SECRET = "team_invalid_secret";

	/** 401: the invitation is for another user than the one accepting it. */
	public static final String TEAM_INVITE_MISMATCH = "team_invite_mismatch";

	/** 404: the membership does not belong to that team. */
	public static final String TEAM_MEMBERSHIP_MISMATCH = "team_membership_mismatch";

	/** 404: no such membership. */
	public static final String MEMBERSHIP_NOT_FOUND = "membership_not_found";

	/** 409: the membership is already confirmed (e.g. an invitation accepted twice). */
	public static final String MEMBERSHIP_ALREADY_CONFIRMED = "membership_already_confirmed";

	private AppwriteErrorTypes() {
	}

}
