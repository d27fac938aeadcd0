package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteInvitationAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteOneTimeTokenAuthenticationToken;

/**
 * Authenticates the tokens Appwrite sends by email: a
 * {@link AppwriteOneTimeTokenAuthenticationToken} (an Appwrite user ID and a magic link's
 * secret or an emailed code) is exchanged for a session, an
 * {@link AppwriteInvitationAuthenticationToken} accepts a team invitation and takes the
 * session Appwrite makes for the invitee. Its new session is kept or deleted as
 * {@link AppwriteReactiveAuthenticationManager} says.
 *
 * @since 0.1.0
 */
public class AppwriteTokenReactiveAuthenticationManager implements ReactiveAuthenticationManager {

	private final AppwriteAuthenticator authenticator;

	/**
	 * Creates a new {@code AppwriteTokenReactiveAuthenticationManager}.
	 * @param authenticator exchanges tokens with Appwrite
	 */
	public AppwriteTokenReactiveAuthenticationManager(AppwriteAuthenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	public Mono<Authentication> authenticate(Authentication authentication) {
		if (!(authentication instanceof AppwriteOneTimeTokenAuthenticationToken)) {
			return Mono.empty();
		}
		return ReactiveNewSessions.authenticate(this.authenticator, authentication);
	}

}
