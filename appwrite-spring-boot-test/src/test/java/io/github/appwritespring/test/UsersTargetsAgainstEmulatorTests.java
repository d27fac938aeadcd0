package io.github.appwritespring.test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.model.MessagingProviderType;
import io.github.appwritespring.client.model.Target;
import io.github.appwritespring.client.model.User;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our client against the emulator over loopback HTTP: a user's messaging targets (unique
 * identifiers, also under concurrent creation), the user's logs, and Health's certificate
 * check for a domain nothing answers on.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class UsersTargetsAgainstEmulatorTests {

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
	void targetsAreCreatedReadUpdatedAndDeleted() {
		assertThat(this.admin.users().listTargets(this.ada.id(), null).total()).isEqualTo(1);
		Target push = this.admin.users()
			.createTarget(this.ada.id(), "phone-app", MessagingProviderType.PUSH, "device-token-1", null, "Phone");
		assertThat(push.providerType()).isEqualTo("push");
		assertThat(push.userId()).isEqualTo(this.ada.id());
		assertThat(push.name()).isEqualTo("Phone");
		assertThat(this.admin.users().getTarget(this.ada.id(), "phone-app").identifier()).isEqualTo("device-token-1");
		Target renamed = this.admin.users().updateTarget(this.ada.id(), "phone-app", "device-token-2", null, "Tablet");
		assertThat(renamed.identifier()).isEqualTo("device-token-2");
		assertThat(renamed.name()).isEqualTo("Tablet");
		assertThat(this.admin.users().listTargets(this.ada.id(), null).total()).isEqualTo(2);
		ClientCalls.assertError(
				() -> this.admin.users()
					.createTarget(this.ada.id(), ID.unique(), MessagingProviderType.EMAIL, "not-an-email", null, null),
				400, "general_argument_invalid");
		ClientCalls.assertError(() -> this.admin.users()
			.createTarget(this.ada.id(), ID.unique(), MessagingProviderType.EMAIL, "ada@example.com", null, null), 409,
				"user_target_already_exists");
		this.admin.users().deleteTarget(this.ada.id(), "phone-app");
		ClientCalls.assertError(() -> this.admin.users().getTarget(this.ada.id(), "phone-app"), 404,
				"user_target_not_found");
		ClientCalls.assertError(() -> this.admin.users().listTargets("nobody", null), 404, "user_not_found");
	}

	@Test
	void anIdentifierGoesToOneTargetEvenUnderConcurrentRequests() throws Exception {
		User bob = this.admin.users().create(ID.unique(), "bob@example.com", null, EmulatorClients.PASSWORD, "Bob");
		List<Callable<String>> creations = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String userId = (i % 2 == 0) ? this.ada.id() : bob.id();
			creations.add(() -> {
				try {
					this.admin.users()
						.createTarget(userId, ID.unique(), MessagingProviderType.SMS, "+15550001111", null, null);
					return "created";
				}
				catch (AppwriteErrorResponseException ex) {
					return ex.getType();
				}
			});
		}
		List<String> outcomes = ClientCalls.runAtOnce(creations);
		assertThat(outcomes).filteredOn("created"::equals).hasSize(1);
		assertThat(outcomes).filteredOn("user_target_already_exists"::equals).hasSize(11);
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
