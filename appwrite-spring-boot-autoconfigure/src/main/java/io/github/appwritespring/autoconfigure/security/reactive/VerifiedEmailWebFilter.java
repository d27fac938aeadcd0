package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.internal.BrowserRequest;
import io.github.appwritespring.autoconfigure.security.internal.VerifiedEmailGate;

/**
 * {@code appwrite.security.require-verified-email} on WebFlux: the
 * {@link VerifiedEmailGate} decides, right after the security context is available and
 * before every endpoint and the chain's authorization rules, so a refused user reaches
 * neither the application nor the integration's account endpoints. A page navigation is
 * redirected to the verify-email page; other requests get {@code 403} JSON.
 *
 * @since 0.1.0
 */
public class VerifiedEmailWebFilter implements WebFilter {

	private final VerifiedEmailGate gate;

	VerifiedEmailWebFilter(VerifiedEmailGate gate) {
		this.gate = gate;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		BrowserRequest request = ReactiveExchange.browserRequest(exchange.getRequest());
		if (this.gate.isOpen(request.path())) {
			return chain.filter(exchange);
		}
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.map(this.gate::admits)
			.defaultIfEmpty(true)
			.flatMap((admitted) -> admitted ? chain.filter(exchange) : refuse(exchange, request));
	}

	private Mono<Void> refuse(ServerWebExchange exchange, BrowserRequest request) {
		return ReactiveExchange.answer(exchange, this.gate.answer(request));
	}

}
