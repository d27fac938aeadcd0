package io.github.appwritespring.test;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.model.User;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our client against the emulator over loopback HTTP: a user's logs, and Health's
 * certificate check for a domain nothing answers on.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class UserLogsAgainstEmulatorTests {

	private AppwriteClient admin;

	private User ada;

	@BeforeEach
	void connect(AppwriteEmulator emulator) {
		this.admin = EmulatorClients.admin(emulator);
		this.ada = this.admin.users().create(ID.unique(), "ada@example.com", null, EmulatorClients.PASSWORD, "Ada");
	}

	@AfterEach
	void close() {
		this.admin.close();
	}

	@Test
	void logsShowTheUsersSessions() {
		this.admin.account().createEmailPasswordSession("ada@example.com", EmulatorClients.PASSWORD);
		var logs = this.admin.users().listLogs(this.ada.id());
		assertThat(logs.total()).isPositive();
		assertThat(logs.logs().get(0).userId()).isEqualTo(this.ada.id());
		ClientCalls.assertError(() -> this.admin.users().listLogs("nobody"), 404, "user_not_found");
	}

	@Test
	void aDomainNothingAnswersOnIsAnInvalidHost() {
		ClientCalls.assertError(() -> this.admin.health().getCertificate("localhost"), 404, "health_invalid_host");
		ClientCalls.assertError(() -> this.admin.health().getCertificate("not a domain"), 400,
				"general_argument_invalid");
	}

}
