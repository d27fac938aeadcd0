package io.github.appwritespring.autoconfigure.security.reactive;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteUnavailableException;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;

/**
 * {@code POST /auth/logout}: deletes the Appwrite session ({@code current}), expires the
 * cookie with the attributes it was set with, and redirects (form) or answers 204 (JSON).
 * The browser is signed out even when Appwrite cannot be reached; the session then
 * expires in Appwrite on its own, and a warning says so.
 *
 * @since 0.1.0
 */
public class AppwriteSignOutWebFilter implements WebFilter {

	private static final Log logger = LogFactory.getLog(AppwriteSignOutWebFilter.class);

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
			.select(ReactiveExchange.cookies(exchange.getRequest(), this.signIns.cookies().name()));
		Mono<Void> deleted = Mono.empty();
		if (secret != null) {
			this.signIns.resolver().forget(secret);
			deleted = this.authenticator.signOut(secret, ReactiveExchange.userAgent(exchange.getRequest()))
				.onErrorResume(AppwriteUnavailableException.class, (ex) -> {
					logger.warn("Signed a browser out without deleting its Appwrite session, because Appwrite is "
							+ "unavailable; the session ends when it expires in Appwrite");
					return Mono.empty();
				});
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
