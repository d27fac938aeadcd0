package io.github.appwritespring.client.model;

/**
 * The factors a user can complete an MFA challenge with.
 *
 * @param totp whether a verified TOTP authenticator exists
 * @param phone whether a verified phone number exists (SMS codes)
 * @param email whether a verified email address exists (emailed codes)
 * @param recoveryCode whether recovery codes exist
 * @since 0.1.0
 */
public record MfaFactors(boolean totp, boolean phone, boolean email, boolean recoveryCode) {
}
