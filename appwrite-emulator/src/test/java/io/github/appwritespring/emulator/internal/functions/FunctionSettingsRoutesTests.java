package io.github.appwritespring.emulator.internal.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Functions' settings, deployments and variables over loopback HTTP, for functions made
 * through the API and handlers registered in the JVM alike.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class FunctionSettingsRoutesTests {

	private static final String CREATE = "{\"functionId\":\"resize\",\"name\":\"Resize\",\"runtime\":\"node-22\","
			+ "\"execute\":[\"users\"],\"events\":[\"buckets.*.files.*.create\"],\"schedule\":\"0 * * * *\","
			+ "\"timeout\":60,\"entrypoint\":\"src/main.js\",\"commands\":\"npm install\"}";

	@Test
	void aFunctionIsCreatedListedWithRegisteredOnesUpdatedAndDeleted(AppwriteEmulator emulator) {
		emulator.registerFunction("wordcount", (request) -> null);
		TestHttp key = TestHttp.key(emulator);
		TestHttp.Result created = key.post("/functions", CREATE);
		assertThat(created.status()).as(created.response().body()).isEqualTo(201);
		JsonNode function = created.json();
		for (String field : List.of("$id", "$createdAt", "$updatedAt", "execute", "name", "enabled", "live", "logging",
				"runtime", "deploymentId", "deploymentCreatedAt", "latestDeploymentId", "latestDeploymentCreatedAt",
				"latestDeploymentStatus", "scopes", "vars", "events", "schedule", "timeout", "entrypoint", "commands",
				"version", "installationId", "providerRepositoryId", "providerBranch", "providerRootDirectory",
				"providerSilentMode", "specification")) {
			assertThat(function.has(field)).as(field).isTrue();
		}
		assertThat(function.path("timeout").asInt()).isEqualTo(60);
		assertThat(function.path("deploymentId").asString()).isEmpty();
		JsonNode listed = key.get("/functions").json();
		assertThat(listed.path("total").asInt()).isEqualTo(2);
		assertThat(listed.path("functions")).extracting((item) -> item.path("$id").asString())
			.containsExactlyInAnyOrder("resize", "wordcount");
		JsonNode registered = key.get("/functions/wordcount").json();
		assertThat(registered.path("deploymentId").asString()).isEqualTo("emulator");
		assertThat(registered.path("runtime").asString()).isEqualTo("java-17.0");
		TestHttp.Result updated = key.put("/functions/resize", "{\"name\":\"Resizer\",\"enabled\":false}");
		assertThat(updated.json().path("name").asString()).isEqualTo("Resizer");
		assertThat(updated.json().path("runtime").asString()).as("kept when not sent").isEqualTo("node-22");
		assertError(key.post("/functions", CREATE), 409, "function_already_exists");
		assertError(key.post("/functions", "{\"functionId\":\"wordcount\",\"name\":\"W\",\"runtime\":\"node-22\"}"),
				409, "function_already_exists");
		assertThat(key.delete("/functions/wordcount").status()).isEqualTo(204);
		assertError(key.get("/functions/wordcount"), 404, "function_not_found");
		assertError(key.post("/functions/wordcount/executions", "{}"), 404, "function_not_found");
	}

	@Test
	void badSettingsNameTheParameter(AppwriteEmulator emulator) {
		TestHttp key = TestHttp.key(emulator);
		assertError(key.post("/functions", "{\"functionId\":\"f\",\"name\":\"F\",\"runtime\":\"cobol-1\"}"), 400,
				"general_argument_invalid");
		assertError(
				key.post("/functions",
						"{\"functionId\":\"f\",\"name\":\"F\",\"runtime\":\"node-22\",\"execute\":[\"everyone\"]}"),
				400, "general_argument_invalid");
		assertError(
				key.post("/functions",
						"{\"functionId\":\"f\",\"name\":\"F\",\"runtime\":\"node-22\",\"schedule\":\"hourly\"}"),
				400, "general_argument_invalid");
		assertError(
				key.post("/functions", "{\"functionId\":\"f\",\"name\":\"F\",\"runtime\":\"node-22\",\"timeout\":901}"),
				400, "general_argument_invalid");
		assertThat(key.get("/functions/runtimes").json().path("runtimes").get(0).path("name").asString())
			.isEqualTo("Node.js");
		assertThat(TestHttp.guest(emulator).get("/functions/runtimes").status()).as("public").isEqualTo(200);
		assertThat(key.get("/functions/specifications").json().path("total").asInt()).isEqualTo(9);
	}

	@Test
	void anApiFunctionRunsNothingButSaysWhyAndHonoursItsRoles(AppwriteEmulator emulator) throws Exception {
		TestHttp key = TestHttp.key(emulator);
		key.post("/functions", CREATE);
		assertError(key.post("/functions/resize/executions", "{}"), 404, "deployment_not_found");
		TestHttp.Result template = key.post("/functions/resize/deployments/template",
				"{\"repository\":\"templates\",\"owner\":\"appwrite\",\"rootDirectory\":\"node/starter\","
						+ "\"type\":\"tag\",\"reference\":\"1.0.0\",\"activate\":true}");
		assertThat(template.status()).isEqualTo(202);
		assertThat(template.json().path("resourceType").asString()).isEqualTo("functions");
		assertThat(key.get("/functions/resize").json().path("deploymentId").asString())
			.isEqualTo(template.json().path("$id").asString());
		JsonNode execution = key.post("/functions/resize/executions", "{}").json();
		assertThat(execution.path("status").asString()).isEqualTo("failed");
		assertThat(execution.path("errors").asString()).contains("registerFunction(\"resize\"");
		String userId = emulator.seedUser("ada", "ada@example.com", "ada-password", "Ada");
		TestHttp ada = TestHttp.guest(emulator).with("X-Appwrite-Session", emulator.createSession(userId));
		assertThat(ada.post("/functions/resize/executions", "{}").status()).as("execute: users").isEqualTo(201);
		assertError(TestHttp.guest(emulator).post("/functions/resize/executions", "{}"), 401, "user_unauthorized");
		key.put("/functions/resize", "{\"name\":\"Resize\",\"enabled\":false}");
		assertError(ada.post("/functions/resize/executions", "{}"), 404, "function_not_found");
	}

	@Test
	void aRegisteredHandlerHasVariablesAndDeploymentsLikeAnyFunction(AppwriteEmulator emulator) throws Exception {
		emulator.registerFunction("mailer", (request) -> null);
		TestHttp key = TestHttp.key(emulator);
		assertThat(key.post("/functions/mailer/variables", "{\"key\":\"SMTP_HOST\",\"value\":\"localhost\"}").status())
			.isEqualTo(201);
		assertThat(key.get("/functions/mailer").json().path("vars")).hasSize(1);
		emulator.reset();
		assertThat(key.get("/functions/mailer").json().path("vars")).as("reset clears the data, not the handler")
			.isEmpty();
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Callable<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				calls.add(() -> key.post("/functions/mailer/variables", "{\"key\":\"ONCE\",\"value\":\"x\"}").status());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : pool.invokeAll(calls)) {
				statuses.add(status.get());
			}
			assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(emulator.unregisterFunction("mailer")).isTrue();
		assertError(key.get("/functions/mailer"), 404, "function_not_found");
	}

}
