package io.github.appwritespring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An MFA challenge; complete it with
 * {@code account.updateMFAChallenge(challenge.id(), otp)}. It holds no secret: the code
 * travels by email, SMS, the authenticator app, or is a recovery code.
 *
 * @param id the challenge ID
 * @param createdAt when it was created
 * @param userId the user it belongs to
 * @param expire when it expires
 * @since 0.1.0
 */
public record MfaChallenge(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt, String userId,
		String expire) {
}
