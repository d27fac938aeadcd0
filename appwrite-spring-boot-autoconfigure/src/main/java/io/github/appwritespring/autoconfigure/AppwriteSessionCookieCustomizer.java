package io.github.appwritespring.autoconfigure;

import org.springframework.http.ResponseCookie;

/**
 * Adjusts the session cookie as it is set and expired, after the integration's own
 * settings. Declare beans of this type, e.g. to add {@code Partitioned} or a
 * {@code Domain} shared with Appwrite's custom domain (which then cannot use the
 * {@code __Host-} prefix). Applied in {@code @Order}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface AppwriteSessionCookieCustomizer {

	/**
	 * Customizes a session cookie before it is sent.
	 * @param cookie the cookie being built
	 */
	void customize(ResponseCookie.ResponseCookieBuilder cookie);

}
