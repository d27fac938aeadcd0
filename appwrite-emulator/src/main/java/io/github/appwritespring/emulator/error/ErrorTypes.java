package io.github.appwritespring.emulator.error;

/**
 * Appwrite error {@code type} strings used by the core. Feature packages keep their own
 * (e.g. {@code row_not_found}) next to the code that throws them.
 */
public final class ErrorTypes {

	public static final String GENERAL_UNKNOWN = "general_unknown";

	public static final String GENERAL_ARGUMENT_INVALID = "general_argument_invalid";

	public static final String GENERAL_BAD_REQUEST = "general_bad_request";

	public static final String GENERAL_ROUTE_NOT_FOUND = "general_route_not_found";

	public static final String GENERAL_UNAUTHORIZED_SCOPE = "general_unauthorized_scope";

	public static final String GENERAL_RATE_LIMIT_EXCEEDED = "general_rate_limit_exceeded";

	public static final String GENERAL_QUERY_INVALID = "general_query_invalid";

	public static final String PROJECT_NOT_FOUND = "project_not_found";

	public static final String USER_UNAUTHORIZED = "user_unauthorized";

	public static final String USER_KEY_AND_SESSION_SET = "user_key_and_session_set";

	public static final String USER_JWT_INVALID = "user_jwt_invalid";

	public static final String USER_BLOCKED = "user_blocked";

	public static final String USER_NOT_FOUND = "user_not_found";

	public static final String USER_ALREADY_EXISTS = "user_already_exists";

	public static final String USER_EMAIL_ALREADY_EXISTS = "user_email_already_exists";

	public static final String USER_INVALID_CREDENTIALS = "user_invalid_credentials";

	public static final String USER_INVALID_TOKEN = "user_invalid_token";

	public static final String USER_SESSION_NOT_FOUND = "user_session_not_found";

	public static final String USER_SESSION_ALREADY_EXISTS = "user_session_already_exists";

	public static final String USER_PASSWORD_MISMATCH = "user_password_mismatch";

	private ErrorTypes() {
	}

}
