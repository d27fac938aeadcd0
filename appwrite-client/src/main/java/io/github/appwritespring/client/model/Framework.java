package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A framework a site can be built with.
 *
 * @param key framework key
 * @param name framework Name
 * @param buildRuntime default runtime version
 * @param runtimes list of supported runtime versions
 * @param adapters list of supported adapters
 * @since 0.1.0
 */
public record Framework(String key, String name, String buildRuntime, List<String> runtimes,
		List<FrameworkAdapter> adapters) {
}
