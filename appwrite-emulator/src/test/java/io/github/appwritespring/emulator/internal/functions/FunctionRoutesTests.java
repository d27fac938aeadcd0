package io.github.appwritespring.emulator.internal.functions;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.functions.FunctionResponse;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@ExtendWith(AppwriteEmulatorExtension.class)
class FunctionRoutesTests {

	@Test
	void echoRunsSynchronouslyAndUsersSeeOnlyTheirExecutions(AppwriteEmulator emulator) {
		emulator.registerFunction(EchoFunction.ID, new EchoFunction());
		String userId = emulator.seedUser("ada", "ada@example.com", "ada-password", "Ada");
		TestHttp ada = TestHttp.guest(emulator).with("X-Appwrite-Session", emulator.createSession(userId));
		TestHttp.Result result = ada.post("/functions/echo/executions",
				"{\"body\":\"hi\",\"path\":\"/x?y=1\",\"method\":\"PUT\",\"headers\":{\"X-Test\":\"1\"}}");
		assertThat(result.status()).isEqualTo(201);
		JsonNode execution = result.json();
		assertThat(execution.path("status").asString()).isEqualTo("completed");
		assertThat(execution.path("responseStatusCode").asInt()).isEqualTo(200);
		JsonNode echoed = Json.MAPPER.readTree(execution.path("responseBody").asString());
		assertThat(echoed.path("method").asString()).isEqualTo("PUT");
		assertThat(echoed.path("path").asString()).isEqualTo("/x?y=1");
		assertThat(echoed.path("headers").path("x-test").asString()).isEqualTo("1");
		assertThat(echoed.path("body").asString()).isEqualTo("hi");
		String id = execution.path("$id").asString();
		assertThat(ada.get("/functions/echo/executions/" + id).status()).isEqualTo(200);
		assertThat(TestHttp.key(emulator).get("/functions/echo/executions").json().path("total").asInt()).isEqualTo(1);
		assertError(TestHttp.guest(emulator).get("/functions/echo/executions/" + id), 401,
				"general_unauthorized_scope");
		assertError(ada.delete("/functions/echo/executions/" + id), 401, "user_unauthorized");
		assertThat(TestHttp.key(emulator).delete("/functions/echo/executions/" + id).status()).isEqualTo(204);
	}

	@Test
	void requestHeadersKeepAppwritesAllowListAndTheAnswerCarriesTheExecutionId(AppwriteEmulator emulator) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("content-type", "application/json");
		headers.put("x-custom", "yes");
		emulator.registerFunction("typed", (request) -> new FunctionResponse(200, "{}", headers, "", ""));
		TestHttp key = TestHttp.key(emulator);
		JsonNode execution = key
			.post("/functions/typed/executions", "{\"headers\":{\"X-Secret\":\"s\",\"Content-Type\":\"text/plain\"}}")
			.json();
		assertThat(execution.path("requestHeaders")).extracting((header) -> header.path("name").asString())
			.containsExactly("content-type", "x-appwrite-client-ip");
		assertThat(execution.path("responseHeaders")).extracting((header) -> header.path("name").asString())
			.containsExactly("content-type", "x-custom", "x-appwrite-execution-id");
		assertThat(execution.path("responseHeaders").get(2).path("value").asString())
			.isEqualTo(execution.path("$id").asString());
		JsonNode stored = key.get("/functions/typed/executions/" + execution.path("$id").asString()).json();
		assertThat(stored.path("responseHeaders")).extracting((header) -> header.path("name").asString())
			.containsExactly("content-type");
	}

	@Test
	void asyncExecutionsCompleteInTheBackgroundAndFailuresAreRecorded(AppwriteEmulator emulator) throws Exception {
		emulator.registerFunction("slow", (request) -> FunctionResponse.ok("done " + request.body()));
		emulator.registerFunction("broken", (request) -> {
			throw new IllegalStateException("boom");
		});
		TestHttp key = TestHttp.key(emulator);
		JsonNode waiting = key.post("/functions/slow/executions", "{\"body\":\"later\",\"async\":true}").json();
		assertThat(waiting.path("status").asString()).isEqualTo("waiting");
		String path = "/functions/slow/executions/" + waiting.path("$id").asString();
		JsonNode finished = waiting;
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!finished.path("status").asString().equals("completed") && System.nanoTime() < deadline) {
			Thread.sleep(20);
			finished = key.get(path).json();
		}
		assertThat(finished.path("status").asString()).isEqualTo("completed");
		assertThat(finished.path("responseBody").asString()).isEqualTo("done later");

		JsonNode failed = key.post("/functions/broken/executions", "{}").json();
		assertThat(failed.path("status").asString()).isEqualTo("failed");
		assertThat(failed.path("errors").asString()).contains("boom");
		assertError(key.post("/functions/nope/executions", "{}"), 404, "function_not_found");
		assertError(key.post("/functions/slow/executions", "{\"method\":\"FETCH\"}"), 400, "general_argument_invalid");
		assertError(key.post("/functions/slow/executions", "{\"scheduledAt\":\"2030-01-01T00:00:00.000+00:00\"}"), 400,
				"general_argument_invalid");
		assertThat(key.get("/functions").json().path("functions"))
			.extracting((function) -> function.path("$id").asString())
			.contains("slow", "broken");
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.registerFunction("../x", new EchoFunction()));
		emulator.reset();
		assertThat(key.get("/functions/slow").status()).as("registrations survive a reset").isEqualTo(200);
		assertThat(key.get("/functions/slow/executions").json().path("total").asInt()).isZero();
	}

}
