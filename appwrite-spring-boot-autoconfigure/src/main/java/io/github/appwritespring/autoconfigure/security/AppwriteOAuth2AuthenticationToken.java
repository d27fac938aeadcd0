package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;

import org.jspecify.annotations.Nullable;

/**
 * A request to finish an OAuth2 sign-in: the {@code userId} (the principal) and the token
 * {@code secret} (the credentials, erased after authentication) Appwrite sent to the
 * callback, to be exchanged for a session. It is never authenticated itself;
 * authenticating it yields an {@link AppwriteAuthenticationToken}. {@code toString()}
 * never shows the secret.
 *
 * @since 0.1.0
 */
public class AppwriteOAuth2AuthenticationToken extends AppwriteOneTimeTokenAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	/**
	 * Creates a new {@code AppwriteOAuth2AuthenticationToken}.
	 * @param userId the callback's {@code userId}, or {@code null} when it had none
	 * @param secret the callback's {@code secret}, or {@code null} when it had none
	 */
	public AppwriteOAuth2AuthenticationToken(@Nullable String userId, @Nullable String secret) {
		super(userId, secret);
	}

}
