package io.github.appwritespring.autoconfigure.security.reactive;

import java.time.Instant;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.internal.AppwriteJwts;
import io.github.appwritespring.autoconfigure.security.internal.AppwriteJwts.Presented;

/**
 * Signs in the requests on the JWT paths ({@code appwrite.security.jwt.paths}) with the
 * Appwrite JWT they carry, as {@link AppwriteJwts} reads it: the exchange's
 * {@link io.github.appwritespring.autoconfigure.security.AppwriteJwtAuthenticationToken}
 * and session client are the JWT's user's, for this exchange only (nothing is saved, no
 * cookie set). A refused JWT is answered 401 with
 * {@code WWW-Authenticate: Bearer error="invalid_token"}; a throttled client 429;
 * Appwrite being unavailable 503.
 */
final class AppwriteJwtWebFilter implements WebFilter {

	private final AppwriteJwts paths;

	private final ReactiveSignIns signIns;

	AppwriteJwtWebFilter(AppwriteJwts paths, ReactiveSignIns signIns) {
		this.paths = paths;
		this.signIns = signIns;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!this.paths.matches(exchange.getRequest().getPath().pathWithinApplication().value())) {
			return chain.filter(exchange);
		}
		exchange.getAttributes().put(AppwriteJwts.ATTRIBUTE, Boolean.TRUE);
		HttpHeaders headers = exchange.getRequest().getHeaders();
		Presented presented = AppwriteJwts.presented(headers.getOrEmpty(HttpHeaders.AUTHORIZATION),
				headers.getOrEmpty(AppwriteJwts.HEADER));
		String jwt = presented.jwt();
		Instant expire = presented.expire();
		if (presented.refused(Instant.now())) {
			return ReactiveExchange.answer(exchange, AppwriteJwts.invalidToken());
		}
		if (jwt == null || expire == null) {
			return chain.filter(exchange);
		}
		return this.signIns.resolver()
			.resolveJwt(jwt, expire, this.signIns.details(exchange.getRequest()))
			.map((token) -> new SecurityContextImpl(token))
			// for this exchange only: the context is never saved, so no cookie is set
			.flatMap((context) -> chain.filter(exchange)
				.contextWrite(ReactiveSecurityContextHolder.withSecurityContext(Mono.just(context)))
				.thenReturn(true))
			.switchIfEmpty(
					Mono.defer(() -> ReactiveExchange.answer(exchange, AppwriteJwts.invalidToken()).thenReturn(true)))
			.onErrorResume(AppwriteSignInException.class,
					(ex) -> ReactiveExchange.answer(exchange, AppwriteJwts.refused(ex)).thenReturn(true))
			.then();
	}

}
