package io.github.appwritespring.emulator.internal.compute;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.json.Json;

/**
 * The CPU and memory sizes Appwrite offers for builds and runtimes, all enabled (as on a
 * self-hosted server with no compute limits set).
 */
public final class Specifications {

	/** Appwrite's default specification. */
	public static final String DEFAULT = "s-1vcpu-512mb";

	private static final List<Specification> ALL = List.of(new Specification("s-0.5vcpu-512mb", 512, 0.5),
			new Specification("s-1vcpu-512mb", 512, 1), new Specification("s-1vcpu-1gb", 1024, 1),
			new Specification("s-2vcpu-2gb", 2048, 2), new Specification("s-2vcpu-4gb", 4096, 2),
			new Specification("s-4vcpu-4gb", 4096, 4), new Specification("s-4vcpu-8gb", 8192, 4),
			new Specification("s-8vcpu-4gb", 4096, 8), new Specification("s-8vcpu-8gb", 8192, 8));

	private Specifications() {
	}

	/** The {@code specificationList} model. */
	public static ObjectNode list() {
		ObjectNode list = Json.object();
		list.put("total", ALL.size());
		ArrayNode items = list.putArray("specifications");
		for (Specification specification : ALL) {
			ObjectNode item = items.addObject();
			item.put("memory", specification.memory());
			item.put("cpus", specification.cpus());
			item.put("enabled", true);
			item.put("slug", specification.slug());
		}
		return list;
	}

	/**
	 * Checks a {@code specification} parameter.
	 * @throws ApiException 400 naming the allowed values
	 */
	public static String check(String slug) {
		if (ALL.stream().noneMatch((specification) -> specification.slug().equals(slug))) {
			throw ApiException.invalidParam("specification", "Specification must be one of: "
					+ String.join(", ", ALL.stream().map(Specification::slug).toList()));
		}
		return slug;
	}

	private record Specification(String slug, int memory, double cpus) {
	}

}
