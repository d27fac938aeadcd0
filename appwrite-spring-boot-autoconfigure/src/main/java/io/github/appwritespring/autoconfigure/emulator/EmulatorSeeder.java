package io.github.appwritespring.autoconfigure.emulator;

import java.util.List;

import io.github.appwritespring.autoconfigure.AppwriteProperties.SeedUser;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.AppwriteEmulatorException;

/**
 * Creates the users of {@code appwrite.emulator.users} in the emulator, at start and
 * again after a reset.
 *
 * @since 0.1.0
 */
public final class EmulatorSeeder {

	private final AppwriteEmulator emulator;

	private final List<SeedUser> users;

	/**
	 * Creates a new {@code EmulatorSeeder}.
	 * @param emulator the emulator
	 * @param users the users to create
	 */
	public EmulatorSeeder(AppwriteEmulator emulator, List<SeedUser> users) {
		this.emulator = emulator;
		this.users = List.copyOf(users);
	}

	/**
	 * Creates every configured user (a restarted emulator with a data directory may
	 * already have them).
	 */
	public void seed() {
		for (SeedUser user : this.users) {
			if (user.getEmail() == null || user.getPassword() == null) {
				throw new IllegalStateException("appwrite.emulator.users entries need an email and a password; "
						+ "one has email=" + user.getEmail());
			}
			try {
				this.emulator.seedUser((user.getId() != null) ? user.getId() : "unique()", user.getEmail(),
						user.getPassword(), (user.getName() != null) ? user.getName() : "",
						user.getLabels().toArray(String[]::new));
			}
			catch (AppwriteEmulatorException ex) {
				// a data directory kept from an earlier run already has the user
				if (ex.status() != 409) {
					throw new IllegalStateException("Could not create appwrite.emulator.users entry " + user.getEmail()
							+ ": " + ex.getMessage(), ex);
				}
			}
		}
	}

	/** Deletes all emulator data and creates the configured users again. */
	public void reset() {
		this.emulator.reset();
		seed();
	}

}
