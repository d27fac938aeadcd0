package io.github.appwritespring.emulator.internal.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(AppwriteEmulatorExtension.class)
class NotServedTests {

	@Test
	void appwriteOperationWithoutARouteIs501NamingIt(AppwriteEmulator emulator) {
		TestHttp.Result argon2 = TestHttp.key(emulator)
			.post("/users/argon2", "{\"userId\":\"u1\",\"email\":\"a@example.com\",\"password\":\"x\"}");
		assertError(argon2, 501, "general_not_implemented");
		assertThat(argon2.json().path("message").asString())
			.isEqualTo("The emulator does not serve users.createArgon2User (POST /v1/users/argon2) yet.");
		assertThat(argon2.json().path("version").asString()).isEqualTo("1.8.1");
		assertThat(argon2.header("Cache-Control")).isEqualTo("no-cache, no-store, must-revalidate");

		TestHttp.Result message = TestHttp.guest(emulator).get("/messaging/messages/m1");
		assertError(message, 501, "general_not_implemented");
		assertThat(message.json().path("message").asString()).isEqualTo(
				"The emulator does not serve messaging.getMessage (GET /v1/messaging/messages/{messageId}) yet.");
	}

	@Test
	void pathThatIsNoAppwriteRouteStays404(AppwriteEmulator emulator) {
		assertError(TestHttp.key(emulator).get("/users/u1/nowhere"), 404, "general_route_not_found");
		assertError(TestHttp.key(emulator).send("PATCH", "/users/u1", "application/json", "{}"), 404,
				"general_route_not_found");
		assertError(TestHttp.key(emulator).get("/messaging"), 404, "general_route_not_found");
	}

	@Test
	void servedRoutesWinOverTheOperationsList(AppwriteEmulator emulator) {
		assertError(TestHttp.key(emulator).get("/users/argon2"), 404, "user_not_found");
	}

}
