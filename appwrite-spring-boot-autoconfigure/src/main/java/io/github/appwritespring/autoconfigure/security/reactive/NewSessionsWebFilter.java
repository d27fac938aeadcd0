package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.internal.NewSessions;

/**
 * Gives each exchange a {@link NewSessions} and, once the exchange is answered, deletes
 * the Appwrite sessions made during it that no browser was signed in with.
 */
final class NewSessionsWebFilter implements WebFilter {

	private final ReactiveSignIns signIns;

	NewSessionsWebFilter(ReactiveSignIns signIns) {
		this.signIns = signIns;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		NewSessions sessions = new NewSessions();
		exchange.getAttributes().put(NewSessions.ATTRIBUTE, sessions);
		Mono<Void> ended = Mono.defer(() -> sessions.endUnclaimed(this.signIns.authenticator(), this.signIns.resolver(),
				ReactiveExchange.userAgent(exchange.getRequest())));
		return chain.filter(exchange)
			.then(ended)
			.onErrorResume((ex) -> ended.then(Mono.error(ex)))
			.doOnCancel(() -> ended.subscribe());
	}

}
