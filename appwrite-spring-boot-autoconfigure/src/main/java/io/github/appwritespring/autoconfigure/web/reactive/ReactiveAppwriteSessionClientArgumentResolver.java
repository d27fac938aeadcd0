package io.github.appwritespring.autoconfigure.web.reactive;

import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;

/**
 * Lets a WebFlux controller method take the current user's {@link AppwriteSessionClient}
 * as an argument. Use its reactive face ({@code client.reactive()}) there: the blocking
 * one refuses to run on the event loop. With Spring Security, the client is the signed-in
 * user's (see {@link ReactiveAppwriteSessions}); without it, the cookie's.
 *
 * @since 0.1.0
 */
public class ReactiveAppwriteSessionClientArgumentResolver implements HandlerMethodArgumentResolver {

	private final AppwriteSessionClientFactory factory;

	/**
	 * Creates a new {@code ReactiveAppwriteSessionClientArgumentResolver}.
	 * @param factory makes the session client from the request
	 */
	public ReactiveAppwriteSessionClientArgumentResolver(AppwriteSessionClientFactory factory) {
		this.factory = factory;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return AppwriteSessionClient.class.equals(parameter.getParameterType());
	}

	@Override
	public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
			ServerWebExchange exchange) {
		return ReactiveAppwriteSessions.resolve(this.factory, exchange).cast(Object.class);
	}

}
