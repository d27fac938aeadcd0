package io.github.appwritespring.sample.auth;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.github.appwritespring.autoconfigure.AppwriteProperties;
import io.github.appwritespring.autoconfigure.emulator.EmulatorSeeder;

/**
 * The accounts seeded into the embedded emulator ({@code appwrite.emulator.users}), shown
 * on the login page so a newcomer can sign in at once. Empty on a real Appwrite: there
 * the page never shows a password.
 */
@Component
public class DemoAccounts {

	private final List<Account> accounts;

	/**
	 * Creates a new {@code DemoAccounts}.
	 * @param emulator the embedded emulator's seeder, present only when the starter
	 * started the emulator
	 * @param properties the seeded users
	 */
	public DemoAccounts(ObjectProvider<EmulatorSeeder> emulator, AppwriteProperties properties) {
		this.accounts = (emulator.getIfAvailable() == null) ? List.of()
				: properties.getEmulator()
					.getUsers()
					.stream()
					.filter((user) -> user.getEmail() != null && user.getPassword() != null)
					.map((user) -> new Account(user.getEmail(), user.getPassword(), user.getLabels().contains("admin")))
					.toList();
	}

	/**
	 * Returns the seeded accounts, or none when not on the emulator.
	 * @return the seeded accounts, or none when not on the emulator
	 */
	public List<Account> list() {
		return this.accounts;
	}

	/**
	 * A seeded account.
	 *
	 * @param email its email
	 * @param password its password
	 * @param admin whether it has the {@code admin} label
	 */
	public record Account(String email, String password, boolean admin) {
	}

}
