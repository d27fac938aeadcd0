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
		TestHttp.Result create = TestHttp.key(emulator).post("/graphql", "{\"query\":{\"query\":\"{ x }\"}}");
		assertError(create, 501, "general_not_implemented");
		assertThat(create.json().path("message").asString())
			.isEqualTo("The emulator does not serve graphql.query (POST /v1/graphql) yet.");
		assertThat(create.json().path("version").asString()).isEqualTo("1.8.1");
		assertThat(create.header("Cache-Control")).isEqualTo("no-cache, no-store, must-revalidate");

		TestHttp.Result site = TestHttp.guest(emulator).post("/graphql/mutation", "{}");
		assertError(site, 501, "general_not_implemented");
		assertThat(site.json().path("message").asString())
			.isEqualTo("The emulator does not serve graphql.mutation (POST /v1/graphql/mutation) yet.");
	}

	@Test
	void pathThatIsNoAppwriteRouteStays404(AppwriteEmulator emulator) {
		assertError(TestHttp.key(emulator).get("/users/u1/nowhere"), 404, "general_route_not_found");
		assertError(TestHttp.key(emulator).send("PATCH", "/users/u1", "application/json", "{}"), 404,
				"general_route_not_found");
		assertError(TestHttp.key(emulator).get("/sites/s1/nowhere"), 404, "general_route_not_found");
	}

	@Test
	void servedRoutesWinOverTheOperationsList(AppwriteEmulator emulator) {
		assertError(TestHttp.key(emulator).get("/users/sites"), 404, "user_not_found");
	}

}
