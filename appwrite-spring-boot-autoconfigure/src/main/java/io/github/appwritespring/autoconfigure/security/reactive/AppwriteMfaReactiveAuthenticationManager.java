package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteMfaAuthenticationToken;

/**
 * Authenticates an {@link AppwriteMfaAuthenticationToken}: completes the MFA challenge of
 * the browser's session with its code (throttled like a password) and returns the
 * session's
 * {@link io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken},
 * with the new factor among its authorities. The session is the browser's own already, so
 * nothing is made that could be orphaned.
 *
 * @since 0.1.0
 */
public class AppwriteMfaReactiveAuthenticationManager implements ReactiveAuthenticationManager {

	private final AppwriteAuthenticator authenticator;

	/**
	 * Creates a new {@code AppwriteMfaReactiveAuthenticationManager}.
	 * @param authenticator completes challenges with Appwrite
	 */
	public AppwriteMfaReactiveAuthenticationManager(AppwriteAuthenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	public Mono<Authentication> authenticate(Authentication authentication) {
		if (!(authentication instanceof AppwriteMfaAuthenticationToken)) {
			return Mono.empty();
		}
		return this.authenticator.authenticate(authentication).cast(Authentication.class);
	}

}
