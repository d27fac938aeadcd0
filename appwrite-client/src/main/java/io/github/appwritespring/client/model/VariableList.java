package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of variables.
 *
 * @param total total number of variables that matched your query
 * @param variables list of variables
 * @since 0.1.0
 */
public record VariableList(long total, List<Variable> variables) implements Page<Variable> {

	@Override
	public List<Variable> items() {
		return this.variables;
	}

}
