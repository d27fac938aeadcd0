package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * {@code GET /auth/csrf}: answers the CSRF token as JSON (and sets its cookie), so a JavaScript client can sign in
 * with a JSON body and the {@code X-XSRF-TOKEN} header before any page has given it a token.
 */
public class AppwriteCsrfTokenWebFilter implements WebFilter {

	private final ServerWebExchangeMatcher endpoint;

	AppwriteCsrfTokenWebFilter(ServerWebExchangeMatcher endpoint) {
		this.endpoint = endpoint;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return this.endpoint.matches(exchange)
			.filter(ServerWebExchangeMatcher.MatchResult::isMatch)
			.flatMap((match) -> ReactiveCsrf.tokenJson(exchange))
			.flatMap((body) -> ReactiveExchange.json(exchange, 200, body).thenReturn(true))
			.switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(true)))
			.then();
	}

}
