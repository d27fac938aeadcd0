package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of executions.
 *
 * @param total the number of matching executions
 * @param executions the executions of this page
 * @since 0.1.0
 */
public record ExecutionList(long total, List<Execution> executions) implements Page<Execution> {

	@Override
	public List<Execution> items() {
		return this.executions;
	}

}
