package io.github.appwritespring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An Appwrite function (named so to keep clear of {@code java.util.function.Function}).
 *
 * @param id the function ID
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param execute the roles that may execute it
 * @param name its name
 * @param enabled whether it is enabled
 * @param live whether its deployment is live
 * @param logging whether executions keep logs
 * @param runtime its runtime, e.g. {@code node-18.0}
 * @param deploymentId the active deployment
 * @param timeout the execution timeout in seconds
 * @since 0.1.0
 */
public record AppwriteFunction(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, List<String> execute, String name, boolean enabled, boolean live,
		boolean logging, String runtime, @Nullable String deploymentId, long timeout) {
}
