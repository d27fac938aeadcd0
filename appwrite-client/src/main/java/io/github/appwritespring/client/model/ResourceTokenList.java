package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of resource tokens.
 *
 * @param total the number of matching tokens
 * @param tokens the tokens of this page
 * @since 0.1.0
 */
public record ResourceTokenList(long total, List<ResourceToken> tokens) implements Page<ResourceToken> {

	@Override
	public List<ResourceToken> items() {
		return this.tokens;
	}

}
