package io.github.appwritespring.autoconfigure.security.account;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ReactiveAppwriteClient;

/**
 * The client an endpoint for a signed-in user calls Appwrite with: the user's own session
 * (the routes that change an account need one, not the API key), forwarding the user's
 * {@code User-Agent}.
 */
final class SignedInCalls {

	private SignedInCalls() {
	}

	/**
	 * Returns the session secret of the request's user.
	 * @param request a request
	 * @return the secret, or {@code null} when no user with a session is signed in
	 */
	static @Nullable String secret(AccountRequest request) {
		AppwriteAuthenticationToken user = request.user();
		return (user != null) ? user.getSessionSecret() : null;
	}

	/**
	 * Returns a client that calls as the user of the session.
	 * @param admin the admin client, whose connections the view shares
	 * @param request the request
	 * @param secret the user's session secret
	 * @return the client
	 */
	static ReactiveAppwriteClient as(AppwriteClient admin, AccountRequest request, String secret) {
		return admin.withSession(secret).withForwardedUserAgent(request.details().userAgent()).reactive();
	}

}
