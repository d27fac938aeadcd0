package io.github.appwritespring.emulator;

import org.jspecify.annotations.Nullable;

/**
 * What the emulator answers, as Appwrite would, when a call of its Java API is refused:
 * the HTTP status and Appwrite's error type, e.g. 409 {@code user_already_exists} for
 * {@link AppwriteEmulator#seedUser(String, String)} with an email that is taken.
 *
 * @since 0.1.0
 */
public class AppwriteEmulatorException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final String type;

	/**
	 * Creates the exception.
	 * @param status the HTTP status Appwrite would answer with
	 * @param type the Appwrite error type, e.g. {@code user_not_found}
	 * @param message what was wrong
	 * @param cause the emulator's own error
	 */
	public AppwriteEmulatorException(int status, String type, @Nullable String message, Throwable cause) {
		super(message, cause);
		this.status = status;
		this.type = type;
	}

	/**
	 * Returns the HTTP status Appwrite would answer with.
	 * @return the HTTP status, e.g. 409
	 */
	public int status() {
		return this.status;
	}

	/**
	 * Returns the Appwrite error type.
	 * @return the error type, e.g. {@code user_already_exists}
	 */
	public String type() {
		return this.type;
	}

}
