package io.github.appwritespring.sample.provision;

/**
 * No Appwrite endpoint is set and the app is not running for development, so it would
 * have run on the embedded emulator.
 */
public class EmulatorOutsideDevelopmentException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	/** Creates a new {@code EmulatorOutsideDevelopmentException}. */
	public EmulatorOutsideDevelopmentException() {
		super("No Appwrite endpoint is set (APPWRITE_ENDPOINT), and the embedded emulator runs only in development");
	}

}
