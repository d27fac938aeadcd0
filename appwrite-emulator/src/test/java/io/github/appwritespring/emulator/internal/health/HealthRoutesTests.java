package io.github.appwritespring.emulator.internal.health;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(AppwriteEmulatorExtension.class)
class HealthRoutesTests {

	@Test
	void statusChecksPassWithAppwritesShapes(AppwriteEmulator emulator) {
		TestHttp key = TestHttp.key(emulator);
		for (String list : new String[] { "/health/db", "/health/cache", "/health/pubsub" }) {
			JsonNode statuses = key.get(list).json();
			assertThat(statuses.path("total").asInt()).as(list).isEqualTo(1);
			assertThat(statuses.path("statuses").path(0).path("status").asString()).isEqualTo("pass");
			assertThat(statuses.path("statuses").path(0).path("ping").isInt()).isTrue();
		}
		for (String single : new String[] { "/health/storage", "/health/storage/local" }) {
			TestHttp.Result result = key.get(single);
			assertThat(result.status()).isEqualTo(200);
			assertThat(result.json().toString()).isEqualTo("{\"name\":\"\",\"status\":\"pass\",\"ping\":0}");
		}
		JsonNode time = key.get("/health/time").json();
		assertThat(time.path("diff").asInt()).isZero();
		assertThat(time.path("localTime").asLong()).isEqualTo(time.path("remoteTime").asLong()).isPositive();
		assertThat(key.get("/health/anti-virus").json().toString())
			.isEqualTo("{\"version\":\"\",\"status\":\"disabled\"}");
	}

	@Test
	void queuesAreEmptyAndHonourTheThreshold(AppwriteEmulator emulator) {
		TestHttp key = TestHttp.key(emulator);
		for (String queue : new String[] { "builds", "certificates", "databases", "deletes", "functions", "logs",
				"mails", "messaging", "migrations", "stats-resources", "stats-usage", "webhooks" }) {
			TestHttp.Result result = key.get("/health/queue/" + queue);
			assertThat(result.status()).as(queue).isEqualTo(200);
			assertThat(result.json().toString()).isEqualTo("{\"size\":0}");
		}
		assertThat(key.get("/health/queue/failed/v1-mails?threshold=10").json().path("size").asInt()).isZero();

		TestHttp.Result hit = key.get("/health/queue/mails?threshold=0");
		assertError(hit, 503, "health_queue_size_exceeded");
		assertThat(hit.json().path("message").asString())
			.isEqualTo("Queue size threshold hit. Current size is 0 and threshold is 0.");
		assertError(key.get("/health/queue/failed/v1-mails?threshold=0"), 503, "health_queue_size_exceeded");
	}

	@Test
	void badParametersAre400(AppwriteEmulator emulator) {
		TestHttp key = TestHttp.key(emulator);
		TestHttp.Result queue = key.get("/health/queue/failed/nope");
		assertError(queue, 400, "general_argument_invalid");
		assertThat(queue.json().path("message").asString())
			.startsWith("Invalid `name` param: Value must be one of (v1-database, ");
		TestHttp.Result threshold = key.get("/health/queue/mails?threshold=lots");
		assertError(threshold, 400, "general_argument_invalid");
		assertThat(threshold.json().path("message").asString())
			.isEqualTo("Invalid `threshold` param: Value must be a valid integer");
	}

	@Test
	void onlyTheKeyHasHealthRead(AppwriteEmulator emulator) {
		String userId = emulator.seedUser("health@example.com", "password123");
		TestHttp.Result user = TestHttp.guest(emulator)
			.with("X-Appwrite-Session", emulator.createSession(userId))
			.get("/health/db");
		assertError(user, 401, "general_unauthorized_scope");
		assertError(TestHttp.guest(emulator).get("/health/queue/mails"), 401, "general_unauthorized_scope");
		assertError(TestHttp.guest(emulator).get("/health/certificate?domain=example.com"), 401,
				"general_unauthorized_scope");
	}

}
