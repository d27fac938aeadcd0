package io.github.appwritespring.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which operations of Appwrite 1.8.1's server API the emulator serves, per service,
 * printed beside the client's figures (recorded in the client's README). The
 * specification is the client's test copy ({@code appwrite-client/src/test/resources/
 * appwrite-spec}), read with the same scope: the legacy {@code databases} service and the
 * operations deprecated under every name left out, 313 operations.
 * <p>
 * Asked over HTTP, as a client would: an operation is served unless the emulator answers
 * {@code general_route_not_found} or {@code general_not_implemented} (its 501 for an
 * operation it knows but does not serve) for its method and path (path parameters set to
 * {@code x}). Nothing else about the answer is judged here; the conformance suite does
 * that.
 */
class EmulatorSpecCoverageTests {

	static final Path SPEC = Path.of("..", "appwrite-client", "src", "test", "resources", "appwrite-spec",
			"open-api3-1.8.x-server.json");

	@Test
	void printsTheOperationsServedPerService() {
		List<String[]> operations = operations();
		assertThat(operations).hasSize(313);
		Map<String, int[]> coverage = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		List<String> served = new ArrayList<>();
		try (AppwriteEmulator emulator = AppwriteEmulator.builder().rateLimits(false).start()) {
			TestHttp http = TestHttp.key(emulator);
			for (String[] operation : operations) {
				int[] counts = coverage.computeIfAbsent(operation[0], (service) -> new int[2]);
				counts[1]++;
				String path = operation[3].replaceAll("\\{[^}/]+}", "x");
				TestHttp.Result result = http.send(operation[2], path, null, null);
				String body = result.response().body();
				if (!body.contains("\"general_route_not_found\"") && !body.contains("\"general_not_implemented\"")) {
					counts[0]++;
					served.add(operation[0] + "." + operation[1]);
				}
			}
		}
		StringBuilder table = new StringBuilder(
				"Appwrite 1.8.1 server API, emulator coverage (served / operations):\n");
		int total = 0;
		for (Map.Entry<String, int[]> service : coverage.entrySet()) {
			table.append(String.format("  %-10s %3d / %3d%n", service.getKey(), service.getValue()[0],
					service.getValue()[1]));
			total += service.getValue()[0];
		}
		System.out.println(table.append(String.format("  %-10s %3d / %3d%n", "total", total, operations.size())));
		assertThat(served).contains("health.get", "account.get", "tablesDB.createRow");
	}

	/** Service, name, HTTP method and path of each operation in scope. */
	private static List<String[]> operations() {
		JsonNode spec;
		try {
			spec = JsonMapper.builder().build().readTree(Files.readString(SPEC));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String[]> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				JsonNode operation = entry.getValue();
				String service = operation.path("tags").path(0).asString("");
				if (!operation.has("x-appwrite") || service.equals("databases")) {
					continue;
				}
				String name = currentName(operation);
				if (name != null) {
					operations.add(new String[] { service, name, entry.getKey().toUpperCase(), path.getKey() });
				}
			}
		}
		return operations;
	}

	/** As SpecCoverageTests in the client: the first name that is not deprecated. */
	private static String currentName(JsonNode operation) {
		JsonNode appwrite = operation.path("x-appwrite");
		if (appwrite.has("methods")) {
			for (JsonNode method : appwrite.path("methods")) {
				JsonNode deprecated = method.path("deprecated");
				if (deprecated.isMissingNode() || deprecated.isNull()
						|| (deprecated.isBoolean() && !deprecated.asBoolean())) {
					return method.path("name").asString();
				}
			}
			return null;
		}
		return operation.path("deprecated").asBoolean(false) ? null : appwrite.path("method").asString();
	}

}
