package io.github.appwritespring.client;

/**
 * Base of every exception thrown by the Appwrite client. It never carries an API key, a
 * session secret or a password in its message.
 *
 * @since 0.1.0
 */
public class AppwriteClientException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception with a message and an optional cause.
	 * @param message what went wrong and how to fix it
	 * @param cause the underlying failure, or {@code null}
	 */
	public AppwriteClientException(String message, @org.jspecify.annotations.Nullable Throwable cause) {
		super(message, cause);
	}

}
