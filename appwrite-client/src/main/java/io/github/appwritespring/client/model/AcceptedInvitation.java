package io.github.appwritespring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * What accepting a team invitation as a guest gives: the confirmed membership and the
 * session Appwrite made for the invitee. Appwrite hands that session over only in its
 * cookie headers ({@code Set-Cookie: a_session_<PROJECT_ID>},
 * {@code X-Fallback-Cookies}), never in the body; the client reads it from there.
 * {@link #toString()} never shows the session secret.
 *
 * @param membership the membership, now confirmed
 * @param sessionSecret the new session's secret (the {@code a_session_<PROJECT_ID>}
 * value, usable with {@code client.withSession(..)}), or {@code null} when Appwrite made
 * none: it does not when the call was made with the invitee's own session
 * @since 0.1.0
 */
public record AcceptedInvitation(Membership membership, @Nullable String sessionSecret) {

	/**
	 * Returns whether Appwrite made a session for the invitee.
	 * @return whether Appwrite made a session for the invitee
	 */
	public boolean hasSession() {
		return this.sessionSecret != null;
	}

	@Override
	public String toString() {
		return "AcceptedInvitation[membership=" + this.membership + ", sessionSecret="
				+ ((this.sessionSecret != null) ? "(hidden)" : "(none)") + "]";
	}

}
