package io.github.appwritespring.client.service;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.internal.Require;
import io.github.appwritespring.client.model.AcceptedInvitation;
import io.github.appwritespring.client.model.Membership;
import io.github.appwritespring.client.model.MembershipList;
import io.github.appwritespring.client.model.Team;
import io.github.appwritespring.client.model.TeamList;
import io.github.appwritespring.client.transport.ApiRequest;
import io.github.appwritespring.client.transport.AppwriteOperation;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.BlockingFace;
import io.github.appwritespring.client.transport.CallContext;
import io.github.appwritespring.client.transport.JsonBody;
import io.github.appwritespring.client.transport.Paginator;
import io.github.appwritespring.client.transport.Service;

/**
 * Appwrite's Teams service, reactive face: teams and their memberships. With the API key,
 * memberships are confirmed at once; with a session, only team owners invite.
 *
 * @since 0.1.0
 */
@BlockingFace
public class ReactiveTeams extends Service {

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final Class<Map<String, Object>> PREFS = (Class) Map.class;

	/**
	 * Creates a new {@code ReactiveTeams}.
	 * @param transport the shared transport
	 * @param context who calls are made as
	 */
	public ReactiveTeams(AppwriteTransport transport, CallContext context) {
		super(transport, context);
	}

	/**
	 * Returns the team.
	 * @param teamId the new team's ID, or {@code ID.unique()}
	 * @param name its name
	 * @param roles the creator's roles (session only), or {@code null} for {@code owner}
	 * @return the team
	 */
	public Mono<Team> create(String teamId, String name, @Nullable List<String> roles) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("teams")
			.json(JsonBody.create()
				.with("teamId", Require.id("teamId", teamId))
				.with("name", Require.nonBlank("name", name))
				.with("roles", roles)), this.context, Team.class));
	}

	/**
	 * Returns a page of teams (a session user sees their own).
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of teams (a session user sees their own)
	 */
	public Mono<TeamList> list(@Nullable List<String> queries, @Nullable String search) {
		return list(queries, search, null);
	}

	/**
	 * Returns a page of teams (a session user sees their own).
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return a page of teams (a session user sees their own)
	 */
	public Mono<TeamList> list(@Nullable List<String> queries, @Nullable String search, @Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("teams")
			.queryArray("queries", queries(queries))
			.query("total", total)
			.query("search", search), this.context, TeamList.class));
	}

	/**
	 * Returns every team, page by page.
	 * @param queries filters and ordering, or {@code null}
	 * @return every team, page by page
	 */
	public Flux<Team> listAll(@Nullable List<String> queries) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE, (page) -> list(page, null), Team::id);
	}

	/**
	 * Returns the team.
	 * @param teamId the team ID
	 * @return the team
	 */
	public Mono<Team> get(String teamId) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("teams", Require.nonBlank("teamId", teamId)),
				this.context, Team.class));
	}

	/**
	 * Returns the team.
	 * @param teamId the team ID
	 * @param name the new name
	 * @return the team
	 */
	public Mono<Team> updateName(String teamId, String name) {
		return Mono
			.defer(() -> this.transport.call(
					ApiRequest.put("teams", Require.nonBlank("teamId", teamId))
						.json(JsonBody.create().with("name", Require.nonBlank("name", name))),
					this.context, Team.class));
	}

	/**
	 * Returns completion once the team and its memberships are deleted.
	 * @param teamId the team ID
	 * @return completion once the team and its memberships are deleted
	 */
	public Mono<Void> delete(String teamId) {
		return Mono.defer(() -> this.transport
			.callForNoContent(ApiRequest.delete("teams", Require.nonBlank("teamId", teamId)), this.context));
	}

	/**
	 * Returns a page of the team's memberships.
	 * @param teamId the team ID
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of the team's memberships
	 */
	public Mono<MembershipList> listMemberships(String teamId, @Nullable List<String> queries,
			@Nullable String search) {
		return listMemberships(teamId, queries, search, null);
	}

	/**
	 * Returns a page of the team's memberships.
	 * @param teamId the team ID
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return a page of the team's memberships
	 */
	public Mono<MembershipList> listMemberships(String teamId, @Nullable List<String> queries, @Nullable String search,
			@Nullable Boolean total) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("teams", Require.nonBlank("teamId", teamId), "memberships")
				.queryArray("queries", queries(queries))
				.query("total", total)
				.query("search", search), this.context, MembershipList.class));
	}

	/**
	 * Returns every membership of the team, page by page.
	 * @param teamId the team ID
	 * @param queries filters and ordering, or {@code null}
	 * @return every membership of the team, page by page
	 */
	public Flux<Membership> listAllMemberships(String teamId, @Nullable List<String> queries) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE,
				(page) -> listMemberships(teamId, page, null), Membership::id);
	}

	/**
	 * Adds a member by email, user ID or phone (one of them). With the API key the
	 * membership is confirmed at once and nothing is sent; with a team owner's session
	 * Appwrite sends an invitation whose link leads to {@code url} with
	 * {@code membershipId}, {@code userId}, {@code secret}, {@code teamId} and
	 * {@code teamName} appended, for
	 * {@link #acceptInvitation(String, String, String, String)}.
	 * @param teamId the team ID
	 * @param roles the member's roles, e.g. {@code List.of("editor")}
	 * @param email the invitee's email, or {@code null}
	 * @param userId the invitee's user ID, or {@code null}
	 * @param phone the invitee's phone, or {@code null}
	 * @param url the page of this application the invitation links to (needed with a
	 * session, ignored with the API key), or {@code null}
	 * @param name the invitee's name, or {@code null}
	 * @return the membership
	 */
	public Mono<Membership> createMembership(String teamId, List<String> roles, @Nullable String email,
			@Nullable String userId, @Nullable String phone, @Nullable String url, @Nullable String name) {
		return Mono.defer(() -> {
			if (email == null && userId == null && phone == null) {
				throw new IllegalArgumentException("Name the new member with one of 'email', 'userId' or 'phone'");
			}
			return this.transport.call(ApiRequest.post("teams", Require.nonBlank("teamId", teamId), "memberships")
				.json(JsonBody.create()
					.with("roles", Require.nonNull("roles", roles))
					.with("email", email)
					.with("userId", userId)
					.with("phone", phone)
					.with("url", url)
					.with("name", name)), this.context, Membership.class);
		});
	}

	/**
	 * Returns the membership.
	 * @param teamId the team ID
	 * @param membershipId the membership ID
	 * @return the membership
	 */
	public Mono<Membership> getMembership(String teamId, String membershipId) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("teams", Require.nonBlank("teamId", teamId),
				"memberships", Require.nonBlank("membershipId", membershipId)), this.context, Membership.class));
	}

	/**
	 * Returns the membership.
	 * @param teamId the team ID
	 * @param membershipId the membership ID
	 * @param roles the new roles
	 * @return the membership
	 */
	public Mono<Membership> updateMembership(String teamId, String membershipId, List<String> roles) {
		return Mono.defer(
				() -> this.transport.call(
						ApiRequest
							.patch("teams", Require.nonBlank("teamId", teamId), "memberships",
									Require.nonBlank("membershipId", membershipId))
							.json(JsonBody.create().with("roles", Require.nonNull("roles", roles))),
						this.context, Membership.class));
	}

	/**
	 * Accepts a team invitation with the {@code userId} and {@code secret} from its link
	 * (Appwrite's {@code updateMembershipStatus}). A public route: call it without the
	 * API key. As a guest, Appwrite also signs the invitee in, but hands that session
	 * over only in cookie headers;
	 * {@link #acceptInvitation(String, String, String, String)} returns it.
	 * @param teamId the team ID from the link
	 * @param membershipId the membership ID from the link
	 * @param userId the user ID from the link
	 * @param secret the secret from the link
	 * @return the membership, now confirmed
	 */
	public Mono<Membership> updateMembershipStatus(String teamId, String membershipId, String userId, String secret) {
		return Mono.defer(() -> this.transport.call(membershipStatus(teamId, membershipId, userId, secret),
				this.context, Membership.class));
	}

	/**
	 * Accepts a team invitation and returns the session Appwrite made for the invitee,
	 * read from the answer's {@code Set-Cookie: a_session_<PROJECT_ID>} (or
	 * {@code X-Fallback-Cookies}) header: no header parsing for the caller. Call it on a
	 * guest view, {@code client.asGuest()}; on a view with the invitee's session it
	 * confirms the membership and Appwrite makes no new session. Views with the API key
	 * are refused (Appwrite refuses the key on this route).
	 *
	 * <pre>{@code
	 * AcceptedInvitation accepted = admin.asGuest().teams().acceptInvitation(teamId, membershipId, userId, secret);
	 * AppwriteClient invitee = admin.withSession(accepted.sessionSecret());
	 * }</pre>
	 * @param teamId the team ID from the link
	 * @param membershipId the membership ID from the link
	 * @param userId the user ID from the link
	 * @param secret the secret from the link
	 * @return the confirmed membership and the new session's secret
	 * @throws IllegalStateException (as an error signal) on a view with the API key
	 */
	@AppwriteOperation("teams.updateMembershipStatus")
	public Mono<AcceptedInvitation> acceptInvitation(String teamId, String membershipId, String userId, String secret) {
		return Mono.defer(() -> {
			ApiRequest request = membershipStatus(teamId, membershipId, userId, secret);
			if (this.context.hasApiKey()) {
				throw new IllegalStateException(
						"teams().acceptInvitation(..) is a guest call: Appwrite refuses the API "
								+ "key on it and makes the invitee's session only for guests. Call it on client.asGuest()");
			}
			return this.transport.callForSession(request, this.context, Membership.class, AcceptedInvitation::new);
		});
	}

	private static ApiRequest membershipStatus(String teamId, String membershipId, String userId, String secret) {
		return ApiRequest
			.patch("teams", Require.nonBlank("teamId", teamId), "memberships",
					Require.nonBlank("membershipId", membershipId), "status")
			.json(JsonBody.create()
				.with("userId", Require.nonBlank("userId", userId))
				.with("secret", Require.nonBlank("secret", secret)));
	}

	/**
	 * Returns completion once the member is removed.
	 * @param teamId the team ID
	 * @param membershipId the membership ID
	 * @return completion once the member is removed
	 */
	public Mono<Void> deleteMembership(String teamId, String membershipId) {
		return Mono
			.defer(() -> this.transport.callForNoContent(ApiRequest.delete("teams", Require.nonBlank("teamId", teamId),
					"memberships", Require.nonBlank("membershipId", membershipId)), this.context));
	}

	/**
	 * Returns the team's preferences.
	 * @param teamId the team ID
	 * @return the team's preferences
	 */
	public Mono<Map<String, Object>> getPrefs(String teamId) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.get("teams", Require.nonBlank("teamId", teamId), "prefs"), this.context, PREFS));
	}

	/**
	 * Returns the preferences.
	 * @param teamId the team ID
	 * @param prefs the new preferences (replace the old ones)
	 * @return the preferences
	 */
	public Mono<Map<String, Object>> updatePrefs(String teamId, Map<String, ?> prefs) {
		return Mono.defer(
				() -> this.transport.call(
						ApiRequest.put("teams", Require.nonBlank("teamId", teamId), "prefs")
							.json(JsonBody.create().with("prefs", Require.nonNull("prefs", prefs))),
						this.context, PREFS));
	}

	/**
	 * Returns a page of teams (a session user sees their own). Leaves out
	 * {@code queries}, {@code search}.
	 * @return a page of teams (a session user sees their own)
	 */
	public Mono<TeamList> list() {
		return list(null, null);
	}

	/**
	 * Returns a page of teams (a session user sees their own). Leaves out {@code search}.
	 * @param queries queries
	 * @return a page of teams (a session user sees their own)
	 */
	public Mono<TeamList> list(List<String> queries) {
		return list(queries, null);
	}

	/**
	 * Returns every team, page by page. Leaves out {@code queries}.
	 * @return every team, page by page
	 */
	public Flux<Team> listAll() {
		return listAll(null);
	}

	/**
	 * Returns a page of the team's memberships. Leaves out {@code queries},
	 * {@code search}.
	 * @param teamId the team ID
	 * @return a page of the team's memberships
	 */
	public Mono<MembershipList> listMemberships(String teamId) {
		return listMemberships(teamId, null, null);
	}

	/**
	 * Returns a page of the team's memberships. Leaves out {@code search}.
	 * @param teamId the team ID
	 * @param queries queries
	 * @return a page of the team's memberships
	 */
	public Mono<MembershipList> listMemberships(String teamId, List<String> queries) {
		return listMemberships(teamId, queries, null);
	}

	/**
	 * Returns every membership of the team, page by page. Leaves out {@code queries}.
	 * @param teamId the team ID
	 * @return every membership of the team, page by page
	 */
	public Flux<Membership> listAllMemberships(String teamId) {
		return listAllMemberships(teamId, null);
	}

}
