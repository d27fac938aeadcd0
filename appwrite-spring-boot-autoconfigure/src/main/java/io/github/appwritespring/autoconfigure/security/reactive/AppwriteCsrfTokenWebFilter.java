package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The CSRF token where clients need it. {@code GET /auth/csrf} answers it as JSON (and
 * sets its cookie), so a JavaScript client can sign in with a JSON body and the
 * {@code X-XSRF-TOKEN} header before any page has given it a token. Page requests get the
 * masked token as the exchange attribute {@code _csrf}, where Spring Security's
 * {@link CsrfRequestDataValueProcessor} finds it, so Thymeleaf's {@code th:action} forms
 * carry the hidden field on their own (on the servlet stack that needs no help).
 *
 * @since 0.1.0
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
			.switchIfEmpty(Mono.defer(() -> exposed(exchange).then(chain.filter(exchange)).thenReturn(true)))
			.then();
	}

	private static Mono<Void> exposed(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		if (token == null || exchange.getRequest().getMethod() != HttpMethod.GET
				|| ReactiveExchange.wantsJson(exchange.getRequest())) {
			return Mono.empty();
		}
		return token
			.doOnNext(
					(csrf) -> exchange.getAttributes().put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, csrf))
			.then();
	}

}
