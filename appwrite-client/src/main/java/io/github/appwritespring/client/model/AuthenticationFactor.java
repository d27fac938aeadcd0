package io.github.appwritespring.client.model;

/**
 * The factors an MFA challenge can be completed with
 * ({@code account.createMFAChallenge(factor)}).
 *
 * @since 0.1.0
 */
public enum AuthenticationFactor {

	/** A code sent to the verified email address (needs SMTP). */
	EMAIL("email"),

	/** A code sent by SMS to the verified phone number (needs an SMS provider). */
	PHONE("phone"),

	/** The current code of the TOTP authenticator app. */
	TOTP("totp"),

	/**
	 * One of the recovery codes. Sent as {@code recoverycode}, in lower case: Appwrite
	 * accepts {@code recoveryCode} too but never verifies challenges made with it.
	 */
	RECOVERY_CODE("recoverycode");

	private final String value;

	AuthenticationFactor(String value) {
		this.value = value;
	}

	/**
	 * Returns the value Appwrite expects, e.g. {@code recoverycode}.
	 * @return the value Appwrite expects, e.g. {@code recoverycode}
	 */
	public String value() {
		return this.value;
	}

}
