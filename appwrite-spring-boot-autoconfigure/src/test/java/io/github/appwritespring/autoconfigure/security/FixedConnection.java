package io.github.appwritespring.autoconfigure.security;

import io.github.appwritespring.autoconfigure.AppwriteConnectionDetails;
import io.github.appwritespring.emulator.AppwriteEmulator;

/**
 * Points the application at an emulator the test starts and stops itself (instead of the
 * auto-configured one).
 *
 * @param getEndpoint the endpoint
 * @param getProjectId the project
 * @param getApiKey the API key
 */
public record FixedConnection(String getEndpoint, String getProjectId,
		String getApiKey) implements AppwriteConnectionDetails {

	/**
	 * @param emulator a running emulator
	 * @return its connection details (they stay valid for another emulator on the same
	 * port with the same API key)
	 */
	public static FixedConnection of(AppwriteEmulator emulator) {
		return new FixedConnection(emulator.endpoint(), emulator.projectId(), emulator.apiKey());
	}

}
