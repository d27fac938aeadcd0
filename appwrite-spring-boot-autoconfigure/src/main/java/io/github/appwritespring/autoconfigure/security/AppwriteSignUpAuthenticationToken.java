package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request to create an Appwrite account and sign it in: the email (the principal), the
 * password (the credentials, erased after authentication) and the user's name. It is
 * never authenticated itself; authenticating it yields an
 * {@link AppwriteAuthenticationToken}. {@code toString()} never shows the password.
 *
 * @since 0.1.0
 */
public class AppwriteSignUpAuthenticationToken extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final @Nullable String email;

	private final @Nullable String displayName;

	private @Nullable String password;

	/**
	 * Creates a new {@code AppwriteSignUpAuthenticationToken}.
	 * @param displayName the user's name, or {@code null}
	 * @param email the email, or {@code null} when the request had none
	 * @param password the password, or {@code null} when the request had none
	 */
	public AppwriteSignUpAuthenticationToken(@Nullable String displayName, @Nullable String email,
			@Nullable String password) {
		super(List.of());
		this.displayName = displayName;
		this.email = email;
		this.password = password;
	}

	/**
	 * Returns the email.
	 * @return the email
	 */
	@Override
	public @Nullable String getPrincipal() {
		return this.email;
	}

	/**
	 * Returns the password, or {@code null} once erased.
	 * @return the password, or {@code null} once erased
	 */
	@Override
	public @Nullable String getCredentials() {
		return this.password;
	}

	/**
	 * Returns the user's name, or {@code null}.
	 * @return the user's name, or {@code null}
	 */
	public @Nullable String getDisplayName() {
		return this.displayName;
	}

	@Override
	public void setAuthenticated(boolean authenticated) {
		if (authenticated) {
			throw new IllegalArgumentException("A sign-up request is never authenticated itself");
		}
		super.setAuthenticated(false);
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		this.password = null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
