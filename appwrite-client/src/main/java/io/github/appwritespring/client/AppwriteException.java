package io.github.appwritespring.client;

/**
 * Root of every exception a call to Appwrite can end with: catching it catches error
 * answers ({@link AppwriteErrorResponseException}), unreachable or slow servers
 * ({@link AppwriteConnectionException}, {@link AppwriteTimeoutException}) and answers
 * that could not be read ({@link AppwriteUnreadableResponseException}). It never carries
 * an API key, a session secret or a password in its message.
 *
 * @since 0.1.0
 */
public class AppwriteException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception with a message and an optional cause.
	 * @param message what went wrong and how to fix it
	 * @param cause the underlying failure, or {@code null}
	 */
	public AppwriteException(String message, @org.jspecify.annotations.Nullable Throwable cause) {
		super(message, cause);
	}

}
