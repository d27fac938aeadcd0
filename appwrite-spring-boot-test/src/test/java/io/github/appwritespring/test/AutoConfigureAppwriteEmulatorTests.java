package io.github.appwritespring.test;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.model.User;
import io.github.appwritespring.emulator.AppwriteEmulator;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = { "appwrite.emulator.users[0].id=demo",
		"appwrite.emulator.users[0].email=demo@example.com", "appwrite.emulator.users[0].password=demo-password",
		"appwrite.emulator.users[0].name=Demo", "appwrite.emulator.users[0].labels=admin" })
@AutoConfigureAppwriteEmulator
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureAppwriteEmulatorTests {

	@Autowired
	private AppwriteClient admin;

	@Autowired
	private AppwriteEmulator emulator;

	@Test
	@Order(1)
	void clientsPointAtTheEmulatorEvenWhenAnEndpointIsConfigured() {
		assertThat(this.admin.getEndpoint()).isEqualTo(this.emulator.endpoint()).startsWith("http://127.0.0.1:");
		assertThat(this.admin.getProjectId()).isEqualTo(this.emulator.projectId());
		User demo = this.admin.users().get("demo");
		assertThat(demo.email()).isEqualTo("demo@example.com");
		assertThat(demo.labels()).containsExactly("admin");
		User temp = this.admin.users().create(ID.unique(), "temp@example.com", null, "temp-password", "Temp");
		assertThat(this.admin.users().get(temp.id()).email()).isEqualTo("temp@example.com");
		assertThat(this.admin.users().list(null, null).total()).isEqualTo(2);
		try (java.util.stream.Stream<User> admins = this.admin.users()
			.listAll(java.util.List.of(io.github.appwritespring.client.Query.equal("labels", "admin")))) {
			assertThat(admins.map(User::email)).containsExactly("demo@example.com");
		}
	}

	@Test
	@Order(2)
	void eachTestStartsFromTheSeededUsersOnly() {
		assertThat(this.admin.users().list(null, null).users()).extracting(User::email)
			.containsExactly("demo@example.com");
	}

}
