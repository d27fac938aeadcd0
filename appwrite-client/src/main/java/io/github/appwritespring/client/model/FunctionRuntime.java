package io.github.appwritespring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A runtime functions can run on (named so to keep clear of {@code java.lang.Runtime}).
 *
 * @param id runtime ID
 * @param key parent runtime key
 * @param name runtime Name
 * @param version runtime version
 * @param base base Docker image used to build the runtime
 * @param image image name of Docker Hub
 * @param logo name of the logo image
 * @param supports list of supported architectures
 * @since 0.1.0
 */
public record FunctionRuntime(@JsonProperty("$id") String id, String key, String name, String version, String base,
		String image, String logo, List<String> supports) {
}
