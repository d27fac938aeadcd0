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
 * holding a new session. The integration's sign-in endpoint uses it, and so can Spring
 * Security's reactive authentication (e.g. {@code formLogin()}); it also keeps Spring
 * Boot's generated in-memory user away. The throttle counts by client address only when
 * the request's details are {@link AppwriteSignInDetails} (the endpoint's are), else by
 * account.
 * <p>
 * Within an exchange of a chain configured by {@link AppwriteServerHttpSecurity}, the new
 * session ends up in the browser's cookie when the result is saved through
 * {@link AppwriteServerSecurityContextRepository} (as every authentication web filter of
 * the chain does), and is deleted at the end of the exchange otherwise, never left valid
 * with nobody holding it.
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
		return ReactiveNewSessions.authenticate(this.authenticator, authentication);
	}

}
