package io.github.appwritespring.autoconfigure.security.passkeys;

/**
 * A passkey's signature counter did not grow since its last use: the assertion is a
 * replay, or the authenticator was cloned. The sign-in is refused.
 *
 * @since 0.1.0
 */
public class PasskeyCounterException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates a new {@code PasskeyCounterException}.
	 */
	public PasskeyCounterException() {
		super("The passkey's signature counter did not grow: a replayed assertion or a cloned authenticator");
	}

}
