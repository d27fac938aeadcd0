package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;

/**
 * {@code POST /auth/logout}: deletes the Appwrite session ({@code current}), expires the
 * cookie with the attributes it was set with, and redirects (form) or answers 204 (JSON).
 * When Appwrite cannot be reached, the answer is 503 and the cookie is kept: the user
 * learns that the sign-out did not happen, rather than leaving a session that still works
 * in Appwrite behind a browser that looks signed out.
 *
 * @since 0.1.0
 */
public class AppwriteSignOutWebFilter implements WebFilter {

	private final AppwriteAuthenticator authenticator;

	private final ReactiveSignIns signIns;

	private final ServerWebExchangeMatcher logout;

	private final SignInPages pages;

	AppwriteSignOutWebFilter(AppwriteAuthenticator authenticator, ReactiveSignIns signIns,
			ServerWebExchangeMatcher logout, SignInPages pages) {
		this.authenticator = authenticator;
		this.signIns = signIns;
		this.logout = logout;
		this.pages = pages;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return this.logout.matches(exchange)
			.flatMap((match) -> match.isMatch() ? signOut(exchange) : chain.filter(exchange));
	}

	private Mono<Void> signOut(ServerWebExchange exchange) {
		String secret = AppwriteSessionCookie
			.select(ReactiveExchange.cookies(exchange.getRequest(), this.signIns.sessionCookie().name()));
		Mono<Void> deleted = Mono.empty();
		if (secret != null) {
			this.signIns.resolver().forget(secret);
			// Appwrite unavailable: the error answers 503 and keeps the cookie, because a
			// browser told it is signed out must not hold a session that still works
			deleted = this.authenticator.signOut(secret, ReactiveExchange.userAgent(exchange.getRequest()));
		}
		return deleted.then(this.signIns.signedOut(exchange)).then(Mono.defer(() -> {
			if (ReactiveExchange.wantsJson(exchange.getRequest())) {
				exchange.getResponse().setStatusCode(HttpStatus.NO_CONTENT);
				exchange.getResponse().getHeaders().setCacheControl("no-store");
				return exchange.getResponse().setComplete();
			}
			return exchange.getFormData()
				.map((form) -> this.pages.afterSignOut(form.getFirst(this.pages.redirectParameter())))
				.flatMap((path) -> ReactiveExchange.redirect(exchange, path));
		}));
	}

}
