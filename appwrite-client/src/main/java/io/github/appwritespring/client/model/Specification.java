package io.github.appwritespring.client.model;

/**
 * A size of compute (CPU and memory) a function or site can run with.
 *
 * @param memory memory size in MB
 * @param cpus number of CPUs
 * @param enabled is size enabled
 * @param slug size slug
 * @since 0.1.0
 */
public record Specification(long memory, double cpus, boolean enabled, String slug) {
}
