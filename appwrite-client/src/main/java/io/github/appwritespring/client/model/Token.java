package io.github.appwritespring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A token a user can exchange for a session
 * ({@code account.createSession(userId, secret)}). The secret is filled only for API-key
 * calls and never shown by {@link #toString()}.
 *
 * @param id the token ID
 * @param createdAt when it was created
 * @param userId the user it signs in
 * @param secret the secret
 * @param expire when it expires
 * @param phrase the security phrase, if one was asked for
 * @since 0.1.0
 */
public record Token(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt, String userId,
		String secret, String expire, String phrase) {

	@Override
	public String toString() {
		return "Token[id=" + this.id + ", userId=" + this.userId + ", expire=" + this.expire + ", secret=(hidden)]";
	}

}
