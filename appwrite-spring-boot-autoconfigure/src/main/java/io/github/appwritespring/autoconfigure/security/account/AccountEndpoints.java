package io.github.appwritespring.autoconfigure.security.account;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.autoconfigure.security.internal.EmailOtpCookie;
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
	 * @param emailOtpCookie the cookie that binds a pending sign-in by emailed code to
	 * the browser
	 * @param resolver the session resolver, whose cache forgets a user who changed
	 * @return the endpoints
	 */
	public static AccountEndpoints of(AppwriteSecurityProperties properties, AppwriteClient admin,
			LoginThrottle throttle, SignInPages signInPages, EmailOtpCookie emailOtpCookie,
			AppwriteSessionResolver resolver) {
		AppwriteSecurityProperties.Endpoints paths = properties.getEndpoints();
		AccountPages pages = AccountPages.of(properties);
		List<AccountEndpoint> endpoints = new ArrayList<>();
		if (properties.getRecovery().isEnabled() && properties.getEmailPassword().isEnabled()) {
			endpoints.add(new PasswordRecoveryEndpoint(paths.getRecovery(), admin, throttle, pages));
			endpoints.add(new PasswordResetEndpoint(paths.getRecoveryConfirm(), admin, signInPages, pages));
		}
		if (properties.getMagicUrl().isEnabled()) {
			endpoints.add(new MagicUrlEndpoint(paths.getMagicUrl(), paths.getMagicUrlCallback(), admin, throttle,
					signInPages));
		}
		if (properties.getEmailOtp().isEnabled()) {
			endpoints
				.add(new EmailOtpEndpoint(paths.getEmailOtp(), admin, throttle, emailOtpCookie, signInPages, pages));
		}
		if (properties.getVerification().isEnabled()) {
			endpoints.add(new EmailVerificationEndpoint(paths.getVerification(), paths.getVerificationConfirm(), admin,
					throttle, resolver, pages));
			endpoints.add(new EmailVerificationConfirmEndpoint(paths.getVerificationConfirm(), admin, resolver,
					signInPages, pages));
		}
		if (properties.getEmailPassword().isEnabled()) {
			endpoints.add(new PasswordChangeEndpoint(paths.getPassword(), admin, throttle, resolver, signInPages));
			endpoints.add(new EmailChangeEndpoint(paths.getEmail(), admin, throttle, resolver, signInPages));
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
