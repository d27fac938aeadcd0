package io.github.appwritespring.client.model;

/**
 * A new, not yet verified TOTP authenticator: what an authenticator app needs. Verify it
 * with the app's first code ({@code account.updateMFAAuthenticator(TOTP, otp)}).
 * {@link #toString()} shows neither value: both hold the shared secret.
 *
 * @param secret the TOTP secret in Base32, for manual entry in the app
 * @param uri the {@code otpauth://totp/...} URI, usually shown as a QR code
 * @since 0.1.0
 */
public record MfaType(String secret, String uri) {

	@Override
	public String toString() {
		return "MfaType[secret=(hidden), uri=(hidden)]";
	}

}
