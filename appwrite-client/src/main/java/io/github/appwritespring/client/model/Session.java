package io.github.appwritespring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An Appwrite session. {@code secret} is filled only for calls made with an API key; it
 * is the value of the {@code a_session_<PROJECT_ID>} cookie, so {@link #toString()} never
 * shows it, nor the OAuth2 provider's tokens.
 *
 * @param id the session ID
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param userId the user it belongs to
 * @param expire when it expires
 * @param provider how it was made: {@code email}, {@code oauth2}, {@code token},
 * {@code server}, ...
 * @param providerUid the provider's user identifier (the email for email sessions)
 * @param providerAccessToken the OAuth2 provider's access token (OAuth2 sessions only),
 * usable with the provider's own API
 * @param providerAccessTokenExpiry when that access token expires
 * @param providerRefreshToken the OAuth2 provider's refresh token
 * @param ip the client IP Appwrite saw
 * @param osCode the operating system code
 * @param osName the operating system
 * @param osVersion the operating system version
 * @param clientType the client type, e.g. {@code browser}
 * @param clientCode the client code
 * @param clientName the client name
 * @param clientVersion the client version
 * @param clientEngine the client engine
 * @param clientEngineVersion the client engine version
 * @param deviceName the device
 * @param deviceBrand the device brand
 * @param deviceModel the device model
 * @param countryCode the country code, or {@code --}
 * @param countryName the country name
 * @param current whether it is the session the call was made with
 * @param factors the authentication factors used
 * @param secret the session secret (empty unless the caller used an API key)
 * @param mfaUpdatedAt when MFA last passed
 * @since 0.1.0
 */
public record Session(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, String userId, String expire, String provider, String providerUid,
		String providerAccessToken, String providerAccessTokenExpiry, String providerRefreshToken, String ip,
		String osCode, String osName, String osVersion, String clientType, String clientCode, String clientName,
		String clientVersion, String clientEngine, String clientEngineVersion, String deviceName, String deviceBrand,
		String deviceModel, String countryCode, String countryName, boolean current, List<String> factors,
		String secret, String mfaUpdatedAt) {

	@Override
	public String toString() {
		return "Session[id=" + this.id + ", userId=" + this.userId + ", provider=" + this.provider + ", expire="
				+ this.expire + ", current=" + this.current + ", secret=" + hidden(this.secret)
				+ ", providerAccessToken=" + hidden(this.providerAccessToken) + ", providerRefreshToken="
				+ hidden(this.providerRefreshToken) + "]";
	}

	private static String hidden(String value) {
		return (value == null || value.isEmpty()) ? "(none)" : "(hidden)";
	}

}
