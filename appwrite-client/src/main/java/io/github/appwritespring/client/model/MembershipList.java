package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of memberships.
 *
 * @param total the number of matching memberships
 * @param memberships the memberships of this page
 * @since 0.1.0
 */
public record MembershipList(long total, List<Membership> memberships) implements Page<Membership> {

	@Override
	public List<Membership> items() {
		return this.memberships;
	}

}
