package io.github.appwritespring.emulator.internal.sites;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.compute.Runtimes;
import io.github.appwritespring.emulator.internal.json.Json;

/**
 * The frameworks a site can be built with, and the adapters ({@code static}, {@code ssr})
 * each supports with its default commands, as Appwrite lists them.
 */
final class Frameworks {

	private static final List<String> NODE = runtimes("node-");

	private static final List<String> FLUTTER = runtimes("flutter-");

	private static final Map<String, Framework> ALL = new LinkedHashMap<>();

	static {
		add("analog", "Analog", ssr("./dist/analog"), spa("./dist/analog/public", "index.html"));
		add("angular", "Angular", ssr("./dist/angular"), spa("./dist/angular/browser", "index.csr.html"));
		add("nextjs", "Next.js", ssr("./.next"), spa("./out", ""));
		add("react", "React", spa("./dist", "index.html"));
		add("nuxt", "Nuxt", ssr("./.output"),
				new Adapter("static", "npm install", "npm run generate", "./.output/public", "index.html"));
		add("vue", "Vue.js", spa("./dist", "index.html"));
		add("sveltekit", "SvelteKit", ssr("./build"), spa("./build", "index.html"));
		add("astro", "Astro", ssr("./dist"), spa("./dist", "index.html"));
		add("tanstack-start", "TanStack Start", ssr("./.output"), spa("./dist/client", "index.html"));
		add("remix", "Remix", ssr("./build"), spa("./build/client", "index.html"));
		add("lynx", "Lynx", spa("./dist", "index.html"));
		ALL.put("flutter", new Framework("flutter", "Flutter", "flutter-3.35", FLUTTER,
				List.of(new Adapter("static", "", "flutter build web", "./build/web", "index.html"))));
		add("react-native", "React Native",
				new Adapter("static", "npm install", "npx expo export --platform web", "./dist", "index.html"));
		add("vite", "Vite", spa("./dist", "index.html"));
		add("other", "Other", new Adapter("static", "", "", "./", "index.html"));
	}

	private Frameworks() {
	}

	private static List<String> runtimes(String prefix) {
		return Runtimes.ALL.stream().filter((runtime) -> runtime.startsWith(prefix)).toList();
	}

	private static void add(String key, String name, Adapter... adapters) {
		ALL.put(key, new Framework(key, name, "node-22", NODE, List.of(adapters)));
	}

	private static Adapter ssr(String outputDirectory) {
		return new Adapter("ssr", "npm install", "npm run build", outputDirectory, "");
	}

	private static Adapter spa(String outputDirectory, String fallbackFile) {
		return new Adapter("static", "npm install", "npm run build", outputDirectory, fallbackFile);
	}

	/** The framework of a key, or {@code null}. */
	static @Nullable Framework get(String key) {
		return ALL.get(key);
	}

	/** The keys, in Appwrite's order. */
	static List<String> keys() {
		return List.copyOf(ALL.keySet());
	}

	/** The {@code frameworkList} model. */
	static ObjectNode list() {
		ObjectNode list = Json.object();
		list.put("total", ALL.size());
		ArrayNode items = list.putArray("frameworks");
		ALL.values().forEach((framework) -> items.add(framework.model()));
		return list;
	}

	/** A framework. */
	record Framework(String key, String name, String buildRuntime, List<String> runtimes, List<Adapter> adapters) {

		boolean supports(String adapter) {
			return this.adapters.stream().anyMatch((candidate) -> candidate.key().equals(adapter));
		}

		ObjectNode model() {
			ObjectNode model = Json.object();
			model.put("key", this.key);
			model.put("name", this.name);
			model.put("buildRuntime", this.buildRuntime);
			model.set("runtimes", Json.strings(this.runtimes));
			ArrayNode adapters = model.putArray("adapters");
			this.adapters.forEach((adapter) -> {
				ObjectNode item = adapters.addObject();
				item.put("key", adapter.key());
				item.put("installCommand", adapter.installCommand());
				item.put("buildCommand", adapter.buildCommand());
				item.put("outputDirectory", adapter.outputDirectory());
				item.put("fallbackFile", adapter.fallbackFile());
			});
			return model;
		}

	}

	/** How a framework's site is built and served. */
	record Adapter(String key, String installCommand, String buildCommand, String outputDirectory,
			String fallbackFile) {
	}

}
