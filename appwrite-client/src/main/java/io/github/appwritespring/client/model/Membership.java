package io.github.appwritespring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's membership of a team.
 *
 * @param id the membership ID
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param userId the member's user ID
 * @param userName the member's name (may be hidden by the project's privacy settings)
 * @param userEmail the member's email (may be hidden)
 * @param teamId the team ID
 * @param teamName the team name
 * @param invited when the invitation was sent
 * @param joined when it was accepted (empty while pending)
 * @param confirm whether it is confirmed
 * @param mfa whether the member uses MFA
 * @param roles the member's roles in the team
 * @since 0.1.0
 */
public record Membership(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, String userId, String userName, String userEmail, String teamId,
		String teamName, String invited, String joined, boolean confirm, boolean mfa, List<String> roles) {
}
