package io.github.appwritespring.testapp.mvc;

/**
 * The users the MVC tests seed (the same for every class, so they share one application
 * context).
 */
final class MockMvcTestProperties {

	static final String USERS = """
			spring.main.web-application-type=servlet
			appwrite.emulator.users[0].id=admin
			appwrite.emulator.users[0].email=admin@example.com
			appwrite.emulator.users[0].password=admin-password
			appwrite.emulator.users[0].name=Admin
			appwrite.emulator.users[0].labels=admin
			appwrite.emulator.users[1].id=alice
			appwrite.emulator.users[1].email=alice@example.com
			appwrite.emulator.users[1].password=alice-password
			appwrite.emulator.users[1].name=Alice
			""";

	private MockMvcTestProperties() {
	}

}
