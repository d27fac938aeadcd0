package io.github.appwritespring.autoconfigure.security.servlet;

import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;

import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;
import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInDetails;
import io.github.appwritespring.autoconfigure.security.internal.OAuth2StateCookie;
import io.github.appwritespring.autoconfigure.security.internal.SignInDetailsReader;
import io.github.appwritespring.autoconfigure.security.internal.TrustedDeviceCookie;
import io.github.appwritespring.autoconfigure.security.throttle.TrustedDevices;
import io.github.appwritespring.autoconfigure.web.servlet.ServletAppwriteSessions;

/**
 * Makes a user signed in or out for the current request and the browser: the session
 * cookie, the security context (saved through the chain's
 * {@link SecurityContextRepository}), the session cache and the request's session client.
 */
final class ServletSignIns {

	private static final String FORWARDED_FOR = "X-Forwarded-For";

	private final AppwriteSessionCookie sessionCookie;

	private final OAuth2StateCookie stateCookie;

	private final TrustedDeviceCookie deviceCookie;

	private final AppwriteSessionResolver resolver;

	private final AppwriteSessionClientFactory sessionClients;

	private final SecurityContextHolderStrategy contextHolder;

	private final SecurityContextRepository contextRepository;

	private final SignInDetailsReader detailsReader;

	private final @Nullable TrustedDevices devices;

	ServletSignIns(AppwriteSessionCookie sessionCookie, OAuth2StateCookie stateCookie, TrustedDeviceCookie deviceCookie,
			AppwriteSessionResolver resolver, AppwriteSessionClientFactory sessionClients,
			SecurityContextHolderStrategy contextHolder, SecurityContextRepository contextRepository,
			SignInDetailsReader detailsReader, @Nullable TrustedDevices devices) {
		this.sessionCookie = sessionCookie;
		this.stateCookie = stateCookie;
		this.deviceCookie = deviceCookie;
		this.resolver = resolver;
		this.sessionClients = sessionClients;
		this.contextHolder = contextHolder;
		this.contextRepository = contextRepository;
		this.detailsReader = detailsReader;
		this.devices = devices;
	}

	AppwriteSessionCookie sessionCookie() {
		return this.sessionCookie;
	}

	OAuth2StateCookie stateCookie() {
		return this.stateCookie;
	}

	AppwriteSessionResolver resolver() {
		return this.resolver;
	}

	SecurityContextHolderStrategy contextHolder() {
		return this.contextHolder;
	}

	/**
	 * Returns what a sign-in attempt knows about the browser: the one place the client
	 * address, user agent and trusted-device cookie are read on this stack.
	 */
	AppwriteSignInDetails details(HttpServletRequest request) {
		String peer = null;
		List<String> forwardedFor = List.of();
		if (this.detailsReader.readsForwardedFor()) {
			HttpServletRequest arrived = ServletExchange.asArrived(request);
			peer = arrived.getRemoteAddr();
			forwardedFor = Collections.list(arrived.getHeaders(FORWARDED_FOR));
		}
		String deviceCookie = this.detailsReader.deviceCookieName();
		return this.detailsReader.details(request.getRemoteAddr(), peer, forwardedFor,
				(deviceCookie != null) ? ServletExchange.cookie(request, deviceCookie) : null,
				request.getHeader(HttpHeaders.USER_AGENT));
	}

	/** A user just signed in: the browser gets the cookie. */
	void signedIn(HttpServletRequest request, HttpServletResponse response, AppwriteAuthenticationToken token) {
		this.resolver
			.endPrevious(ServletExchange.cookie(request, this.sessionCookie.name()), token,
					request.getHeader(HttpHeaders.USER_AGENT))
			.block();
		String secret = token.getSessionSecret();
		if (secret != null) {
			ServletExchange.addCookie(response, this.sessionCookie.set(secret, token.getSessionExpire()));
		}
		String email = token.getPrincipal().getEmail();
		if (this.devices != null && !email.isBlank()) {
			ServletExchange.addCookie(response, this.deviceCookie.set(this.devices.issue(email),
					this.devices.lifetime(), request.getContextPath()));
		}
		this.resolver.remember(token);
		authenticated(request, response, token);
	}

	/** A user signed in during this request. */
	void authenticated(HttpServletRequest request, HttpServletResponse response, AppwriteAuthenticationToken token) {
		this.contextHolder.setContext(authenticatedContext(request, response, token));
	}

	/**
	 * A request's cookie was resolved to its user.
	 * @return the request's security context, saved in the chain's repository
	 */
	SecurityContext authenticatedContext(HttpServletRequest request, HttpServletResponse response,
			AppwriteAuthenticationToken token) {
		SecurityContext context = this.contextHolder.createEmptyContext();
		context.setAuthentication(token);
		this.contextRepository.saveContext(context, request, response);
		ServletAppwriteSessions.remember(request,
				this.sessionClients.forSession(token.getSessionSecret(), request.getHeader(HttpHeaders.USER_AGENT)));
		return context;
	}

	/**
	 * Appwrite refused a request's session: the cookie is expired and the request is
	 * anonymous.
	 * @return the empty security context
	 */
	SecurityContext sessionRefused(HttpServletRequest request, HttpServletResponse response) {
		if (!response.isCommitted()) {
			ServletExchange.addCookie(response, this.sessionCookie.expired());
		}
		ServletAppwriteSessions.remember(request, this.sessionClients.forSession(null, null));
		return this.contextHolder.createEmptyContext();
	}

	/**
	 * The browser's session is gone: the cookie is expired with the attributes it was set
	 * with.
	 */
	void signedOut(HttpServletRequest request, HttpServletResponse response) {
		ServletExchange.addCookie(response, this.sessionCookie.expired());
		SecurityContext empty = this.contextHolder.createEmptyContext();
		this.contextHolder.clearContext();
		this.contextRepository.saveContext(empty, request, response);
		ServletAppwriteSessions.remember(request, this.sessionClients.forSession(null, null));
	}

}
