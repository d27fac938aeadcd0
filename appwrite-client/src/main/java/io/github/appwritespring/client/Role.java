package io.github.appwritespring.client;

import io.github.appwritespring.client.internal.Require;

/**
 * The roles a permission can name. {@code Role.user("abc")} is the string
 * {@code user:abc}.
 *
 * @since 0.1.0
 */
public final class Role {

	private Role() {
	}

	/**
	 * Returns {@code any}: everyone, signed in or not.
	 * @return {@code any}: everyone, signed in or not
	 */
	public static String any() {
		return "any";
	}

	/**
	 * Returns {@code guests}: callers who are not signed in.
	 * @return {@code guests}: callers who are not signed in
	 */
	public static String guests() {
		return "guests";
	}

	/**
	 * Returns {@code users}: every signed-in user.
	 * @return {@code users}: every signed-in user
	 */
	public static String users() {
		return "users";
	}

	/**
	 * Returns {@code users/STATUS}.
	 * @param status {@code verified} or {@code unverified}
	 * @return {@code users/STATUS}
	 */
	public static String users(String status) {
		return "users/" + status(status);
	}

	/**
	 * Returns {@code user:ID}.
	 * @param userId the user's ID
	 * @return {@code user:ID}
	 */
	public static String user(String userId) {
		return "user:" + Require.nonBlank("userId", userId);
	}

	/**
	 * Returns {@code user:ID/STATUS}.
	 * @param userId the user's ID
	 * @param status {@code verified} or {@code unverified}
	 * @return {@code user:ID/STATUS}
	 */
	public static String user(String userId, String status) {
		return user(userId) + "/" + status(status);
	}

	/**
	 * Returns {@code team:ID}: every member of the team.
	 * @param teamId the team's ID
	 * @return {@code team:ID}: every member of the team
	 */
	public static String team(String teamId) {
		return "team:" + Require.nonBlank("teamId", teamId);
	}

	/**
	 * Returns {@code team:ID/ROLE}.
	 * @param teamId the team's ID
	 * @param role a team role, e.g. {@code owner}
	 * @return {@code team:ID/ROLE}
	 */
	public static String team(String teamId, String role) {
		return team(teamId) + "/" + Require.nonBlank("role", role);
	}

	/**
	 * Returns {@code member:ID}.
	 * @param membershipId the membership's ID
	 * @return {@code member:ID}
	 */
	public static String member(String membershipId) {
		return "member:" + Require.nonBlank("membershipId", membershipId);
	}

	/**
	 * Returns {@code label:NAME}.
	 * @param name the label, e.g. {@code admin}
	 * @return {@code label:NAME}
	 */
	public static String label(String name) {
		return "label:" + Require.nonBlank("name", name);
	}

	private static String status(String status) {
		if (!"verified".equals(status) && !"unverified".equals(status)) {
			throw new IllegalArgumentException("'status' must be 'verified' or 'unverified' but was '" + status + "'");
		}
		return status;
	}

}
