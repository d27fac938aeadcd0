package io.github.appwritespring.emulator.internal.sites;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sites over loopback HTTP with the API key: settings, deployments recorded without a
 * build, variables and the (empty) logs.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class SiteRoutesTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final byte[] ARCHIVE = "not really gzip, but the emulator keeps the bytes as they came"
		.getBytes(StandardCharsets.UTF_8);

	private AppwriteEmulator emulator;

	private TestHttp key;

	@BeforeEach
	void site(AppwriteEmulator emulator) {
		this.emulator = emulator;
		this.key = TestHttp.key(emulator);
		TestHttp.Result created = this.key.post("/sites",
				"{\"siteId\":\"docs\",\"name\":\"Docs\",\"framework\":\"astro\",\"buildRuntime\":\"node-22\","
						+ "\"adapter\":\"static\",\"outputDirectory\":\"./dist\"}");
		assertThat(created.status()).as(created.response().body()).isEqualTo(201);
	}

	private HttpResponse<String> deploy(String siteId, boolean activate, String contentRange) throws Exception {
		String boundary = "----boundary" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"activate\"\r\n\r\n" + activate + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"code\"; filename=\"code.tar.gz\"\r\n"
				+ "Content-Type: application/gzip\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(ARCHIVE);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(this.emulator.endpoint() + "/sites/" + siteId + "/deployments"))
			.header("X-Appwrite-Project", this.emulator.projectId())
			.header("X-Appwrite-Key", this.emulator.apiKey())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (contentRange != null) {
			request.header("Content-Range", contentRange);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static List<Integer> concurrently(int count, Call call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			List<Callable<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				calls.add(() -> call.status(n));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : pool.invokeAll(calls)) {
				statuses.add(status.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private JsonNode deployed(boolean activate) throws Exception {
		HttpResponse<String> answer = deploy("docs", activate, null);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
		return Json.MAPPER.readTree(answer.body());
	}

	@Test
	void aSiteHasEveryFieldOfTheModelAndItsSettingsChange() {
		JsonNode site = this.key.get("/sites/docs").json();
		assertThat(site.path("framework").asString()).isEqualTo("astro");
		assertThat(site.path("enabled").asBoolean()).isTrue();
		assertThat(site.path("timeout").asInt()).isEqualTo(30);
		assertThat(site.path("specification").asString()).isEqualTo("s-1vcpu-512mb");
		assertThat(site.path("deploymentId").asString()).isEmpty();
		assertThat(site.path("vars").isArray()).isTrue();
		for (String field : List.of("$id", "$createdAt", "$updatedAt", "name", "enabled", "live", "logging",
				"framework", "deploymentId", "deploymentCreatedAt", "deploymentScreenshotLight",
				"deploymentScreenshotDark", "latestDeploymentId", "latestDeploymentCreatedAt", "latestDeploymentStatus",
				"vars", "timeout", "installCommand", "buildCommand", "outputDirectory", "installationId",
				"providerRepositoryId", "providerBranch", "providerRootDirectory", "providerSilentMode",
				"specification", "buildRuntime", "adapter", "fallbackFile")) {
			assertThat(site.has(field)).as(field).isTrue();
		}
		TestHttp.Result updated = this.key.put("/sites/docs",
				"{\"name\":\"Handbook\",\"framework\":\"astro\",\"adapter\":\"ssr\",\"timeout\":10}");
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().path("name").asString()).isEqualTo("Handbook");
		assertThat(updated.json().path("adapter").asString()).isEqualTo("ssr");
		assertThat(updated.json().path("buildRuntime").asString()).as("kept when not sent").isEqualTo("node-22");
		JsonNode listed = this.key.get("/sites?queries[]=" + java.net.URLEncoder.encode(
				"{\"method\":\"equal\",\"attribute\":\"framework\",\"values\":[\"astro\"]}", StandardCharsets.UTF_8))
			.json();
		assertThat(listed.path("total").asInt()).isEqualTo(1);
		assertThat(this.key.get("/sites?search=handbook").json().path("total").asInt()).isEqualTo(1);
	}

	@Test
	void badSettingsAreRefusedWithTheParameterNamed() {
		assertError(this.key.post("/sites",
				"{\"siteId\":\"docs\",\"name\":\"Again\",\"framework\":\"astro\"," + "\"buildRuntime\":\"node-22\"}"),
				409, "site_already_exists");
		TestHttp.Result framework = this.key.post("/sites",
				"{\"siteId\":\"x\",\"name\":\"X\",\"framework\":\"rails\",\"buildRuntime\":\"node-22\"}");
		assertError(framework, 400, "general_argument_invalid");
		assertThat(framework.json().path("message").asString()).contains("`framework`").contains("sveltekit");
		assertError(this.key.post("/sites",
				"{\"siteId\":\"x\",\"name\":\"X\",\"framework\":\"react\",\"buildRuntime\":\"node-22\",\"adapter\":\"ssr\"}"),
				400, "general_argument_invalid");
		assertError(
				this.key.post("/sites",
						"{\"siteId\":\"x\",\"name\":\"X\",\"framework\":\"react\",\"buildRuntime\":\"cobol-1\"}"),
				400, "general_argument_invalid");
		assertError(this.key.post("/sites",
				"{\"siteId\":\"x\",\"name\":\"X\",\"framework\":\"react\",\"buildRuntime\":\"node-22\",\"timeout\":31}"),
				400, "general_argument_invalid");
		assertError(
				this.key.post("/sites",
						"{\"siteId\":\"x\",\"name\":\"X\",\"framework\":\"react\","
								+ "\"buildRuntime\":\"node-22\",\"specification\":\"s-64vcpu\"}"),
				400, "general_argument_invalid");
		assertError(
				this.key.post("/sites",
						"{\"siteId\":\"x\",\"name\":\"X\",\"framework\":\"react\","
								+ "\"buildRuntime\":\"node-22\",\"installationId\":\"gh\"}"),
				404, "installation_not_found");
		assertError(this.key.get("/sites/nope"), 404, "site_not_found");
		assertError(TestHttp.guest(this.emulator).get("/sites"), 401, "general_unauthorized_scope");
	}

	@Test
	void frameworksAndSpecificationsAreListed() {
		JsonNode frameworks = this.key.get("/sites/frameworks").json();
		assertThat(frameworks.path("total").asInt()).isEqualTo(15);
		JsonNode nextjs = frameworks.path("frameworks").get(2);
		assertThat(nextjs.path("key").asString()).isEqualTo("nextjs");
		assertThat(nextjs.path("adapters").get(0).path("outputDirectory").asString()).isEqualTo("./.next");
		JsonNode specifications = this.key.get("/sites/specifications").json();
		assertThat(specifications.path("specifications").get(0).path("slug").asString()).isEqualTo("s-0.5vcpu-512mb");
		assertThat(specifications.path("specifications").get(0).path("cpus").asDouble()).isEqualTo(0.5);
	}

	@Test
	void anUploadedDeploymentIsReadyActiveAndDownloadsAsItCame() throws Exception {
		JsonNode deployment = deployed(true);
		assertThat(deployment.path("status").asString()).isEqualTo("ready");
		assertThat(deployment.path("type").asString()).isEqualTo("manual");
		assertThat(deployment.path("resourceType").asString()).isEqualTo("sites");
		assertThat(deployment.path("sourceSize").asLong()).isEqualTo(ARCHIVE.length);
		String id = deployment.path("$id").asString();
		JsonNode site = this.key.get("/sites/docs").json();
		assertThat(site.path("deploymentId").asString()).isEqualTo(id);
		assertThat(site.path("latestDeploymentId").asString()).isEqualTo(id);
		assertThat(site.path("latestDeploymentStatus").asString()).isEqualTo("ready");
		HttpResponse<byte[]> download = HTTP.send(HttpRequest
			.newBuilder(URI.create(this.emulator.endpoint() + "/sites/docs/deployments/" + id + "/download"))
			.header("X-Appwrite-Project", this.emulator.projectId())
			.header("X-Appwrite-Key", this.emulator.apiKey())
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(ARCHIVE);
		assertError(this.key.get("/sites/docs/deployments/" + id + "/download?type=output"), 404, "build_not_found");
		assertError(this.key.patch("/sites/docs/deployments/" + id + "/status", "{}"), 400, "build_already_completed");
	}

	@Test
	void deploymentsActivateDuplicateAndDeleteAsOnAppwrite() throws Exception {
		String first = deployed(true).path("$id").asString();
		String second = deployed(false).path("$id").asString();
		JsonNode site = this.key.get("/sites/docs").json();
		assertThat(site.path("deploymentId").asString()).as("an inactive deployment leaves the active one")
			.isEqualTo(first);
		assertThat(site.path("latestDeploymentId").asString()).isEqualTo(second);
		TestHttp.Result activated = this.key.patch("/sites/docs/deployment", "{\"deploymentId\":\"" + second + "\"}");
		assertThat(activated.json().path("deploymentId").asString()).isEqualTo(second);
		TestHttp.Result duplicate = this.key.post("/sites/docs/deployments/duplicate",
				"{\"deploymentId\":\"" + first + "\"}");
		assertThat(duplicate.status()).isEqualTo(202);
		assertThat(duplicate.json().path("sourceSize").asLong()).isEqualTo(ARCHIVE.length);
		assertThat(this.key.get("/sites/docs/deployments").json().path("total").asInt()).isEqualTo(3);
		String copy = duplicate.json().path("$id").asString();
		assertThat(this.key.delete("/sites/docs/deployments/" + copy).status()).isEqualTo(204);
		assertThat(this.key.get("/sites/docs").json().path("deploymentId").asString())
			.as("deleting the active deployment leaves none active")
			.isEmpty();
		assertError(this.key.get("/sites/docs/deployments/" + copy), 404, "deployment_not_found");
		assertError(this.key.patch("/sites/docs/deployment", "{\"deploymentId\":\"nope\"}"), 404,
				"deployment_not_found");
		TestHttp.Result template = this.key.post("/sites/docs/deployments/template",
				"{\"repository\":\"templates-for-sites\",\"owner\":\"appwrite\",\"rootDirectory\":\"astro/starter\","
						+ "\"type\":\"branch\",\"reference\":\"main\"}");
		assertThat(template.status()).isEqualTo(202);
		assertThat(template.json().path("providerRepositoryOwner").asString()).isEqualTo("appwrite");
		assertError(this.key.get("/sites/docs/deployments/" + template.json().path("$id").asString() + "/download"),
				404, "deployment_not_found");
		assertError(this.key.post("/sites/docs/deployments/vcs", "{\"type\":\"branch\",\"reference\":\"main\"}"), 404,
				"provider_repository_not_found");
	}

	@Test
	void aDeploymentSentInChunksOrWithoutCodeIsRefusedClearly() throws Exception {
		HttpResponse<String> chunk = deploy("docs", true, "bytes 0-9/100");
		assertThat(chunk.statusCode()).isEqualTo(400);
		assertThat(chunk.body()).contains("one request");
		assertThat(deploy("nope", true, null).body()).contains("site_not_found");
		assertThat(this.key.get("/sites/docs/deployments").json().path("total").asInt()).isZero();
	}

	@Test
	void variablesKeepSecretsAndTheirKeysUnique() {
		TestHttp.Result plain = this.key.post("/sites/docs/variables", "{\"key\":\"API_URL\",\"value\":\"https://x\"}");
		assertThat(plain.status()).isEqualTo(201);
		assertThat(plain.json().path("resourceType").asString()).isEqualTo("site");
		TestHttp.Result secret = this.key.post("/sites/docs/variables",
				"{\"key\":\"TOKEN\",\"value\":\"s3cr3t\",\"secret\":true}");
		assertThat(secret.json().path("value").asString()).isEmpty();
		String secretId = secret.json().path("$id").asString();
		assertThat(this.key.get("/sites/docs/variables/" + secretId).response().body()).doesNotContain("s3cr3t");
		assertThat(this.key.get("/sites/docs").json().path("vars")).hasSize(2);
		assertThat(this.key.get("/sites/docs").json().path("live").asBoolean()).isFalse();
		assertError(this.key.post("/sites/docs/variables", "{\"key\":\"TOKEN\",\"value\":\"again\"}"), 409,
				"variable_already_exists");
		assertError(this.key.put("/sites/docs/variables/" + secretId, "{\"key\":\"TOKEN\",\"secret\":false}"), 400,
				"variable_cannot_unset_secret");
		assertError(this.key.put("/sites/docs/variables/" + secretId, "{\"key\":\"API_URL\"}"), 409,
				"variable_already_exists");
		TestHttp.Result renamed = this.key.put("/sites/docs/variables/" + secretId, "{\"key\":\"AUTH_TOKEN\"}");
		assertThat(renamed.json().path("key").asString()).isEqualTo("AUTH_TOKEN");
		assertThat(this.key.delete("/sites/docs/variables/" + secretId).status()).isEqualTo(204);
		assertError(this.key.get("/sites/docs/variables/" + secretId), 404, "variable_not_found");
		assertThat(this.key.get("/sites/docs/variables").json().path("total").asInt()).isEqualTo(1);
	}

	@Test
	void concurrentVariablesWithOneKeyMakeExactlyOne() throws Exception {
		List<Integer> statuses = concurrently(12,
				(n) -> this.key.post("/sites/docs/variables", "{\"key\":\"SAME\",\"value\":\"" + n + "\"}").status());
		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status == 409).hasSize(11);
		assertThat(this.key.get("/sites/docs/variables").json().path("total").asInt()).isEqualTo(1);
	}

	@Test
	void concurrentDeploymentsAllCountAndTheLatestIsTheNewest() throws Exception {
		assertThat(concurrently(8, (n) -> deploy("docs", false, null).statusCode())).containsOnly(202);
		JsonNode deployments = this.key.get("/sites/docs/deployments").json();
		assertThat(deployments.path("total").asInt()).isEqualTo(8);
		JsonNode site = this.key.get("/sites/docs").json();
		assertThat(site.path("latestDeploymentId").asString()).isNotEmpty();
		assertThat(site.path("deploymentId").asString()).isEmpty();
	}

	@Test
	void logsAreEmptyAndDeletingTheSiteDeletesWhatBelongsToIt() throws Exception {
		JsonNode logs = this.key.get("/sites/docs/logs").json();
		assertThat(logs.path("total").asInt()).isZero();
		assertThat(logs.path("executions").isArray()).isTrue();
		assertError(this.key.get("/sites/docs/logs/any"), 404, "log_not_found");
		assertError(this.key.delete("/sites/docs/logs/any"), 404, "log_not_found");
		deployed(true);
		this.key.post("/sites/docs/variables", "{\"key\":\"A\",\"value\":\"1\"}");
		assertThat(this.key.delete("/sites/docs").status()).isEqualTo(204);
		assertError(this.key.get("/sites/docs"), 404, "site_not_found");
		this.site(this.emulator);
		assertThat(this.key.get("/sites/docs/deployments").json().path("total").asInt())
			.as("a new site with the same ID starts empty")
			.isZero();
		assertThat(this.key.get("/sites/docs/variables").json().path("total").asInt()).isZero();
	}

	@FunctionalInterface
	private interface Call {

		int status(int n) throws Exception;

	}

}
