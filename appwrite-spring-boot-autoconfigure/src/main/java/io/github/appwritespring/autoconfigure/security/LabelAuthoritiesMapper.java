package io.github.appwritespring.autoconfigure.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import io.github.appwritespring.client.model.User;

/**
 * The default {@link AppwriteAuthoritiesMapper}: label {@code admin} becomes
 * {@code ROLE_ADMIN} and team {@code t1} becomes {@code TEAM_t1} (both prefixes
 * configurable).
 *
 * @since 0.1.0
 */
public class LabelAuthoritiesMapper implements AppwriteAuthoritiesMapper {

	private final String labelPrefix;

	private final String teamPrefix;

	/**
	 * Creates a new {@code LabelAuthoritiesMapper}.
	 * @param labelPrefix put before each upper-cased label
	 * @param teamPrefix put before each team ID
	 */
	public LabelAuthoritiesMapper(String labelPrefix, String teamPrefix) {
		this.labelPrefix = labelPrefix;
		this.teamPrefix = teamPrefix;
	}

	@Override
	public Collection<? extends GrantedAuthority> authorities(User user, List<String> teamIds) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (user.labels() != null) {
			for (String label : user.labels()) {
				authorities.add(new SimpleGrantedAuthority(this.labelPrefix + label.toUpperCase(Locale.ROOT)));
			}
		}
		for (String teamId : teamIds) {
			authorities.add(new SimpleGrantedAuthority(this.teamPrefix + teamId));
		}
		return authorities;
	}

}
