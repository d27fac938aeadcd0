package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteJwtAuthenticationToken;
import io.github.appwritespring.autoconfigure.web.reactive.ReactiveAppwriteSessions;

/**
 * Makes the request's {@link AppwriteSessionClient} the signed-in user's: derived from
 * the {@link AppwriteAuthenticationToken}'s session secret in the security context, never
 * from the raw cookie, so a session Appwrite refused reaches no controller, and a test's
 * security context is honoured.
 *
 * @since 0.1.0
 */
public class AppwriteSessionClientWebFilter implements WebFilter {

	private final AppwriteSessionClientFactory factory;

	AppwriteSessionClientWebFilter(AppwriteSessionClientFactory factory) {
		this.factory = factory;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String userAgent = ReactiveExchange.userAgent(exchange.getRequest());
		Mono<AppwriteSessionClient> client = ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.ofType(AppwriteAuthenticationToken.class)
			.map((token) -> (token instanceof AppwriteJwtAuthenticationToken jwt)
					? this.factory.forJwt(jwt.getJwt(), userAgent)
					: this.factory.forSession(token.getSessionSecret(), userAgent))
			.switchIfEmpty(Mono.fromSupplier(() -> this.factory.forSession(null, userAgent)));
		ReactiveAppwriteSessions.remember(exchange, client);
		return chain.filter(exchange);
	}

}
