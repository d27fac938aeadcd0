package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.internal.NewSessions;

/**
 * What the reactive authentication managers share: they record the session they made in
 * the exchange's {@link NewSessions} (the exchange is in the Reactor context of Spring
 * Security's chain), so that the integration's chain deletes it at the end of the
 * exchange unless the browser was signed in with it. Outside an exchange of that chain,
 * the caller holds the session.
 */
final class ReactiveNewSessions {

	private ReactiveNewSessions() {
	}

	static Mono<Authentication> authenticate(AppwriteAuthenticator authenticator, Authentication request) {
		return authenticator.authenticate(request).flatMap((signedIn) -> Mono.deferContextual((context) -> {
			context.<ServerWebExchange>getOrEmpty(ServerWebExchange.class)
				.map((exchange) -> NewSessions.of(exchange.getAttribute(NewSessions.ATTRIBUTE)))
				.ifPresent((sessions) -> sessions.made(signedIn));
			return Mono.just((Authentication) signedIn);
		}));
	}

}
