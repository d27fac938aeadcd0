package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of functions.
 *
 * @param total the number of matching functions
 * @param functions the functions of this page
 * @since 0.1.0
 */
public record AppwriteFunctionList(long total, List<AppwriteFunction> functions) implements Page<AppwriteFunction> {

	@Override
	public List<AppwriteFunction> items() {
		return this.functions;
	}

}
