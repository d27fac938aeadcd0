package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of OAuth2 identities.
 *
 * @param total the number of matching identities
 * @param identities the identities of this page
 * @since 0.1.0
 */
public record IdentityList(long total, List<Identity> identities) implements Page<Identity> {

	@Override
	public List<Identity> items() {
		return this.identities;
	}

}
