package io.github.appwritespring.autoconfigure;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The request has no Appwrite session, so no session client can be made for it. Spring
 * MVC and WebFlux answer it with 401 Unauthorized.
 *
 * @since 0.1.0
 */
public class AppwriteSessionRequiredException extends ResponseStatusException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates a new {@code AppwriteSessionRequiredException}.
	 * @param cookieName the session cookie that was missing
	 */
	public AppwriteSessionRequiredException(String cookieName) {
		super(HttpStatus.UNAUTHORIZED, "Appwrite session required: this request has no valid session (cookie '"
				+ cookieName + "' missing or invalid). Sign in first.");
	}

}
