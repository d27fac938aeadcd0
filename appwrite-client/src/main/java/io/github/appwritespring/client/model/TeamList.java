package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of teams.
 *
 * @param total the number of matching teams
 * @param teams the teams of this page
 * @since 0.1.0
 */
public record TeamList(long total, List<Team> teams) implements Page<Team> {

	@Override
	public List<Team> items() {
		return this.teams;
	}

}
