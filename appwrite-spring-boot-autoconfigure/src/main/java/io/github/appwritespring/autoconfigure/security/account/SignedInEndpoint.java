package io.github.appwritespring.autoconfigure.security.account;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ReactiveAppwriteClient;

/**
 * An endpoint a signed-in user posts to, which calls Appwrite through the user's session:
 * its method and access, and how it answers the failures every such call shares.
 */
abstract class SignedInEndpoint extends BaseEndpoint {

	SignedInEndpoint(String path) {
		super("POST", path, Access.SIGNED_IN);
	}

	/**
	 * Returns the session secret of the request's user.
	 * @param request a request
	 * @return the secret, or {@code null} when no user with a session is signed in
	 */
	static @Nullable String sessionSecret(AccountRequest request) {
		AppwriteAuthenticationToken user = request.user();
		return (user != null) ? user.getSessionSecret() : null;
	}

	/**
	 * Returns a client that calls as the user of the session (the routes that change an
	 * account need one, not the API key), forwarding the user's {@code User-Agent}.
	 * @param admin the admin client, whose connections the view shares
	 * @param request the request
	 * @param secret the user's session secret
	 * @return the client
	 */
	static ReactiveAppwriteClient asUser(AppwriteClient admin, AccountRequest request, String secret) {
		return admin.withSession(secret).withForwardedUserAgent(request.details().userAgent()).reactive();
	}

	/**
	 * Returns the page a form posted from: the {@code redirect} field's, else the success
	 * URL.
	 * @param request the request
	 * @param pages the chain's sign-in pages
	 * @return the page
	 */
	static String formPage(AccountRequest request, SignInPages pages) {
		String redirect = request.redirect();
		return (redirect != null) ? redirect : pages.successUrl();
	}

	/**
	 * Answers the failures every call through the session shares: Appwrite's own rate
	 * limit (the session's calls count against it), the session refused meanwhile, and
	 * Appwrite unavailable.
	 * @param call the call and its answers
	 * @param request the request
	 * @param page the page the form is on
	 * @return the answer
	 */
	static Mono<AccountAnswer> answered(Mono<AccountAnswer> call, AccountRequest request, String page) {
		return call
			.onErrorResume((ex) -> AppwriteAnswers.isRefusal(ex, "general_rate_limit_exceeded"),
					(ex) -> Mono.just(AccountAnswer.throttled(request, page, Duration.ofMinutes(1))))
			.onErrorResume(AppwriteAnswers::isSessionRefused,
					(ex) -> Mono.just(AccountAnswer.failed(request, page, AccountProblem.SIGN_IN_REQUIRED)))
			.onErrorMap(AppwriteAnswers::unavailable);
	}

}
