package io.github.appwritespring.autoconfigure.web.reactive;

import java.util.List;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Lets a WebFlux controller method take the current user's {@link AppwriteSessionClient} as an argument. Use its
 * reactive face ({@code client.reactive()}) there: the blocking one refuses to run on the event loop.
 */
public class ReactiveAppwriteSessionClientArgumentResolver implements HandlerMethodArgumentResolver {

	private final AppwriteSessionClientFactory factory;

	/**
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
		List<String> values = exchange.getRequest()
			.getCookies()
			.getOrDefault(this.factory.getCookieName(), List.of())
			.stream()
			.map(HttpCookie::getValue)
			.toList();
		String userAgent = exchange.getRequest().getHeaders().getFirst(HttpHeaders.USER_AGENT);
		return Mono.just(this.factory.create(values, userAgent));
	}

}
