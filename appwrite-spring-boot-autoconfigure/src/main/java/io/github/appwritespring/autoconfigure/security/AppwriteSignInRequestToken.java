package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * What every request to sign in through Appwrite has in common: a principal that names
 * what the request is about, a secret credential that is erased after authentication, and
 * never being authenticated itself (authenticating it yields an
 * {@link AppwriteAuthenticationToken}). {@code toString()} never shows the credential.
 *
 * @since 0.1.0
 */
public abstract class AppwriteSignInRequestToken extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final @Nullable String principal;

	private @Nullable String credentials;

	/**
	 * Creates a new request.
	 * @param principal what the request is about, or {@code null} when it named nothing
	 * @param credentials its secret, or {@code null} when it had none
	 */
	protected AppwriteSignInRequestToken(@Nullable String principal, @Nullable String credentials) {
		super(List.of());
		this.principal = principal;
		this.credentials = credentials;
	}

	@Override
	public @Nullable String getPrincipal() {
		return this.principal;
	}

	/**
	 * Returns the secret, or {@code null} once erased.
	 * @return the secret, or {@code null} once erased
	 */
	@Override
	public @Nullable String getCredentials() {
		return this.credentials;
	}

	@Override
	public void setAuthenticated(boolean authenticated) {
		if (authenticated) {
			throw new IllegalArgumentException(
					"A request to sign in is never authenticated itself: authenticate it with the AuthenticationManager");
		}
		super.setAuthenticated(false);
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		this.credentials = null;
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
