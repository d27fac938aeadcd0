package io.github.appwritespring.emulator.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.internal.json.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations list shipped in the jar is what Appwrite's own 1.8.1 spec (a copy in the
 * test resources) says; when the two differ the derived list is written to
 * {@code target/appwrite-1.8.1-operations.tsv} to copy over the resource.
 */
class AppwriteOperationsTests {

	private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

	@Test
	void shippedListIsDerivedFromAppwritesSpec() throws IOException {
		String derived = deriveFromSpec();
		String shipped;
		try (InputStream in = AppwriteOperations.class.getResourceAsStream(AppwriteOperations.RESOURCE)) {
			assertThat(in).as(AppwriteOperations.RESOURCE).isNotNull();
			shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		if (!derived.equals(shipped)) {
			Path out = Path.of("target", AppwriteOperations.RESOURCE);
			Files.createDirectories(out.getParent());
			Files.writeString(out, derived);
			assertThat(shipped)
				.as("the shipped list differs from the spec; the derived one is in " + out.toAbsolutePath())
				.isEqualTo(derived);
		}
		assertThat(AppwriteOperations.appwrite181().all()).hasSize(375);
	}

	@Test
	void findsTheMostSpecificTemplate() {
		AppwriteOperations operations = AppwriteOperations.appwrite181();
		assertThat(operations.find("POST", List.of("users", "argon2")).orElseThrow().qualifiedName())
			.isEqualTo("users.createArgon2User");
		assertThat(operations.find("GET", List.of("users", "u1")).orElseThrow().qualifiedName()).isEqualTo("users.get");
		assertThat(operations.find("GET", List.of("health", "queue", "failed", "v1-mails")).orElseThrow().name())
			.isEqualTo("getFailedJobs");
		assertThat(operations.find("GET", List.of("nowhere"))).isEmpty();
		assertThat(operations.find("PATCH", List.of("users", "u1"))).isEmpty();
	}

	private static String deriveFromSpec() throws IOException {
		JsonNode spec;
		try (InputStream in = AppwriteOperationsTests.class
			.getResourceAsStream("/appwrite-spec/swagger2-1.8.x-server.json")) {
			assertThat(in).isNotNull();
			spec = Json.MAPPER.readTree(in);
		}
		List<String[]> rows = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (!METHODS.contains(operation.getKey())) {
					continue;
				}
				JsonNode appwrite = operation.getValue().path("x-appwrite");
				JsonNode scope = appwrite.path("scope");
				List<String> scopes = new ArrayList<>();
				if (scope.isArray()) {
					scope.forEach((s) -> scopes.add(s.asString()));
				}
				else if (scope.isString()) {
					scopes.add(scope.asString());
				}
				rows.add(new String[] { operation.getValue().path("tags").path(0).asString(),
						appwrite.path("method").asString(), operation.getKey().toUpperCase(java.util.Locale.ROOT),
						path.getKey(), String.join(",", scopes) });
			}
		}
		rows.sort(Comparator.<String[], String>comparing((r) -> r[0])
			.thenComparing((r) -> r[3])
			.thenComparing((r) -> r[2]));
		StringBuilder tsv = new StringBuilder();
		tsv.append(
				"# Appwrite 1.8.1 server API operations: service, SDK method, HTTP method, path template (under /v1), scope.\n");
		tsv.append("# Derived by AppwriteOperationsTests from Appwrite's swagger2-1.8.x-server.json at tag 1.8.1.\n");
		tsv.append("# That spec is Copyright (c) 2019 Appwrite (https://appwrite.io) and individual contributors,\n");
		tsv.append("# BSD-3-Clause: see appwrite-1.8.1-operations.LICENSE.txt beside this file.\n");
		for (String[] row : rows) {
			tsv.append(String.join("\t", row)).append('\n');
		}
		return tsv.toString();
	}

}
