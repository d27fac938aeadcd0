package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSignUpAuthenticationToken;

/**
 * Authenticates an {@link AppwriteSignUpAuthenticationToken}: creates the Appwrite
 * account and signs it in, throttled like sign-in. Its new session is kept or deleted as
 * {@link AppwriteEmailPasswordAuthenticationProvider} says.
 *
 * @since 0.1.0
 */
public class AppwriteSignUpAuthenticationProvider implements AuthenticationProvider {

	private final AppwriteAuthenticator authenticator;

	/**
	 * Creates a new {@code AppwriteSignUpAuthenticationProvider}.
	 * @param authenticator signs up with Appwrite
	 */
	public AppwriteSignUpAuthenticationProvider(AppwriteAuthenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		return ServletNewSessions.authenticate(this.authenticator, authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return AppwriteSignUpAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
