package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionCookies;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInDetails;

/**
 * Makes a browser signed in or out: the session cookie and security context through the
 * chain's {@link ServerSecurityContextRepository}, the session cache, and a new CSRF
 * token.
 */
final class ReactiveSignIns {

	private final AppwriteSessionCookies cookies;

	private final AppwriteSessionResolver resolver;

	private final ServerSecurityContextRepository contextRepository;

	private final ReactiveCsrf csrf;

	ReactiveSignIns(AppwriteSessionCookies cookies, AppwriteSessionResolver resolver,
			ServerSecurityContextRepository contextRepository, ReactiveCsrf csrf) {
		this.cookies = cookies;
		this.resolver = resolver;
		this.contextRepository = contextRepository;
		this.csrf = csrf;
	}

	AppwriteSessionCookies cookies() {
		return this.cookies;
	}

	AppwriteSessionResolver resolver() {
		return this.resolver;
	}

	/**
	 * Returns what a sign-in attempt knows about the browser: the one place the client
	 * address, user agent and trusted-device cookie are read on this stack.
	 */
	AppwriteSignInDetails details(ServerHttpRequest request) {
		return new AppwriteSignInDetails(ReactiveExchange.clientIp(request), ReactiveExchange.userAgent(request), null);
	}

	/**
	 * A user just signed in: the browser gets the session cookie and a new CSRF token.
	 */
	Mono<Void> signedIn(ServerWebExchange exchange, AppwriteAuthenticationToken token) {
		ServerHttpRequest request = exchange.getRequest();
		return this.resolver
			.endPrevious(ReactiveExchange.cookie(request, this.cookies.name()), token,
					ReactiveExchange.userAgent(request))
			.then(Mono.fromRunnable(() -> this.resolver.remember(token)))
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
