package io.github.appwritespring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.appwritespring.client.transport.AppwriteOperation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of Appwrite 1.8.1's server API (its OpenAPI specification, in
 * {@code src/test/resources/appwrite-spec}) is implemented by the client or listed in
 * {@code known-missing.txt}, and that list only shrinks: an operation on it that is
 * implemented fails the test too. Prints the coverage per service.
 * <p>
 * An operation is implemented by the reactive service of its tag ({@code tablesDB} is
 * {@code ReactiveTablesDb}, letter case ignored) with a public method of the operation's
 * name ({@code x-appwrite.method}), or one marked {@link AppwriteOperation} with it. Left
 * out, as issue 15 says: the legacy {@code databases} service (TablesDB replaces it, and
 * the client speaks TablesDB only), and the operations that are deprecated under every
 * name (their replacement is another operation). An operation deprecated under one name
 * and current under another counts once, under its current name.
 */
class SpecCoverageTests {

	static final String SPEC = "/appwrite-spec/open-api3-1.8.x-server.json";

	static final Path KNOWN_MISSING = Path.of("src", "test", "resources", "appwrite-spec", "known-missing.txt");

	/** Services of the specification that are out of scope, and why. */
	static final Map<String, String> EXCLUDED_SERVICES = Map.of("databases",
			"the legacy Databases API, deprecated in 1.8 in favour of TablesDB, which the client speaks instead");

	@Test
	void theSpecificationHas313OperationsInScope() {
		assertThat(SpecOperations.read(SPEC, EXCLUDED_SERVICES.keySet())).hasSize(313);
	}

	@Test
	void everyOperationIsImplementedOrKnownToBeMissing() throws IOException {
		List<SpecOperations.Operation> operations = SpecOperations.read(SPEC, EXCLUDED_SERVICES.keySet());
		Map<String, Set<String>> implemented = implementedNames();
		Map<String, int[]> coverage = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		Set<String> missing = new TreeSet<>();
		for (SpecOperations.Operation operation : operations) {
			int[] counts = coverage.computeIfAbsent(operation.service(), (service) -> new int[2]);
			counts[1]++;
			Set<String> names = implemented.getOrDefault(operation.service().toLowerCase(), Set.of());
			if (names.containsAll(operation.names())) {
				counts[0]++;
			}
			else {
				missing.add(operation.id());
			}
		}
		System.out.println(table(coverage, operations.size()));

		if (!Files.exists(KNOWN_MISSING)) {
			Files
				.writeString(KNOWN_MISSING, "# Operations of Appwrite 1.8.1's server API the client does not implement "
						+ "yet, written once by SpecCoverageTests.\n# Remove a line when you implement it; never add one.\n"
						+ String.join("\n", missing) + "\n");
			throw new AssertionError("Wrote " + KNOWN_MISSING + " with the " + missing.size()
					+ " operations missing today: check it and commit it");
		}
		Set<String> knownMissing = Files.readAllLines(KNOWN_MISSING)
			.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> inScope = operations.stream().map(SpecOperations.Operation::id).collect(Collectors.toSet());

		Set<String> unlisted = new TreeSet<>(missing);
		unlisted.removeAll(knownMissing);
		assertThat(unlisted)
			.as("operations neither implemented nor in " + KNOWN_MISSING + " (implement them; the list only shrinks)")
			.isEmpty();
		Set<String> stale = new TreeSet<>(knownMissing);
		stale.removeAll(missing);
		stale.retainAll(inScope);
		assertThat(stale).as("implemented operations still in " + KNOWN_MISSING + ": remove their lines").isEmpty();
		Set<String> unknown = new TreeSet<>(knownMissing);
		unknown.removeAll(inScope);
		assertThat(unknown).as("entries of " + KNOWN_MISSING + " that are no operation in scope").isEmpty();
	}

	@Test
	void everyPublicReactiveMethodImplementsAnOperationOrListsAllPages() {
		List<SpecOperations.Operation> operations = SpecOperations.read(SPEC, EXCLUDED_SERVICES.keySet());
		Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		Map<String, String> serviceByLowerCase = new TreeMap<>();
		for (SpecOperations.Operation operation : operations) {
			operation.names().forEach((name) -> known.add(operation.service() + "." + name));
			serviceByLowerCase.put(operation.service().toLowerCase(), operation.service());
		}
		List<String> strays = new ArrayList<>();
		for (Class<?> reactive : ServiceClasses.reactiveServices()) {
			String service = serviceByLowerCase.get(serviceOf(reactive));
			assertThat(service).as(reactive.getSimpleName() + " is the service of no tag in the specification")
				.isNotNull();
			for (Method method : publicMethods(reactive)) {
				String operation = operationOf(method, service);
				if (!known.contains(operation) && !listsAllPages(method) && !answersAHandle(method)) {
					strays.add(reactive.getSimpleName() + "#" + method.getName() + " (" + operation + ")");
				}
			}
		}
		assertThat(strays)
			.as("public reactive methods that implement no operation of the specification (nor list all pages, nor "
					+ "answer a handle): rename them " + "or mark them @AppwriteOperation(\"service.method\")")
			.isEmpty();
	}

	/** The implemented operation names, by service in lower case. */
	static Map<String, Set<String>> implementedNames() {
		Map<String, Set<String>> implemented = new TreeMap<>();
		for (Class<?> reactive : ServiceClasses.reactiveServices()) {
			for (Method method : publicMethods(reactive)) {
				String operation = operationOf(method, serviceOf(reactive));
				int dot = operation.indexOf('.');
				implemented.computeIfAbsent(operation.substring(0, dot).toLowerCase(), (key) -> new LinkedHashSet<>())
					.add(operation.substring(dot + 1));
			}
		}
		return implemented;
	}

	static String table(Map<String, int[]> coverage, int total) {
		StringBuilder table = new StringBuilder(
				"Appwrite 1.8.1 server API, client coverage (implemented / operations):\n");
		int implemented = 0;
		for (Map.Entry<String, int[]> service : coverage.entrySet()) {
			table.append(String.format("  %-10s %3d / %3d%n", service.getKey(), service.getValue()[0],
					service.getValue()[1]));
			implemented += service.getValue()[0];
		}
		return table.append(String.format("  %-10s %3d / %3d%n", "total", implemented, total)).toString();
	}

	private static String operationOf(Method method, String service) {
		AppwriteOperation named = method.getAnnotation(AppwriteOperation.class);
		return (named != null) ? named.value() : service + "." + method.getName();
	}

	private static String serviceOf(Class<?> reactive) {
		return reactive.getSimpleName().substring("Reactive".length()).toLowerCase();
	}

	/** A method answering another reactive face, such as a table's handle. */
	private static boolean answersAHandle(Method method) {
		return method.getReturnType().getSimpleName().startsWith("Reactive")
				&& !io.github.appwritespring.client.transport.Service.class.isAssignableFrom(method.getReturnType());
	}

	private static boolean listsAllPages(Method method) {
		return method.getName().startsWith("listAll") && method.getReturnType() == Flux.class
				&& ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0] != DataBuffer.class;
	}

	private static List<Method> publicMethods(Class<?> type) {
		List<Method> methods = new ArrayList<>();
		for (Method method : type.getDeclaredMethods()) {
			if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
					&& !method.isSynthetic()) {
				methods.add(method);
			}
		}
		return methods;
	}

	/** Reads the operations of the specification. */
	static final class SpecOperations {

		private SpecOperations() {
		}

		static List<Operation> read(String resource, Set<String> excludedServices) {
			JsonNode spec;
			try (InputStream in = SpecCoverageTests.class.getResourceAsStream(resource)) {
				assertThat(in).as(resource).isNotNull();
				spec = JsonMapper.builder().build().readTree(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			List<Operation> operations = new ArrayList<>();
			for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
				for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
					JsonNode operation = entry.getValue();
					String service = operation.path("tags").path(0).asString("");
					if (!operation.has("x-appwrite") || excludedServices.contains(service)) {
						continue;
					}
					List<String> names = currentNames(operation);
					if (!names.isEmpty()) {
						operations.add(new Operation(service, names, entry.getKey().toUpperCase(), path.getKey()));
					}
				}
			}
			return operations;
		}

		/**
		 * The operation's names that are not deprecated: {@code x-appwrite.methods} when
		 * there (e.g. {@code createMfaChallenge}, deprecated, and
		 * {@code createMFAChallenge}), else {@code x-appwrite.method} unless the
		 * operation is deprecated.
		 */
		private static List<String> currentNames(JsonNode operation) {
			JsonNode appwrite = operation.path("x-appwrite");
			List<String> names = new ArrayList<>();
			if (appwrite.has("methods")) {
				for (JsonNode method : appwrite.path("methods")) {
					if (isCurrent(method.path("deprecated"))) {
						names.add(method.path("name").asString());
					}
				}
			}
			else if (!operation.path("deprecated").asBoolean(false)) {
				names.add(appwrite.path("method").asString());
			}
			return names;
		}

		private static boolean isCurrent(JsonNode deprecated) {
			return deprecated.isMissingNode() || deprecated.isNull()
					|| (deprecated.isBoolean() && !deprecated.asBoolean());
		}

		/**
		 * One operation of the specification.
		 *
		 * @param service its tag, e.g. {@code tablesDB}
		 * @param names its current method names, the first its name
		 * @param httpMethod its HTTP method
		 * @param path its path template below {@code /v1}
		 */
		record Operation(String service, List<String> names, String httpMethod, String path) {

			String id() {
				return this.service + "." + this.names.get(0);
			}

		}

	}

}
