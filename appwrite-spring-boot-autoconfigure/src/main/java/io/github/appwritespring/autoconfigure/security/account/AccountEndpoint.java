package io.github.appwritespring.autoconfigure.security.account;

import reactor.core.publisher.Mono;

/**
 * One account endpoint, written once for both web stacks. A filter per stack matches the
 * method and path (within the application), checks {@link #access()}, reads the
 * {@link AccountRequest} and writes the {@link AccountAnswer}. A POST passes Spring
 * Security's CSRF protection first. When Appwrite cannot be reached the {@code Mono}
 * fails with an
 * {@link io.github.appwritespring.autoconfigure.security.AppwriteUnavailableException},
 * which the integration answers with 503.
 *
 * @since 0.1.0
 */
public interface AccountEndpoint {

	/**
	 * Returns the HTTP method, {@code GET} or {@code POST}.
	 * @return the HTTP method
	 */
	String method();

	/**
	 * Returns the path within the application.
	 * @return the path within the application
	 */
	String path();

	/**
	 * Returns who may call it.
	 * @return who may call it
	 */
	Access access();

	/**
	 * Does what the request asks.
	 * @param request the request
	 * @return the answer
	 */
	Mono<AccountAnswer> handle(AccountRequest request);

	/** Who may call an endpoint. */
	enum Access {

		/** Anyone, signed in or not. */
		ANYONE,

		/**
		 * A signed-in user; others get 401 (JSON) or the sign-in page (browsers).
		 */
		SIGNED_IN

	}

}
