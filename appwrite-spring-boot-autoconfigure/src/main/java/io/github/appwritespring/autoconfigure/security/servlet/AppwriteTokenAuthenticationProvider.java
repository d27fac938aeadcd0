package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteInvitationAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteOneTimeTokenAuthenticationToken;

/**
 * Authenticates the tokens Appwrite sends by email: a
 * {@link AppwriteOneTimeTokenAuthenticationToken} (an Appwrite user ID and a magic link's
 * secret or an emailed code) is exchanged for a session, an
 * {@link AppwriteInvitationAuthenticationToken} accepts a team invitation and takes the
 * session Appwrite makes for the invitee. Its new session is kept or deleted as
 * {@link AppwriteEmailPasswordAuthenticationProvider} says.
 *
 * @since 0.1.0
 */
public class AppwriteTokenAuthenticationProvider implements AuthenticationProvider {

	private final AppwriteAuthenticator authenticator;

	/**
	 * Creates a new {@code AppwriteTokenAuthenticationProvider}.
	 * @param authenticator exchanges tokens with Appwrite
	 */
	public AppwriteTokenAuthenticationProvider(AppwriteAuthenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		return ServletNewSessions.authenticate(this.authenticator, authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return AppwriteOneTimeTokenAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
