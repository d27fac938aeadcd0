package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;

import org.jspecify.annotations.Nullable;

/**
 * A request to create an Appwrite account and sign it in: the email (the principal), the
 * password (the credentials, erased after authentication) and the user's name. It is
 * never authenticated itself; authenticating it yields an
 * {@link AppwriteAuthenticationToken}. {@code toString()} never shows the password.
 *
 * @since 0.1.0
 */
public class AppwriteSignUpAuthenticationToken extends AppwriteSignInRequestToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final @Nullable String displayName;

	/**
	 * Creates a new {@code AppwriteSignUpAuthenticationToken}.
	 * @param displayName the user's name, or {@code null}
	 * @param email the email, or {@code null} when the request had none
	 * @param password the password, or {@code null} when the request had none
	 */
	public AppwriteSignUpAuthenticationToken(@Nullable String displayName, @Nullable String email,
			@Nullable String password) {
		super(email, password);
		this.displayName = displayName;
	}

	/**
	 * Returns the user's name, or {@code null}.
	 * @return the user's name, or {@code null}
	 */
	public @Nullable String getDisplayName() {
		return this.displayName;
	}

}
