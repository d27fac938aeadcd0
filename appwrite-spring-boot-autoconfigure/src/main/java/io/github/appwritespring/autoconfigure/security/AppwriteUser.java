package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.appwritespring.client.model.User;

/**
 * The signed-in Appwrite user: the principal of an {@link AppwriteAuthenticationToken},
 * usable as {@code @AuthenticationPrincipal AppwriteUser user}. Its getters follow
 * Appwrite's user model; the {@code Authentication}'s name is the user ID, so auditing
 * and logs name a stable identifier rather than an email address.
 *
 * @since 0.1.0
 */
public final class AppwriteUser implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String id;

	private final String email;

	private final String name;

	private final List<String> labels;

	private final boolean emailVerification;

	private final boolean phoneVerification;

	private final Map<String, Object> prefs;

	/**
	 * Creates a new {@code AppwriteUser}.
	 * @param id the user ID
	 * @param email the email address (may be empty, e.g. for anonymous users)
	 * @param name the user's name (may be empty)
	 * @param labels the labels, e.g. {@code admin}
	 * @param emailVerification whether the email address is verified
	 * @param phoneVerification whether the phone number is verified
	 * @param prefs the user's preferences
	 */
	public AppwriteUser(String id, String email, String name, List<String> labels, boolean emailVerification,
			boolean phoneVerification, Map<String, Object> prefs) {
		this.id = id;
		this.email = email;
		this.name = name;
		this.labels = List.copyOf(labels);
		this.emailVerification = emailVerification;
		this.phoneVerification = phoneVerification;
		this.prefs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(prefs));
	}

	/**
	 * Returns the principal.
	 * @param user the user as Appwrite answered it
	 * @return the principal
	 */
	public static AppwriteUser of(User user) {
		return new AppwriteUser(user.id(), nonNull(user.email()), nonNull(user.name()),
				(user.labels() != null) ? user.labels() : List.of(), user.emailVerification(), user.phoneVerification(),
				(user.prefs() != null) ? user.prefs() : Map.of());
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	/**
	 * Returns the user ID.
	 * @return the user ID
	 */
	public String getId() {
		return this.id;
	}

	/**
	 * Returns the email address, or an empty string.
	 * @return the email address, or an empty string
	 */
	public String getEmail() {
		return this.email;
	}

	/**
	 * Returns the user's name as entered at sign-up, or an empty string.
	 * @return the user's name as entered at sign-up, or an empty string
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Returns the labels.
	 * @return the labels
	 */
	public List<String> getLabels() {
		return this.labels;
	}

	/**
	 * Returns whether the user has it.
	 * @param label a label
	 * @return whether the user has it
	 */
	public boolean hasLabel(String label) {
		return this.labels.contains(label);
	}

	/**
	 * Returns whether the email address is verified.
	 * @return whether the email address is verified
	 */
	public boolean isEmailVerification() {
		return this.emailVerification;
	}

	/**
	 * Returns whether the phone number is verified.
	 * @return whether the phone number is verified
	 */
	public boolean isPhoneVerification() {
		return this.phoneVerification;
	}

	/**
	 * Returns the user's preferences.
	 * @return the user's preferences
	 */
	public Map<String, Object> getPrefs() {
		return this.prefs;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof AppwriteUser that) && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "AppwriteUser[id=" + this.id + ", labels=" + this.labels + "]";
	}

}
