package io.github.appwritespring.emulator.internal.error;

/**
 * Appwrite error {@code type} strings used by the core. Feature packages keep their own
 * (e.g. {@code row_not_found}) next to the code that throws them.
 */
public final class ErrorTypes {

	/** Appwrite's {@code general_unknown} error type. */
	public static final String GENERAL_UNKNOWN = "general_unknown";

	/** Appwrite's {@code general_argument_invalid} error type. */
	public static final String GENERAL_ARGUMENT_INVALID = "general_argument_invalid";

	/** Appwrite's {@code general_bad_request} error type. */
	public static final String GENERAL_BAD_REQUEST = "general_bad_request";

	/** Appwrite's {@code general_route_not_found} error type. */
	public static final String GENERAL_ROUTE_NOT_FOUND = "general_route_not_found";

	/**
	 * Appwrite's {@code general_not_implemented} error type. Appwrite's own default
	 * status for it is 405; the emulator answers it with 501 for an Appwrite operation it
	 * does not serve.
	 */
	public static final String GENERAL_NOT_IMPLEMENTED = "general_not_implemented";

	/** Appwrite's {@code general_unauthorized_scope} error type. */
	public static final String GENERAL_UNAUTHORIZED_SCOPE = "general_unauthorized_scope";

	/** Appwrite's {@code general_rate_limit_exceeded} error type. */
	public static final String GENERAL_RATE_LIMIT_EXCEEDED = "general_rate_limit_exceeded";

	/** Appwrite's {@code general_query_invalid} error type. */
	public static final String GENERAL_QUERY_INVALID = "general_query_invalid";

	/** Appwrite's {@code project_not_found} error type. */
	public static final String PROJECT_NOT_FOUND = "project_not_found";

	/** Appwrite's {@code user_unauthorized} error type. */
	public static final String USER_UNAUTHORIZED = "user_unauthorized";

	/** Appwrite's {@code user_key_and_session_set} error type. */
	public static final String USER_KEY_AND_SESSION_SET = "user_key_and_session_set";

	/** Appwrite's {@code user_jwt_invalid} error type. */
	public static final String USER_JWT_INVALID = "user_jwt_invalid";

	/** Appwrite's {@code user_blocked} error type. */
	public static final String USER_BLOCKED = "user_blocked";

	/** Appwrite's {@code user_not_found} error type. */
	public static final String USER_NOT_FOUND = "user_not_found";

	/** Appwrite's {@code user_already_exists} error type. */
	public static final String USER_ALREADY_EXISTS = "user_already_exists";

	/** Appwrite's {@code user_email_already_exists} error type. */
	public static final String USER_EMAIL_ALREADY_EXISTS = "user_email_already_exists";

	/** Appwrite's {@code user_invalid_credentials} error type. */
	public static final String USER_INVALID_CREDENTIALS = "user_invalid_credentials";

	/** Appwrite's {@code user_invalid_token} error type. */
	public static final String USER_INVALID_TOKEN = "user_invalid_token";

	/** Appwrite's {@code user_session_not_found} error type. */
	public static final String USER_SESSION_NOT_FOUND = "user_session_not_found";

	/** Appwrite's {@code user_session_already_exists} error type. */
	public static final String USER_SESSION_ALREADY_EXISTS = "user_session_already_exists";

	/** Appwrite's {@code user_password_mismatch} error type. */
	public static final String USER_PASSWORD_MISMATCH = "user_password_mismatch";

	private ErrorTypes() {
	}

}
