package io.github.appwritespring.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.client.AppwriteClient;

/**
 * Makes the per-request {@link AppwriteSessionClient} from the request's session cookie
 * and user agent, as a view of the admin client: same connection pool, the user's
 * session, no API key. Shared by the servlet and reactive stacks.
 *
 * @since 0.1.0
 */
public class AppwriteSessionClientFactory {

	private final AppwriteClient admin;

	private final String cookieName;

	private final boolean forwardUserAgent;

	/**
	 * Creates a new {@code AppwriteSessionClientFactory}.
	 * @param admin the admin client whose pool the views share
	 * @param forwardUserAgent whether to forward the end user's {@code User-Agent}
	 */
	public AppwriteSessionClientFactory(AppwriteClient admin, boolean forwardUserAgent) {
		this(admin, AppwriteSessionCookie.name(admin.getProjectId()), forwardUserAgent);
	}

	/**
	 * Creates a new {@code AppwriteSessionClientFactory}.
	 * @param admin the admin client whose pool the views share
	 * @param cookieName the session cookie's name
	 * @param forwardUserAgent whether to forward the end user's {@code User-Agent}
	 */
	public AppwriteSessionClientFactory(AppwriteClient admin, String cookieName, boolean forwardUserAgent) {
		this.admin = admin;
		this.cookieName = cookieName;
		this.forwardUserAgent = forwardUserAgent;
	}

	/**
	 * Returns the session cookie's name.
	 * @return the session cookie's name
	 */
	public String getCookieName() {
		return this.cookieName;
	}

	/**
	 * Returns the session client (without a session when the cookie is absent or
	 * malformed).
	 * @param cookieValues the values of the session cookie in the request
	 * @param userAgent the request's {@code User-Agent}, or {@code null}
	 * @return the session client (without a session when the cookie is absent or
	 * malformed)
	 */
	public AppwriteSessionClient create(List<String> cookieValues, @Nullable String userAgent) {
		return forSession(AppwriteSessionCookie.select(cookieValues), userAgent);
	}

	/**
	 * Returns the session client.
	 * @param session a session secret, or {@code null}
	 * @param userAgent the request's {@code User-Agent}, or {@code null}
	 * @return the session client
	 */
	public AppwriteSessionClient forSession(@Nullable String session, @Nullable String userAgent) {
		if (session == null) {
			return new AppwriteSessionClient(null, this.cookieName);
		}
		AppwriteClient view = this.admin.withSession(session);
		if (this.forwardUserAgent && userAgent != null) {
			view = view.withForwardedUserAgent(userAgent);
		}
		return new AppwriteSessionClient(view, this.cookieName);
	}

	/**
	 * Returns the session client of an API client that sent an Appwrite JWT: it calls
	 * Appwrite with the JWT, never with the API key.
	 * @param jwt the JWT
	 * @param userAgent the request's {@code User-Agent}, or {@code null}
	 * @return the session client
	 */
	public AppwriteSessionClient forJwt(String jwt, @Nullable String userAgent) {
		AppwriteClient view = this.admin.withJwt(jwt);
		if (this.forwardUserAgent && userAgent != null) {
			view = view.withForwardedUserAgent(userAgent);
		}
		return new AppwriteSessionClient(view, this.cookieName);
	}

}
