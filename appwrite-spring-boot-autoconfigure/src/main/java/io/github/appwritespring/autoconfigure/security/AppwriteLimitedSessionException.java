package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;

import org.springframework.security.core.AuthenticationException;

/**
 * The session of a request is limited: its password was right, but its account needs a
 * second factor that the session has not completed yet (Appwrite's
 * {@code user_more_factors_required}). Such a request is not signed in, yet the session
 * is not gone either: the browser keeps its cookie to complete the second factor.
 *
 * @since 0.1.0
 */
public class AppwriteLimitedSessionException extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	/**
	 * Creates a new {@code AppwriteLimitedSessionException}.
	 */
	public AppwriteLimitedSessionException() {
		super("The session needs a second factor");
	}

}
