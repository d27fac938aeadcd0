package io.github.appwritespring.autoconfigure.security.reactive;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInDetails;
import io.github.appwritespring.autoconfigure.security.internal.OAuth2StateCookie;
import io.github.appwritespring.autoconfigure.security.internal.SignInDetailsReader;
import io.github.appwritespring.autoconfigure.security.internal.TrustedDeviceCookie;
import io.github.appwritespring.autoconfigure.security.throttle.TrustedDevices;

/**
 * Makes a browser signed in or out: the session cookie and security context through the
 * chain's {@link ServerSecurityContextRepository}, the session cache, and a new CSRF
 * token.
 */
final class ReactiveSignIns {

	private final AppwriteSessionCookie sessionCookie;

	private final OAuth2StateCookie stateCookie;

	private final TrustedDeviceCookie deviceCookie;

	private final AppwriteSessionResolver resolver;

	private final ServerSecurityContextRepository contextRepository;

	private final ReactiveCsrf csrf;

	private final SignInDetailsReader detailsReader;

	private final @Nullable TrustedDevices devices;

	ReactiveSignIns(AppwriteSessionCookie sessionCookie, OAuth2StateCookie stateCookie,
			TrustedDeviceCookie deviceCookie, AppwriteSessionResolver resolver,
			ServerSecurityContextRepository contextRepository, ReactiveCsrf csrf, SignInDetailsReader detailsReader,
			@Nullable TrustedDevices devices) {
		this.sessionCookie = sessionCookie;
		this.stateCookie = stateCookie;
		this.deviceCookie = deviceCookie;
		this.resolver = resolver;
		this.contextRepository = contextRepository;
		this.csrf = csrf;
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
	 * A user just signed in: the browser gets the session cookie and a new CSRF token.
	 */
	Mono<Void> signedIn(ServerWebExchange exchange, AppwriteAuthenticationToken token) {
		ServerHttpRequest request = exchange.getRequest();
		return this.resolver
			.endPrevious(ReactiveExchange.cookie(request, this.sessionCookie.name()), token,
					ReactiveExchange.userAgent(request))
			.then(Mono.fromRunnable(() -> {
				this.resolver.remember(token);
				String email = token.getPrincipal().getEmail();
				if (this.devices != null && !email.isBlank()) {
					exchange.getResponse()
						.addCookie(this.deviceCookie.set(this.devices.issue(email), this.devices.lifetime(),
								request.getPath().contextPath().value()));
				}
			}))
			.then(this.contextRepository.save(exchange, new SecurityContextImpl(token)))
			.then(this.csrf.renew(exchange));
	}

	/**
	 * The browser signed out: the cookie is expired with the attributes it was set with,
	 * and a new CSRF token.
	 */
	Mono<Void> signedOut(ServerWebExchange exchange) {
		return this.contextRepository.save(exchange, null).then(this.csrf.renew(exchange));
	}

}
