package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteOAuth2AuthenticationToken;

/**
 * Authenticates an {@link AppwriteOAuth2AuthenticationToken}: exchanges the
 * {@code userId} and {@code secret} Appwrite sent to the OAuth2 callback for a session.
 * Its new session is kept or deleted as
 * {@link AppwriteEmailPasswordAuthenticationProvider} says.
 *
 * @since 0.1.0
 */
public class AppwriteOAuth2AuthenticationProvider implements AuthenticationProvider {

	private final AppwriteAuthenticator authenticator;

	/**
	 * Creates a new {@code AppwriteOAuth2AuthenticationProvider}.
	 * @param authenticator exchanges OAuth2 tokens with Appwrite
	 */
	public AppwriteOAuth2AuthenticationProvider(AppwriteAuthenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		return ServletNewSessions.authenticate(this.authenticator, authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return AppwriteOAuth2AuthenticationToken.class.isAssignableFrom(authentication);
	}

}
