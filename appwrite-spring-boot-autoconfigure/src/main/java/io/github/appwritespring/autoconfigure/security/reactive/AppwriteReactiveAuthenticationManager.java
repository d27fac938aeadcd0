package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInDetails;

/**
 * Authenticates a {@link UsernamePasswordAuthenticationToken} (email and password)
 * against Appwrite, throttled like the sign-in endpoint, and returns an
 * {@link io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken}
 * holding the new session. The integration's own endpoints do not need it; it serves code
 * that uses Spring Security's reactive authentication (e.g. {@code formLogin()} with
 * {@link AppwriteServerSecurityContextRepository}, which then sets the session cookie),
 * and keeps Spring Boot's generated in-memory user away. Without the request at hand it
 * throttles by account only.
 *
 * @since 0.1.0
 */
public class AppwriteReactiveAuthenticationManager implements ReactiveAuthenticationManager {

	private final AppwriteAuthenticator authenticator;

	/**
	 * Creates a new {@code AppwriteReactiveAuthenticationManager}.
	 * @param authenticator signs in with Appwrite
	 */
	public AppwriteReactiveAuthenticationManager(AppwriteAuthenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	public Mono<Authentication> authenticate(Authentication authentication) {
		if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
			return Mono.empty();
		}
		Object password = authentication.getCredentials();
		return this.authenticator
			.signIn(authentication.getName(), (password != null) ? password.toString() : null,
					AppwriteSignInDetails.NONE)
			.cast(Authentication.class);
	}

}
