package io.github.appwritespring.client;

import org.jspecify.annotations.Nullable;

/**
 * Appwrite (or something in front of it, such as a proxy) answered with a body that is
 * not the JSON this client expected. The message names the status, method, path and the
 * first characters of the body.
 *
 * @since 0.1.0
 */
public class AppwriteUnreadableResponseException extends AppwriteException {

	private static final long serialVersionUID = 1L;

	private final int status;

	/**
	 * Creates a new {@code AppwriteUnreadableResponseException}.
	 * @param status the HTTP status of the answer
	 * @param message what was wrong with the body
	 * @param cause the parse failure, or {@code null}
	 */
	public AppwriteUnreadableResponseException(int status, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.status = status;
	}

	/**
	 * Returns the HTTP status of the answer.
	 * @return the HTTP status of the answer
	 */
	public int getStatus() {
		return this.status;
	}

}
