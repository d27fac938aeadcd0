package io.github.appwritespring.client;

/**
 * The request did not get an answer from Appwrite: the connection was refused, reset or
 * could not be established.
 *
 * @since 0.1.0
 */
public class AppwriteConnectionException extends AppwriteException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates a new {@code AppwriteConnectionException}.
	 * @param message what failed, naming the method and path
	 * @param cause the network failure
	 */
	public AppwriteConnectionException(String message, Throwable cause) {
		super(message, cause);
	}

}
