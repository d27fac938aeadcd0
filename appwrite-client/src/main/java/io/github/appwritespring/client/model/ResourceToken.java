package io.github.appwritespring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A token that grants access to one file without a session. {@link #toString()} never
 * shows the secret.
 *
 * @param id the token ID
 * @param createdAt when it was created
 * @param resourceId the resource, {@code BUCKET_ID:FILE_ID}
 * @param resourceType {@code files}
 * @param expire when it expires (empty: never)
 * @param secret the token's secret (a JWT)
 * @param accessedAt when it was last used
 * @since 0.1.0
 */
public record ResourceToken(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		String resourceId, String resourceType, String expire, String secret, String accessedAt) {

	@Override
	public String toString() {
		return "ResourceToken[id=" + this.id + ", resourceId=" + this.resourceId + ", expire=" + this.expire
				+ ", secret=(hidden)]";
	}

}
