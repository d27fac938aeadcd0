package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;

import org.jspecify.annotations.Nullable;

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
public class AppwriteOneTimeTokenAuthenticationToken extends AppwriteSignInRequestToken {

	@Serial
	private static final long serialVersionUID = 1L;

	/**
	 * Creates a new {@code AppwriteOneTimeTokenAuthenticationToken}.
	 * @param userId the Appwrite user ID, or {@code null} when the request had none
	 * @param secret the token's secret, or {@code null} when the request had none
	 */
	public AppwriteOneTimeTokenAuthenticationToken(@Nullable String userId, @Nullable String secret) {
		super(userId, secret);
	}

}
