package io.github.appwritespring.client;

/**
 * Appwrite did not answer within the configured connect or response timeout.
 *
 * @since 0.1.0
 */
public class AppwriteTimeoutException extends AppwriteConnectionException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates a new {@code AppwriteTimeoutException}.
	 * @param message what timed out, naming the method, path and timeout
	 * @param cause the timeout signal
	 */
	public AppwriteTimeoutException(String message, Throwable cause) {
		super(message, cause);
	}

}
