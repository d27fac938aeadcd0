package io.github.appwritespring.autoconfigure.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;

import io.github.appwritespring.client.model.User;

/**
 * Turns a signed-in Appwrite user into Spring Security authorities. Declare a bean of
 * this type to replace the default, which maps each label to {@code ROLE_<LABEL>} and,
 * when {@code appwrite.security.authorities.teams} is on, each team to {@code TEAM_<ID>}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface AppwriteAuthoritiesMapper {

	/**
	 * Returns the authorities.
	 * @param user the user as Appwrite answered {@code account.get}
	 * @param teamIds the IDs of the user's teams, or an empty list when teams are not
	 * looked up
	 * @return the authorities
	 */
	Collection<? extends GrantedAuthority> authorities(User user, List<String> teamIds);

}
