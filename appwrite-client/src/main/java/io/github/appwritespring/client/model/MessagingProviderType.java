package io.github.appwritespring.client.model;

/**
 * The kinds of messaging target ({@code users.createTarget(..)}).
 *
 * @since 0.1.0
 */
public enum MessagingProviderType {

	/** An email address. */
	EMAIL("email"),

	/** A phone number in E.164 format, for SMS. */
	SMS("sms"),

	/** A device's push token. */
	PUSH("push");

	private final String value;

	MessagingProviderType(String value) {
		this.value = value;
	}

	/**
	 * Returns the value Appwrite expects, e.g. {@code sms}.
	 * @return the value Appwrite expects, e.g. {@code sms}
	 */
	public String value() {
		return this.value;
	}

}
