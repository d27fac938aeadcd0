package io.github.appwritespring.autoconfigure.emulator;

import io.github.appwritespring.autoconfigure.AppwriteConnectionDetails;
import io.github.appwritespring.emulator.AppwriteEmulator;

/**
 * Connection details of a running emulator.
 *
 * @since 0.1.0
 */
public final class EmulatorConnectionDetails implements AppwriteConnectionDetails {

	private final AppwriteEmulator emulator;

	/**
	 * Creates a new {@code EmulatorConnectionDetails}.
	 * @param emulator the running emulator
	 */
	public EmulatorConnectionDetails(AppwriteEmulator emulator) {
		this.emulator = emulator;
	}

	@Override
	public String getEndpoint() {
		return this.emulator.endpoint();
	}

	@Override
	public String getProjectId() {
		return this.emulator.projectId();
	}

	@Override
	public String getApiKey() {
		return this.emulator.apiKey();
	}

	@Override
	public String toString() {
		return "EmulatorConnectionDetails[" + getEndpoint() + ", project=" + getProjectId() + "]";
	}

}
