package io.github.appwritespring.autoconfigure.security.servlet;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;
import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteFactors;
import io.github.appwritespring.autoconfigure.security.AppwriteJwtAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteMfaRequiredException;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInDetails;
import io.github.appwritespring.autoconfigure.security.internal.LimitedSessions;
import io.github.appwritespring.autoconfigure.security.internal.NewSessions;
import io.github.appwritespring.autoconfigure.security.internal.OAuth2StateCookie;
import io.github.appwritespring.autoconfigure.security.internal.SignInDetailsReader;
import io.github.appwritespring.autoconfigure.security.internal.TrustedDeviceCookie;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyFactorCookie;
import io.github.appwritespring.autoconfigure.security.throttle.TrustedDevices;
import io.github.appwritespring.autoconfigure.web.servlet.ServletAppwriteSessions;

/**
 * Makes a browser signed in or out on the servlet stack: the one place its cookies are
 * set (the session cookie, a new CSRF token), the session cache and the request's session
 * client follow. {@link AppwriteSecurityContextRepository} calls {@link #signedIn} and
 * {@link #signedOut} when a context is saved, so Spring Security's authentication filters
 * (the integration's and the application's) sign browsers in and out the same way.
 */
final class ServletSignIns {

	private static final String FORWARDED_FOR = "X-Forwarded-For";

	private final AppwriteAuthenticator authenticator;

	private final AppwriteSessionCookie sessionCookie;

	private final OAuth2StateCookie stateCookie;

	private final TrustedDeviceCookie deviceCookie;

	private final AppwriteSessionResolver resolver;

	private final AppwriteSessionClientFactory sessionClients;

	private final ServletCsrf csrf;

	private final SecurityContextHolderStrategy contextHolder;

	private final SignInDetailsReader detailsReader;

	private final @Nullable TrustedDevices devices;

	private final @Nullable PasskeyFactorCookie passkeyFactor;

	ServletSignIns(AppwriteAuthenticator authenticator, AppwriteSessionCookie sessionCookie,
			OAuth2StateCookie stateCookie, TrustedDeviceCookie deviceCookie, AppwriteSessionResolver resolver,
			AppwriteSessionClientFactory sessionClients, ServletCsrf csrf, SecurityContextHolderStrategy contextHolder,
			SignInDetailsReader detailsReader, @Nullable TrustedDevices devices,
			@Nullable PasskeyFactorCookie passkeyFactor) {
		this.authenticator = authenticator;
		this.sessionCookie = sessionCookie;
		this.stateCookie = stateCookie;
		this.deviceCookie = deviceCookie;
		this.resolver = resolver;
		this.sessionClients = sessionClients;
		this.csrf = csrf;
		this.contextHolder = contextHolder;
		this.detailsReader = detailsReader;
		this.devices = devices;
		this.passkeyFactor = passkeyFactor;
	}

	AppwriteAuthenticator authenticator() {
		return this.authenticator;
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

	/**
	 * A user just signed in with a new session: the browser gets its cookie, a
	 * trusted-device cookie for the account and a new CSRF token, the session it held
	 * before is ended, and the new one is claimed (see {@link NewSessions}) and cached.
	 */
	void signedIn(HttpServletRequest request, HttpServletResponse response, AppwriteAuthenticationToken token) {
		this.resolver
			.endPrevious(ServletExchange.cookie(request, this.sessionCookie.name()), token,
					request.getHeader(HttpHeaders.USER_AGENT))
			.block();
		String secret = token.getSessionSecret();
		if (secret != null) {
			ServletExchange.addCookie(response, this.sessionCookie.set(secret, token.getSessionExpire()));
			passkeyFactor(request, response, secret, token.getSessionExpire(), AppwriteFactors.hasWebAuthn(token));
		}
		String email = token.getPrincipal().getEmail();
		if (this.devices != null && !email.isBlank()) {
			ServletExchange.addCookie(response, this.deviceCookie.set(this.devices.issue(email),
					this.devices.lifetime(), request.getContextPath()));
		}
		NewSessions sessions = NewSessions.of(request.getAttribute(NewSessions.ATTRIBUTE));
		if (sessions != null) {
			sessions.claimed(token);
		}
		this.resolver.remember(token);
		this.csrf.renew(request, response);
		ServletAppwriteSessions.remember(request,
				this.sessionClients.forSession(secret, request.getHeader(HttpHeaders.USER_AGENT)));
	}

	/**
	 * A sign-in needs a second factor: the browser gets the limited session's cookie
	 * (hardened as any session cookie) and a new CSRF token, and the session it held
	 * before is ended. It is not signed in: its requests stay anonymous until the second
	 * factor completes the session.
	 */
	void limited(HttpServletRequest request, HttpServletResponse response, AppwriteMfaRequiredException pending) {
		limited(request, response, pending, false);
	}

	/**
	 * A sign-in needs a second factor, as
	 * {@link #limited(HttpServletRequest, HttpServletResponse, AppwriteMfaRequiredException)},
	 * and its first factor was a passkey when {@code passkey}: the browser also gets the
	 * cookie that says so, which the session keeps once its second factor completes it.
	 */
	void limited(HttpServletRequest request, HttpServletResponse response, AppwriteMfaRequiredException pending,
			boolean passkey) {
		String secret = pending.getSessionSecret();
		if (secret == null) {
			return;
		}
		this.resolver
			.endPrevious(ServletExchange.cookie(request, this.sessionCookie.name()), secret,
					request.getHeader(HttpHeaders.USER_AGENT))
			.block();
		ServletExchange.addCookie(response, this.sessionCookie.set(secret, pending.getSessionExpire()));
		passkeyFactor(request, response, secret, pending.getSessionExpire(), passkey);
		this.csrf.renew(request, response);
	}

	/**
	 * Gives a browser's new session the passkey cookie when a passkey signed it in, and
	 * otherwise deletes one the browser holds for another session.
	 */
	private void passkeyFactor(HttpServletRequest request, HttpServletResponse response, String secret,
			@Nullable Instant expire, boolean passkey) {
		PasskeyFactorCookie cookie = this.passkeyFactor;
		if (cookie == null) {
			return;
		}
		if (passkey) {
			ServletExchange.addCookie(response, cookie.set(this.sessionCookie, secret, expire));
			return;
		}
		String held = ServletExchange.cookie(request, cookie.name());
		if (held != null && cookie.issued(secret, held) == null) {
			ServletExchange.addCookie(response, cookie.expired(this.sessionCookie));
		}
	}

	/**
	 * Returns a request's user with the WebAuthn factor when its passkey cookie proves
	 * that a passkey signed its session in, and without it otherwise.
	 */
	AppwriteAuthenticationToken withPasskeyFactor(HttpServletRequest request, AppwriteAuthenticationToken token) {
		PasskeyFactorCookie cookie = this.passkeyFactor;
		if (cookie == null) {
			// passkeys are off: no token carries the factor, and each request is spared
			// the look
			return token;
		}
		String secret = token.getSessionSecret();
		Instant issued = (secret != null) ? cookie.issued(secret, ServletExchange.cookie(request, cookie.name()))
				: null;
		return AppwriteFactors.withWebAuthn(token, issued);
	}

	private void forgetPasskeyFactor(HttpServletRequest request, HttpServletResponse response) {
		PasskeyFactorCookie cookie = this.passkeyFactor;
		if (cookie != null && !response.isCommitted() && ServletExchange.cookie(request, cookie.name()) != null) {
			ServletExchange.addCookie(response, cookie.expired(this.sessionCookie));
		}
	}

	/**
	 * A request's session still needs a second factor: the request is anonymous, and the
	 * cookie stays so that the browser can complete the factor.
	 * @return the empty security context
	 */
	SecurityContext sessionLimited(HttpServletRequest request) {
		request.setAttribute(LimitedSessions.ATTRIBUTE, Boolean.TRUE);
		ServletAppwriteSessions.remember(request, this.sessionClients.forSession(null, null));
		return this.contextHolder.createEmptyContext();
	}

	/**
	 * A request's cookie was resolved to its user.
	 * @return the request's security context
	 */
	SecurityContext authenticatedContext(HttpServletRequest request, AppwriteAuthenticationToken token) {
		SecurityContext context = this.contextHolder.createEmptyContext();
		context.setAuthentication(token);
		String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
		ServletAppwriteSessions.remember(request,
				(token instanceof AppwriteJwtAuthenticationToken jwt)
						? this.sessionClients.forJwt(jwt.getJwt(), userAgent)
						: this.sessionClients.forSession(token.getSessionSecret(), userAgent));
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
		forgetPasskeyFactor(request, response);
		ServletAppwriteSessions.remember(request, this.sessionClients.forSession(null, null));
		return this.contextHolder.createEmptyContext();
	}

	/**
	 * The browser's session is gone: the cookie is expired with the attributes it was set
	 * with, and the CSRF token renewed.
	 */
	void signedOut(HttpServletRequest request, HttpServletResponse response) {
		ServletExchange.addCookie(response, this.sessionCookie.expired());
		forgetPasskeyFactor(request, response);
		this.csrf.renew(request, response);
		ServletAppwriteSessions.remember(request, this.sessionClients.forSession(null, null));
	}

}
