package io.github.appwritespring.autoconfigure.security.reactive;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteMfaRequiredException;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInDetails;
import io.github.appwritespring.autoconfigure.security.internal.NewSessions;
import io.github.appwritespring.autoconfigure.security.internal.OAuth2StateCookie;
import io.github.appwritespring.autoconfigure.security.internal.SignInDetailsReader;
import io.github.appwritespring.autoconfigure.security.internal.TrustedDeviceCookie;
import io.github.appwritespring.autoconfigure.security.throttle.TrustedDevices;

/**
 * Makes a browser signed in or out on WebFlux: the one place its cookies are set (the
 * session cookie, a new CSRF token), the session cache follows.
 * {@link AppwriteServerSecurityContextRepository} calls {@link #signedIn} and
 * {@link #signedOut} when a context is saved, so Spring Security's authentication web
 * filters (the integration's and the application's) sign browsers in and out the same
 * way.
 */
final class ReactiveSignIns {

	private final AppwriteAuthenticator authenticator;

	private final AppwriteSessionCookie sessionCookie;

	private final OAuth2StateCookie stateCookie;

	private final TrustedDeviceCookie deviceCookie;

	private final AppwriteSessionResolver resolver;

	private final ReactiveCsrf csrf;

	private final SignInDetailsReader detailsReader;

	private final @Nullable TrustedDevices devices;

	ReactiveSignIns(AppwriteAuthenticator authenticator, AppwriteSessionCookie sessionCookie,
			OAuth2StateCookie stateCookie, TrustedDeviceCookie deviceCookie, AppwriteSessionResolver resolver,
			ReactiveCsrf csrf, SignInDetailsReader detailsReader, @Nullable TrustedDevices devices) {
		this.authenticator = authenticator;
		this.sessionCookie = sessionCookie;
		this.stateCookie = stateCookie;
		this.deviceCookie = deviceCookie;
		this.resolver = resolver;
		this.csrf = csrf;
		this.detailsReader = detailsReader;
		this.devices = devices;
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

	/**
	 * Returns what a sign-in attempt knows about the browser: the one place the client
	 * address, user agent and trusted-device cookie are read on this stack.
	 */
	AppwriteSignInDetails details(ServerHttpRequest request) {
		boolean raw = this.detailsReader.readsForwardedFor();
		String deviceCookie = this.detailsReader.deviceCookieName();
		return this.detailsReader.details(ReactiveExchange.clientIp(request), raw ? ArrivedRequest.peer(request) : null,
				raw ? ArrivedRequest.forwardedFor(request) : List.of(),
				(deviceCookie != null) ? ReactiveExchange.cookie(request, deviceCookie) : null,
				ReactiveExchange.userAgent(request));
	}

	/**
	 * A user just signed in with a new session: the browser gets its cookie, a
	 * trusted-device cookie for the account and a new CSRF token, the session it held
	 * before is ended, and the new one is claimed (see {@link NewSessions}) and cached.
	 */
	Mono<Void> signedIn(ServerWebExchange exchange, AppwriteAuthenticationToken token) {
		ServerHttpRequest request = exchange.getRequest();
		return this.resolver
			.endPrevious(ReactiveExchange.cookie(request, this.sessionCookie.name()), token,
					ReactiveExchange.userAgent(request))
			.then(Mono.fromRunnable(() -> {
				String secret = token.getSessionSecret();
				if (secret != null) {
					exchange.getResponse().addCookie(this.sessionCookie.set(secret, token.getSessionExpire()));
				}
				String email = token.getPrincipal().getEmail();
				if (this.devices != null && !email.isBlank()) {
					exchange.getResponse()
						.addCookie(this.deviceCookie.set(this.devices.issue(email), this.devices.lifetime(),
								request.getPath().contextPath().value()));
				}
				NewSessions sessions = NewSessions.of(exchange.getAttribute(NewSessions.ATTRIBUTE));
				if (sessions != null) {
					sessions.claimed(token);
				}
				this.resolver.remember(token);
			}))
			.then(this.csrf.renew(exchange));
	}

	/**
	 * A sign-in needs a second factor: the browser gets the limited session's cookie
	 * (hardened as any session cookie) and a new CSRF token, and the session it held
	 * before is ended. It is not signed in: its requests stay anonymous until the second
	 * factor completes the session.
	 */
	Mono<Void> limited(ServerWebExchange exchange, AppwriteMfaRequiredException pending) {
		String secret = pending.getSessionSecret();
		if (secret == null) {
			return Mono.empty();
		}
		ServerHttpRequest request = exchange.getRequest();
		return this.resolver
			.endPrevious(ReactiveExchange.cookie(request, this.sessionCookie.name()), secret,
					ReactiveExchange.userAgent(request))
			.then(Mono.fromRunnable(
					() -> exchange.getResponse().addCookie(this.sessionCookie.set(secret, pending.getSessionExpire()))))
			.then(this.csrf.renew(exchange));
	}

	/**
	 * Appwrite refused the exchange's session: the cookie is expired.
	 */
	void sessionRefused(ServerWebExchange exchange) {
		if (!exchange.getResponse().isCommitted()) {
			exchange.getResponse().addCookie(this.sessionCookie.expired());
		}
	}

	/**
	 * The browser signed out: the cookie is expired with the attributes it was set with,
	 * and the CSRF token renewed.
	 */
	Mono<Void> signedOut(ServerWebExchange exchange) {
		return Mono.fromRunnable(() -> sessionRefused(exchange)).then(this.csrf.renew(exchange));
	}

}
