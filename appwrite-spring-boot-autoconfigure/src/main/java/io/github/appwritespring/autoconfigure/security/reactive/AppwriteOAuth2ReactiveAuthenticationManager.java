package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteOAuth2AuthenticationToken;

/**
 * Authenticates an {@link AppwriteOAuth2AuthenticationToken}: exchanges the
 * {@code userId} and {@code secret} Appwrite sent to the OAuth2 callback for a session.
 * Its new session is kept or deleted as {@link AppwriteReactiveAuthenticationManager}
 * says.
 *
 * @since 0.1.0
 */
public class AppwriteOAuth2ReactiveAuthenticationManager implements ReactiveAuthenticationManager {

	private final AppwriteAuthenticator authenticator;

	/**
	 * Creates a new {@code AppwriteOAuth2ReactiveAuthenticationManager}.
	 * @param authenticator exchanges OAuth2 tokens with Appwrite
	 */
	public AppwriteOAuth2ReactiveAuthenticationManager(AppwriteAuthenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	public Mono<Authentication> authenticate(Authentication authentication) {
		if (!(authentication instanceof AppwriteOAuth2AuthenticationToken)) {
			return Mono.empty();
		}
		return ReactiveNewSessions.authenticate(this.authenticator, authentication);
	}

}
