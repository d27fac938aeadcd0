package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInDetails;

/**
 * Authenticates a {@link UsernamePasswordAuthenticationToken} (email and password)
 * against Appwrite, throttled like the sign-in endpoint, and returns an
 * {@link AppwriteAuthenticationToken} holding a new session. The integration's sign-in
 * endpoint uses it, and so can Spring Security's own {@code AuthenticationManager} (e.g.
 * {@code formLogin()}). Its failures are
 * {@link io.github.appwritespring.autoconfigure.security.AppwriteSignInException}s. The
 * throttle counts by client address only when the request's details are
 * {@link AppwriteSignInDetails} (the endpoint's are), else by account.
 * <p>
 * Within a request of a chain configured by {@link AppwriteHttpConfigurer}, the new
 * session ends up in the browser's cookie when the result is saved through the chain's
 * security context repository (as every authentication filter does), and is deleted at
 * the end of the request otherwise, never left valid with nobody holding it.
 *
 * @since 0.1.0
 */
public class AppwriteEmailPasswordAuthenticationProvider implements AuthenticationProvider {

	private final AppwriteAuthenticator authenticator;

	/**
	 * Creates a new {@code AppwriteEmailPasswordAuthenticationProvider}.
	 * @param authenticator signs in with Appwrite
	 */
	public AppwriteEmailPasswordAuthenticationProvider(AppwriteAuthenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		return ServletNewSessions.authenticate(this.authenticator, authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
