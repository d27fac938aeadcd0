package io.github.appwritespring.client;

import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Appwrite answered a request with a non-2xx status. Carries the HTTP status, Appwrite's
 * error {@code type} (e.g. {@code user_invalid_credentials}), its numeric {@code code},
 * its message, and the method and path of the request (never its headers or body).
 * <p>
 * Branch on the type with {@link #is(String)} and the constants of
 * {@link AppwriteErrorTypes}, e.g.
 * {@code e.is(AppwriteErrorTypes.USER_MORE_FACTORS_REQUIRED)}; on the reactive face,
 * {@link #withType(String...)} gives the matching {@code Predicate} for
 * {@code onErrorResume}.
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

	/**
	 * Returns whether Appwrite answered with that error type.
	 * @param type an error type, e.g. {@link AppwriteErrorTypes#USER_INVALID_TOKEN}
	 * @return whether {@link #getType()} is {@code type}
	 * @since 0.1.0
	 */
	public boolean is(String type) {
		return this.type.equals(type);
	}

	/**
	 * Returns a predicate that accepts an {@code AppwriteErrorResponseException} with one
	 * of these types, and nothing else. For Reactor's
	 * {@code onErrorResume(Predicate, Function)} and the like:
	 *
	 * <pre>{@code
	 * account.updateRecovery(userId, secret, password)
	 *     .onErrorResume(AppwriteErrorResponseException.withType(AppwriteErrorTypes.USER_INVALID_TOKEN),
	 *             (e) -> Mono.error(new LinkExpiredException()));
	 * }</pre>
	 * @param types one or more error types
	 * @return the predicate
	 * @since 0.1.0
	 */
	public static Predicate<Throwable> withType(String... types) {
		if (types.length == 0) {
			throw new IllegalArgumentException("'types' must name at least one error type");
		}
		String[] copy = types.clone();
		for (int i = 0; i < copy.length; i++) {
			if (copy[i] == null || copy[i].isBlank()) {
				throw new IllegalArgumentException("'types[" + i + "]' must not be blank");
			}
		}
		return (ex) -> {
			if (ex instanceof AppwriteErrorResponseException error) {
				for (String type : copy) {
					if (error.is(type)) {
						return true;
					}
				}
			}
			return false;
		};
	}

}
