package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of function runtimes.
 *
 * @param total total number of runtimes that matched your query
 * @param runtimes list of runtimes
 * @since 0.1.0
 */
public record FunctionRuntimeList(long total, List<FunctionRuntime> runtimes) implements Page<FunctionRuntime> {

	@Override
	public List<FunctionRuntime> items() {
		return this.runtimes;
	}

}
