package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of users.
 *
 * @param total the number of matching users
 * @param users the users of this page
 * @since 0.1.0
 */
public record UserList(long total, List<User> users) implements Page<User> {

	@Override
	public List<User> items() {
		return this.users;
	}

}
