package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteMfaAuthenticationToken;

/**
 * Authenticates an {@link AppwriteMfaAuthenticationToken}: completes the MFA challenge of
 * the browser's session with its code (throttled like a password) and returns the
 * session's {@link AppwriteAuthenticationToken}, with the new factor among its
 * authorities. The session is the browser's own already, so nothing is made that could be
 * orphaned.
 *
 * @since 0.1.0
 */
public class AppwriteMfaAuthenticationProvider implements AuthenticationProvider {

	private final AppwriteAuthenticator authenticator;

	/**
	 * Creates a new {@code AppwriteMfaAuthenticationProvider}.
	 * @param authenticator completes challenges with Appwrite
	 */
	public AppwriteMfaAuthenticationProvider(AppwriteAuthenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		AppwriteAuthenticationToken signedIn = this.authenticator.authenticate(authentication).block();
		if (signedIn == null) {
			throw new IllegalStateException("Appwrite completed the second factor without a user");
		}
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return AppwriteMfaAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
