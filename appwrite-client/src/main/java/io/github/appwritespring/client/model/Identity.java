package io.github.appwritespring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's identity at an OAuth2 provider, made by an OAuth2 sign-in. {@link #toString()}
 * never shows the provider's tokens.
 *
 * @param id the identity ID
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param userId the user it belongs to
 * @param provider the provider, e.g. {@code github}
 * @param providerUid the user's ID at the provider
 * @param providerEmail the user's email address at the provider
 * @param providerAccessToken the provider's access token
 * @param providerAccessTokenExpiry when that access token expires
 * @param providerRefreshToken the provider's refresh token
 * @since 0.1.0
 */
public record Identity(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, String userId, String provider, String providerUid,
		String providerEmail, String providerAccessToken, String providerAccessTokenExpiry,
		String providerRefreshToken) {

	@Override
	public String toString() {
		return "Identity[id=" + this.id + ", userId=" + this.userId + ", provider=" + this.provider
				+ ", providerAccessToken=" + hidden(this.providerAccessToken) + ", providerRefreshToken="
				+ hidden(this.providerRefreshToken) + "]";
	}

	private static String hidden(String value) {
		return (value == null || value.isEmpty()) ? "(none)" : "(hidden)";
	}

}
