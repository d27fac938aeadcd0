package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;
import java.time.Duration;

/**
 * Appwrite could not be asked: a timeout, a refused connection, a 5xx or 429 answer, or a
 * response that is not Appwrite's. This never signs the user out: the session cookie is
 * kept and the request is answered 503.
 *
 * @since 0.1.0
 */
public class AppwriteUnavailableException extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The message users see. */
	public static final String MESSAGE = "Appwrite is not reachable right now. Please try again in a moment.";

	/** How long clients are asked to wait ({@code Retry-After}). */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	/**
	 * Creates a new {@code AppwriteUnavailableException}.
	 * @param cause what went wrong
	 */
	public AppwriteUnavailableException(Throwable cause) {
		super(MESSAGE, cause);
	}

	/**
	 * Returns the simple class name of its innermost cause, for a log line that names
	 * what happened without any message that might carry a URL or value.
	 * @param failure a failure
	 * @return the simple class name of its innermost cause, for a log line that names
	 * what happened without any message that might carry a URL or value
	 */
	public static String rootCauseName(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName();
	}

	/**
	 * Returns whether it means Appwrite is unavailable (rather than an answer about the
	 * request).
	 * @param failure any failure
	 * @return whether it means Appwrite is unavailable (rather than an answer about the
	 * request)
	 */
	public static boolean isUnavailability(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof AppwriteUnavailableException
					|| t instanceof io.github.appwritespring.client.AppwriteConnectionException
					|| t instanceof io.github.appwritespring.client.AppwriteUnreadableResponseException
					|| (t instanceof io.github.appwritespring.client.AppwriteErrorResponseException ex
							&& (ex.getStatus() >= 500 || ex.getStatus() == 429))) {
				return true;
			}
		}
		return false;
	}

}
