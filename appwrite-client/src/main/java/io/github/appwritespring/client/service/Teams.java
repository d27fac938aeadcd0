package io.github.appwritespring.client.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.client.model.AcceptedInvitation;
import io.github.appwritespring.client.model.Membership;
import io.github.appwritespring.client.model.MembershipList;
import io.github.appwritespring.client.model.Team;
import io.github.appwritespring.client.model.TeamList;
import io.github.appwritespring.client.transport.Blocking;

/**
 * Appwrite's Teams service, blocking face. Each method waits for {@link ReactiveTeams}'s
 * answer; see there for the details. Never call it on a Netty event loop.
 *
 * @since 0.1.0
 */
public class Teams {

	private final ReactiveTeams reactive;

	/**
	 * Creates a new {@code Teams}.
	 * @param reactive the reactive face this one waits for
	 */
	public Teams(ReactiveTeams reactive) {
		this.reactive = reactive;
	}

	/**
	 * Returns the team.
	 * @param teamId the new team's ID, or {@code ID.unique()}
	 * @param name its name
	 * @param roles the creator's roles (session only), or {@code null} for {@code owner}
	 * @return the team
	 */
	public Team create(String teamId, String name, @Nullable List<String> roles) {
		return Blocking.await(this.reactive.create(teamId, name, roles), "teams().create()");
	}

	/**
	 * Returns a page of teams (a session user sees their own).
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of teams (a session user sees their own)
	 */
	public TeamList list(@Nullable List<String> queries, @Nullable String search) {
		return Blocking.await(this.reactive.list(queries, search), "teams().list()");
	}

	/**
	 * Returns every team, fetched lazily page by page; close the stream to stop early.
	 * @param queries filters and ordering, or {@code null}
	 * @return every team, fetched lazily page by page; close the stream to stop early
	 */
	public Stream<Team> listAll(@Nullable List<String> queries) {
		return Blocking.stream(this.reactive.listAll(queries), "teams().listAll()");
	}

	/**
	 * Returns the team.
	 * @param teamId the team ID
	 * @return the team
	 */
	public Team get(String teamId) {
		return Blocking.await(this.reactive.get(teamId), "teams().get()");
	}

	/**
	 * Returns the team.
	 * @param teamId the team ID
	 * @param name the new name
	 * @return the team
	 */
	public Team updateName(String teamId, String name) {
		return Blocking.await(this.reactive.updateName(teamId, name), "teams().updateName()");
	}

	/**
	 * Deletes the team.
	 * @param teamId the team ID
	 */
	public void delete(String teamId) {
		Blocking.run(this.reactive.delete(teamId), "teams().delete()");
	}

	/**
	 * Returns a page of the team's memberships.
	 * @param teamId the team ID
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of the team's memberships
	 */
	public MembershipList listMemberships(String teamId, @Nullable List<String> queries, @Nullable String search) {
		return Blocking.await(this.reactive.listMemberships(teamId, queries, search), "teams().listMemberships()");
	}

	/**
	 * Returns every membership of the team, fetched lazily page by page; close the stream
	 * to stop early.
	 * @param teamId the team ID
	 * @param queries filters and ordering, or {@code null}
	 * @return every membership of the team, fetched lazily page by page; close the stream
	 * to stop early
	 */
	public Stream<Membership> listAllMemberships(String teamId, @Nullable List<String> queries) {
		return Blocking.stream(this.reactive.listAllMemberships(teamId, queries), "teams().listAllMemberships()");
	}

	/**
	 * Adds a member by email, user ID or phone (one of them).
	 * @param teamId the team ID
	 * @param roles the member's roles, e.g. {@code List.of("editor")}
	 * @param email the invitee's email, or {@code null}
	 * @param userId the invitee's user ID, or {@code null}
	 * @param phone the invitee's phone, or {@code null}
	 * @param url where an invitation email links to (not needed with the API key), or
	 * {@code null}
	 * @param name the invitee's name, or {@code null}
	 * @return the membership
	 */
	public Membership createMembership(String teamId, List<String> roles, @Nullable String email,
			@Nullable String userId, @Nullable String phone, @Nullable String url, @Nullable String name) {
		return Blocking.await(this.reactive.createMembership(teamId, roles, email, userId, phone, url, name),
				"teams().createMembership()");
	}

	/**
	 * Accepts a team invitation (a public route: call it without the API key); see
	 * {@link ReactiveTeams#updateMembershipStatus}.
	 * @param teamId the team ID from the link
	 * @param membershipId the membership ID from the link
	 * @param userId the user ID from the link
	 * @param secret the secret from the link
	 * @return the membership, now confirmed
	 */
	public Membership updateMembershipStatus(String teamId, String membershipId, String userId, String secret) {
		return Blocking.await(this.reactive.updateMembershipStatus(teamId, membershipId, userId, secret),
				"teams().updateMembershipStatus()");
	}

	/**
	 * Accepts a team invitation as a guest and returns the session Appwrite made for the
	 * invitee; see {@link ReactiveTeams#acceptInvitation}. Call it on
	 * {@code client.asGuest()}.
	 * @param teamId the team ID from the link
	 * @param membershipId the membership ID from the link
	 * @param userId the user ID from the link
	 * @param secret the secret from the link
	 * @return the confirmed membership and the new session's secret
	 * @throws IllegalStateException on a view with the API key
	 */
	public AcceptedInvitation acceptInvitation(String teamId, String membershipId, String userId, String secret) {
		return Blocking.await(this.reactive.acceptInvitation(teamId, membershipId, userId, secret),
				"teams().acceptInvitation()");
	}

	/**
	 * Returns the membership.
	 * @param teamId the team ID
	 * @param membershipId the membership ID
	 * @return the membership
	 */
	public Membership getMembership(String teamId, String membershipId) {
		return Blocking.await(this.reactive.getMembership(teamId, membershipId), "teams().getMembership()");
	}

	/**
	 * Returns the membership.
	 * @param teamId the team ID
	 * @param membershipId the membership ID
	 * @param roles the new roles
	 * @return the membership
	 */
	public Membership updateMembership(String teamId, String membershipId, List<String> roles) {
		return Blocking.await(this.reactive.updateMembership(teamId, membershipId, roles),
				"teams().updateMembership()");
	}

	/**
	 * Deletes the membership.
	 * @param teamId the team ID
	 * @param membershipId the membership ID
	 */
	public void deleteMembership(String teamId, String membershipId) {
		Blocking.run(this.reactive.deleteMembership(teamId, membershipId), "teams().deleteMembership()");
	}

	/**
	 * Returns the team's preferences.
	 * @param teamId the team ID
	 * @return the team's preferences
	 */
	public Map<String, Object> getPrefs(String teamId) {
		return Blocking.await(this.reactive.getPrefs(teamId), "teams().getPrefs()");
	}

	/**
	 * Returns the preferences.
	 * @param teamId the team ID
	 * @param prefs the new preferences (replace the old ones)
	 * @return the preferences
	 */
	public Map<String, Object> updatePrefs(String teamId, Map<String, ?> prefs) {
		return Blocking.await(this.reactive.updatePrefs(teamId, prefs), "teams().updatePrefs()");
	}

}
