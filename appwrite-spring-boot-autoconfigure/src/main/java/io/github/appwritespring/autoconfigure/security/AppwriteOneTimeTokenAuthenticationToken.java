package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request to sign in with a one-time token Appwrite made: the Appwrite user ID (the
 * principal) and the token's secret (the credentials, erased after authentication), to be
 * exchanged for a session with {@code createSession(userId, secret)}. The secret is a
 * magic link's, an emailed 6-digit code, or (as
 * {@link AppwriteOAuth2AuthenticationToken}) the one Appwrite sends to the OAuth2
 * callback; an {@link AppwriteInvitationAuthenticationToken} carries an invitation's,
 * accepted rather than exchanged. It is never authenticated itself; authenticating it
 * yields an {@link AppwriteAuthenticationToken}. {@code toString()} never shows the
 * secret.
 * <p>
 * Spring Security's own {@code OneTimeTokenAuthenticationToken} carries only the token
 * value, from which its {@code OneTimeTokenService} finds the user; Appwrite's exchange
 * needs the user ID as well, so the request is a type of its own.
 *
 * @since 0.1.0
 */
public class AppwriteOneTimeTokenAuthenticationToken extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final @Nullable String userId;

	private @Nullable String secret;

	/**
	 * Creates a new {@code AppwriteOneTimeTokenAuthenticationToken}.
	 * @param userId the Appwrite user ID, or {@code null} when the request had none
	 * @param secret the token's secret, or {@code null} when the request had none
	 */
	public AppwriteOneTimeTokenAuthenticationToken(@Nullable String userId, @Nullable String secret) {
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
			throw new IllegalArgumentException("A one-time token is never authenticated itself");
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
