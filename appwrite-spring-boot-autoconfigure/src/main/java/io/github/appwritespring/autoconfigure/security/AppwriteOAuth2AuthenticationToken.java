package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request to finish an OAuth2 sign-in: the {@code userId} (the principal) and the token
 * {@code secret} (the credentials, erased after authentication) Appwrite sent to the
 * callback, to be exchanged for a session. It is never authenticated itself;
 * authenticating it yields an {@link AppwriteAuthenticationToken}. {@code toString()}
 * never shows the secret.
 *
 * @since 0.1.0
 */
public class AppwriteOAuth2AuthenticationToken extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final @Nullable String userId;

	private @Nullable String secret;

	/**
	 * Creates a new {@code AppwriteOAuth2AuthenticationToken}.
	 * @param userId the callback's {@code userId}, or {@code null} when it had none
	 * @param secret the callback's {@code secret}, or {@code null} when it had none
	 */
	public AppwriteOAuth2AuthenticationToken(@Nullable String userId, @Nullable String secret) {
		super(List.of());
		this.userId = userId;
		this.secret = secret;
	}

	/**
	 * Returns the Appwrite user ID.
	 * @return the Appwrite user ID
	 */
	@Override
	public @Nullable String getPrincipal() {
		return this.userId;
	}

	/**
	 * Returns the token secret, or {@code null} once erased.
	 * @return the token secret, or {@code null} once erased
	 */
	@Override
	public @Nullable String getCredentials() {
		return this.secret;
	}

	@Override
	public void setAuthenticated(boolean authenticated) {
		if (authenticated) {
			throw new IllegalArgumentException("An OAuth2 callback is never authenticated itself");
		}
		super.setAuthenticated(false);
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		this.secret = null;
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
