package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInDetails;

/**
 * Authenticates a {@link UsernamePasswordAuthenticationToken} (email and password)
 * against Appwrite, throttled like the sign-in endpoint, and returns an
 * {@link io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken}
 * holding the new session. The integration's own endpoints do not need it; it serves code
 * that uses Spring Security's {@code AuthenticationManager} directly. Its failures are
 * {@link io.github.appwritespring.autoconfigure.security.AppwriteSignInException}s.
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
		String clientIp = (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : null;
		Object password = authentication.getCredentials();
		AppwriteAuthenticationToken signedIn = this.authenticator
			.signIn(authentication.getName(), (password != null) ? password.toString() : null,
					new AppwriteSignInDetails(clientIp, null, null))
			.block();
		if (signedIn == null) {
			throw new IllegalStateException("Sign-in completed without an answer");
		}
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
