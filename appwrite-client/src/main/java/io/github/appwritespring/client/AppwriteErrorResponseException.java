package io.github.appwritespring.client;

import org.jspecify.annotations.Nullable;

/**
 * Appwrite answered a request with a non-2xx status. Carries the HTTP status, Appwrite's
 * error {@code type} (e.g. {@code user_invalid_credentials}), its numeric {@code code},
 * its message, and the method and path of the request (never its headers or body).
 *
 * @since 0.1.0
 */
public class AppwriteErrorResponseException extends AppwriteException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final String type;

	private final int code;

	private final String appwriteMessage;

	private final String method;

	private final String path;

	/**
	 * Creates the exception for an error answer.
	 * @param status the HTTP status of the answer
	 * @param type the error type Appwrite sent, or {@code general_unknown} when the body
	 * did not name one
	 * @param code the numeric error code Appwrite sent (normally equal to the status)
	 * @param appwriteMessage the message Appwrite sent
	 * @param method the request's HTTP method
	 * @param path the request's path below the endpoint (without the query string)
	 * @param cause an underlying cause, or {@code null}
	 */
	public AppwriteErrorResponseException(int status, String type, int code, String appwriteMessage, String method,
			String path, @Nullable Throwable cause) {
		super("Appwrite answered " + status + " " + type + " to " + method + " " + path + ": " + appwriteMessage,
				cause);
		this.status = status;
		this.type = type;
		this.code = code;
		this.appwriteMessage = appwriteMessage;
		this.method = method;
		this.path = path;
	}

	/**
	 * Returns the HTTP status of the answer.
	 * @return the HTTP status of the answer
	 */
	public int getStatus() {
		return this.status;
	}

	/**
	 * Returns Appwrite's error type, e.g. {@code user_not_found}.
	 * @return the error type Appwrite sent, e.g. {@code user_not_found}
	 */
	public String getType() {
		return this.type;
	}

	/**
	 * Returns Appwrite's numeric error code.
	 * @return the numeric error code Appwrite sent
	 */
	public int getCode() {
		return this.code;
	}

	/**
	 * Returns the message Appwrite sent.
	 * @return the message Appwrite sent
	 */
	public String getAppwriteMessage() {
		return this.appwriteMessage;
	}

	/**
	 * Returns the HTTP method of the failed request.
	 * @return the HTTP method of the failed request
	 */
	public String getMethod() {
		return this.method;
	}

	/**
	 * Returns the path of the failed request below the endpoint.
	 * @return the path of the failed request below the endpoint
	 */
	public String getPath() {
		return this.path;
	}

}
