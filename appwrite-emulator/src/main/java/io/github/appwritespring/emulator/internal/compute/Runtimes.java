package io.github.appwritespring.emulator.internal.compute;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.json.Json;

/**
 * The runtimes Appwrite 1.8.1 builds and runs code with ({@code runtime} of a function,
 * {@code buildRuntime} of a site), and the {@code runtimeList} model.
 */
public final class Runtimes {

	/** Every runtime ID, in Appwrite's order. */
	public static final List<String> ALL = List.of("node-14.5", "node-16.0", "node-18.0", "node-19.0", "node-20.0",
			"node-21.0", "node-22", "php-8.0", "php-8.1", "php-8.2", "php-8.3", "ruby-3.0", "ruby-3.1", "ruby-3.2",
			"ruby-3.3", "python-3.8", "python-3.9", "python-3.10", "python-3.11", "python-3.12", "python-ml-3.11",
			"python-ml-3.12", "deno-1.21", "deno-1.24", "deno-1.35", "deno-1.40", "deno-1.46", "deno-2.0", "dart-2.15",
			"dart-2.16", "dart-2.17", "dart-2.18", "dart-2.19", "dart-3.0", "dart-3.1", "dart-3.3", "dart-3.5",
			"dart-3.8", "dart-3.9", "dotnet-6.0", "dotnet-7.0", "dotnet-8.0", "java-8.0", "java-11.0", "java-17.0",
			"java-18.0", "java-21.0", "java-22", "swift-5.5", "swift-5.8", "swift-5.9", "swift-5.10", "kotlin-1.6",
			"kotlin-1.8", "kotlin-1.9", "kotlin-2.0", "cpp-17", "cpp-20", "bun-1.0", "bun-1.1", "go-1.23", "static-1",
			"flutter-3.24", "flutter-3.27", "flutter-3.29", "flutter-3.32", "flutter-3.35");

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("node", "Node.js"),
			Map.entry("php", "PHP"), Map.entry("ruby", "Ruby"), Map.entry("python", "Python"),
			Map.entry("python-ml", "Python (ML)"), Map.entry("deno", "Deno"), Map.entry("dart", "Dart"),
			Map.entry("dotnet", ".NET"), Map.entry("java", "Java"), Map.entry("swift", "Swift"),
			Map.entry("kotlin", "Kotlin"), Map.entry("cpp", "C++"), Map.entry("bun", "Bun"), Map.entry("go", "Go"),
			Map.entry("static", "Static"), Map.entry("flutter", "Flutter"));

	private Runtimes() {
	}

	/**
	 * Checks a runtime parameter.
	 * @param param the parameter's name
	 * @param runtime its value
	 * @return the runtime
	 * @throws ApiException 400 naming the parameter
	 */
	public static String check(String param, String runtime) {
		if (!ALL.contains(runtime)) {
			throw ApiException.invalidParam(param,
					"Value must be one of Appwrite's runtimes, e.g. node-22, python-3.12, java-17.0 (not " + runtime
							+ ")");
		}
		return runtime;
	}

	/** The {@code runtimeList} model. */
	public static ObjectNode list() {
		ObjectNode list = Json.object();
		list.put("total", ALL.size());
		ArrayNode items = list.putArray("runtimes");
		for (String id : ALL) {
			int dash = id.lastIndexOf('-');
			String key = id.substring(0, dash);
			String version = id.substring(dash + 1);
			ObjectNode runtime = items.addObject();
			runtime.put("$id", id);
			runtime.put("key", key);
			runtime.put("name", NAMES.getOrDefault(key, key));
			runtime.put("version", version);
			runtime.put("base", "openruntimes/" + key + ":v5-" + version);
			runtime.put("image", "openruntimes/" + key + ":v5-" + version);
			runtime.put("logo", key + ".png");
			runtime.set("supports", Json.strings(List.of("amd64", "arm64")));
		}
		return list;
	}

}
