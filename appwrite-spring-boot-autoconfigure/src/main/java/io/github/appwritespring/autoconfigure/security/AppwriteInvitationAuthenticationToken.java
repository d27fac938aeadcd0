package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;

import org.jspecify.annotations.Nullable;

/**
 * A request to accept a team invitation and sign the invited user in: the IDs of the
 * invitation link ({@code teamId}, {@code membershipId}, {@code userId}, the principal)
 * and its {@code secret} (the credentials, erased after authentication). Unlike the other
 * one-time tokens it is not exchanged with {@code createSession}: accepting the
 * invitation makes the session. It is never authenticated itself; authenticating it
 * yields an {@link AppwriteAuthenticationToken} with the session Appwrite makes for the
 * invitee. {@code toString()} never shows the secret.
 *
 * @since 0.1.0
 */
public class AppwriteInvitationAuthenticationToken extends AppwriteOneTimeTokenAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final @Nullable String teamId;

	private final @Nullable String membershipId;

	/**
	 * Creates a new {@code AppwriteInvitationAuthenticationToken}.
	 * @param teamId the link's {@code teamId}, or {@code null} when it had none
	 * @param membershipId the link's {@code membershipId}, or {@code null}
	 * @param userId the link's {@code userId}, or {@code null}
	 * @param secret the link's {@code secret}, or {@code null}
	 */
	public AppwriteInvitationAuthenticationToken(@Nullable String teamId, @Nullable String membershipId,
			@Nullable String userId, @Nullable String secret) {
		super(userId, secret);
		this.teamId = teamId;
		this.membershipId = membershipId;
	}

	/**
	 * Returns the team's ID.
	 * @return the team's ID
	 */
	public @Nullable String getTeamId() {
		return this.teamId;
	}

	/**
	 * Returns the membership's ID.
	 * @return the membership's ID
	 */
	public @Nullable String getMembershipId() {
		return this.membershipId;
	}

}
