package io.github.appwritespring.autoconfigure.security.account;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;
import io.github.appwritespring.client.AppwriteClient;

/**
 * The account endpoints a chain serves, as the properties switch them on, and the
 * decision of which one a request is for.
 *
 * @since 0.1.0
 */
public final class AccountEndpoints {

	private final List<AccountEndpoint> endpoints;

	private AccountEndpoints(List<AccountEndpoint> endpoints) {
		this.endpoints = List.copyOf(endpoints);
	}

	/**
	 * Returns the endpoints the properties switch on.
	 * @param properties the security properties
	 * @param admin the admin client
	 * @param throttle the throttle
	 * @param signInPages the chain's sign-in pages
	 * @return the endpoints
	 */
	public static AccountEndpoints of(AppwriteSecurityProperties properties, AppwriteClient admin,
			LoginThrottle throttle, SignInPages signInPages) {
		AppwriteSecurityProperties.Endpoints paths = properties.getEndpoints();
		AccountPages pages = AccountPages.of(properties);
		List<AccountEndpoint> endpoints = new ArrayList<>();
		if (properties.getRecovery().isEnabled() && properties.getEmailPassword().isEnabled()) {
			endpoints.add(new PasswordRecoveryEndpoint(paths.getRecovery(), admin, throttle, pages));
			endpoints.add(new PasswordResetEndpoint(paths.getRecoveryConfirm(), admin, signInPages, pages));
		}
		return new AccountEndpoints(endpoints);
	}

	/**
	 * Returns these endpoints and more.
	 * @param more more endpoints
	 * @return all of them
	 */
	public AccountEndpoints and(List<AccountEndpoint> more) {
		List<AccountEndpoint> all = new ArrayList<>(this.endpoints);
		all.addAll(more);
		return new AccountEndpoints(all);
	}

	/**
	 * Returns the endpoint for a request.
	 * @param method the request's method
	 * @param path the request's path within the application
	 * @return the endpoint, or {@code null} when the request is for none of them
	 */
	public @Nullable AccountEndpoint find(String method, String path) {
		for (AccountEndpoint endpoint : this.endpoints) {
			if (endpoint.path().equals(path) && endpoint.method().equals(method)) {
				return endpoint;
			}
		}
		return null;
	}

	/**
	 * Returns whether a path is one of the endpoints' (any method).
	 * @param path a path within the application
	 * @return whether it is
	 */
	public boolean serves(String path) {
		return this.endpoints.stream().anyMatch((endpoint) -> endpoint.path().equals(path));
	}

	/**
	 * Returns the endpoints.
	 * @return the endpoints
	 */
	public List<AccountEndpoint> all() {
		return this.endpoints;
	}

}
