package io.github.appwritespring.client.model;

/**
 * The kinds of MFA authenticator Appwrite 1.8 knows.
 *
 * @since 0.1.0
 */
public enum AuthenticatorType {

	/** A time-based one-time password app (RFC 6238: SHA-1, 6 digits, 30 s). */
	TOTP("totp");

	private final String value;

	AuthenticatorType(String value) {
		this.value = value;
	}

	/**
	 * Returns the value Appwrite expects in the path, e.g. {@code totp}.
	 * @return the value Appwrite expects in the path, e.g. {@code totp}
	 */
	public String value() {
		return this.value;
	}

}
