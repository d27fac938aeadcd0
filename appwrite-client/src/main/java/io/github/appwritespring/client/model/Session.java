package io.github.appwritespring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An Appwrite session. {@code secret} is filled only for calls made with an API key; it is the value of the
 * {@code a_session_<PROJECT_ID>} cookie, so {@link #toString()} never shows it.
 *
 * @param id the session ID
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param userId the user it belongs to
 * @param expire when it expires
 * @param provider how it was made: {@code email}, {@code oauth2}, {@code token}, {@code server}, ...
 * @param providerUid the provider's user identifier (the email for email sessions)
 * @param ip the client IP Appwrite saw
 * @param osName the operating system
 * @param clientType the client type
 * @param clientName the client name
 * @param deviceName the device
 * @param countryCode the country code, or {@code --}
 * @param countryName the country name
 * @param current whether it is the session the call was made with
 * @param factors the authentication factors used
 * @param secret the session secret (empty unless the caller used an API key)
 * @param mfaUpdatedAt when MFA last passed
 */
public record Session(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, String userId, String expire, String provider,
		String providerUid, String ip, String osName, String clientType, String clientName, String deviceName,
		String countryCode, String countryName, boolean current, List<String> factors, String secret,
		String mfaUpdatedAt) {

	@Override
	public String toString() {
		return "Session[id=" + this.id + ", userId=" + this.userId + ", provider=" + this.provider + ", expire="
				+ this.expire + ", current=" + this.current + ", secret=" + ((this.secret == null || this.secret.isEmpty())
						? "(none)" : "(hidden)") + "]";
	}

}
