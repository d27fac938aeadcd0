package io.github.appwritespring.test;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.emulator.AppwriteEmulator;

/**
 * Our client pointed at an emulator, for the tests that drive one with the other.
 */
final class EmulatorClients {

	static final String PASSWORD = "a-long-password";

	private EmulatorClients() {
	}

	/**
	 * @return an admin client (API key) for the emulator; the caller closes it
	 */
	static AppwriteClient admin(AppwriteEmulator emulator) {
		return AppwriteClient.builder()
			.endpoint(emulator.endpoint())
			.projectId(emulator.projectId())
			.apiKey(emulator.apiKey())
			.build();
	}

	/**
	 * @return a session view for a new user with that email, signed in through the admin
	 * client
	 */
	static AppwriteClient signIn(AppwriteClient admin, String email) {
		admin.users().create(ID.unique(), email, null, PASSWORD, null);
		return admin.withSession(admin.account().createEmailPasswordSession(email, PASSWORD).secret());
	}

}
