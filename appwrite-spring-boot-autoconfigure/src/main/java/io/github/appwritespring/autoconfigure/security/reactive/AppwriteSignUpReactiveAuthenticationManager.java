package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSignUpAuthenticationToken;

/**
 * Authenticates an {@link AppwriteSignUpAuthenticationToken}: creates the Appwrite
 * account and signs it in, throttled like sign-in. Its new session is kept or deleted as
 * {@link AppwriteReactiveAuthenticationManager} says.
 *
 * @since 0.1.0
 */
public class AppwriteSignUpReactiveAuthenticationManager implements ReactiveAuthenticationManager {

	private final AppwriteAuthenticator authenticator;

	/**
	 * Creates a new {@code AppwriteSignUpReactiveAuthenticationManager}.
	 * @param authenticator signs up with Appwrite
	 */
	public AppwriteSignUpReactiveAuthenticationManager(AppwriteAuthenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	public Mono<Authentication> authenticate(Authentication authentication) {
		if (!(authentication instanceof AppwriteSignUpAuthenticationToken)) {
			return Mono.empty();
		}
		return ReactiveNewSessions.authenticate(this.authenticator, authentication);
	}

}
