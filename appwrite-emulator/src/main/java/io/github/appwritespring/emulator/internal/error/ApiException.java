package io.github.appwritespring.emulator.internal.error;

/**
 * An error answered to the client in Appwrite's shape:
 * {@code {"message","code","type","version"}}.
 *
 * <p>
 * Throw it from any route handler; the server renders it with the given HTTP status.
 * Messages are sent to the client as they are, so they must never contain a secret (API
 * key, session secret, password).
 */
public class ApiException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String type;

	private final int status;

	/**
	 * Creates an error.
	 * @param type the Appwrite error type, e.g. {@code user_not_found}
	 * @param status the HTTP status, e.g. 404
	 * @param message the human-readable message sent to the client
	 */
	public ApiException(String type, int status, String message) {
		super(message, null, false, false);
		this.type = type;
		this.status = status;
	}

	/** Appwrite's error type, e.g. {@code user_not_found}. */
	public String type() {
		return this.type;
	}

	/** The HTTP status code. */
	public int status() {
		return this.status;
	}

	/**
	 * 400 {@code general_argument_invalid} in Appwrite's wording:
	 * {@code Invalid `email` param: <reason>}.
	 * @param param the parameter name
	 * @param reason what a valid value looks like, e.g.
	 * {@code Value must be a valid email address}
	 */
	public static ApiException invalidParam(String param, String reason) {
		return new ApiException(ErrorTypes.GENERAL_ARGUMENT_INVALID, 400, "Invalid `" + param + "` param: " + reason);
	}

	/**
	 * 400 {@code general_argument_invalid} for a required parameter that was not sent.
	 */
	public static ApiException missingParam(String param) {
		return new ApiException(ErrorTypes.GENERAL_ARGUMENT_INVALID, 400, "Param \"" + param + "\" is not optional.");
	}

	/** 400 {@code general_bad_request} with the given message. */
	public static ApiException badRequest(String message) {
		return new ApiException(ErrorTypes.GENERAL_BAD_REQUEST, 400, message);
	}

	/** 401 {@code user_unauthorized} with Appwrite's default message. */
	public static ApiException unauthorized() {
		return new ApiException(ErrorTypes.USER_UNAUTHORIZED, 401,
				"The current user is not authorized to perform the requested action.");
	}

	/** 401 {@code user_unauthorized} with the given message. */
	public static ApiException unauthorized(String message) {
		return new ApiException(ErrorTypes.USER_UNAUTHORIZED, 401, message);
	}

	/** 404 with the given type and message. */
	public static ApiException notFound(String type, String message) {
		return new ApiException(type, 404, message);
	}

	/** 409 with the given type and message. */
	public static ApiException conflict(String type, String message) {
		return new ApiException(type, 409, message);
	}

}
