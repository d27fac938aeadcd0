package io.github.appwritespring.sample.auth;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.github.appwritespring.autoconfigure.AppwriteConnectionDetails;
import io.github.appwritespring.autoconfigure.emulator.EmulatorSeeder;

/**
 * The embedded emulator's mailbox page ({@code /_emulator/mailbox} next to its
 * {@code /v1} API), where everything Appwrite would have emailed (recovery, verification
 * and sign-in links, codes, invitations) can be read and followed in the browser. The
 * sign-in page links to it on the emulator only; on a real Appwrite the mail really goes
 * out and there is no such page.
 */
@Component
public class EmulatorMailboxLink {

	private final @Nullable String url;

	/**
	 * Creates a new {@code EmulatorMailboxLink}.
	 * @param emulator the embedded emulator's seeder, present only when the starter
	 * started the emulator
	 * @param connection where Appwrite is
	 */
	public EmulatorMailboxLink(ObjectProvider<EmulatorSeeder> emulator, AppwriteConnectionDetails connection) {
		String endpoint = connection.getEndpoint();
		this.url = (emulator.getIfAvailable() != null && endpoint.endsWith("/v1"))
				? endpoint.substring(0, endpoint.length() - "/v1".length()) + "/_emulator/mailbox" : null;
	}

	/**
	 * Returns the mailbox page's URL, or {@code null} when not on the emulator.
	 * @return the mailbox page's URL, or {@code null} when not on the emulator
	 */
	public @Nullable String url() {
		return this.url;
	}

}
