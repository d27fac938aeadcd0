package io.github.appwritespring.autoconfigure.web.reactive;

import java.util.List;

import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;

/**
 * Where a WebFlux request's session client comes from. Without Spring Security it is made
 * from the session cookie; with it, the security integration puts a source in the
 * exchange that derives the client from the signed-in {@code Authentication} instead, so
 * that a cookie Appwrite refused never reaches a controller.
 *
 * @since 0.1.0
 */
public final class ReactiveAppwriteSessions {

	static final String ATTRIBUTE = AppwriteSessionClient.class.getName() + ".source";

	private ReactiveAppwriteSessions() {
	}

	/**
	 * Makes a source the exchange's session client. It is subscribed in the handler's
	 * Reactor context, so it may read the security context there.
	 * @param exchange the exchange
	 * @param source the session client, evaluated when a controller asks for it
	 */
	public static void remember(ServerWebExchange exchange, Mono<AppwriteSessionClient> source) {
		exchange.getAttributes().put(ATTRIBUTE, source);
	}

	/**
	 * Returns every value the request carries for the cookie, in order.
	 * @param request a request
	 * @param name a cookie name
	 * @return every value the request carries for the cookie, in order
	 */
	public static List<String> cookieValues(ServerHttpRequest request, String name) {
		List<HttpCookie> cookies = request.getCookies().get(name);
		return (cookies != null) ? cookies.stream().map(HttpCookie::getValue).toList() : List.of();
	}

	static Mono<AppwriteSessionClient> resolve(AppwriteSessionClientFactory factory, ServerWebExchange exchange) {
		Object source = exchange.getAttribute(ATTRIBUTE);
		if (source instanceof Mono<?> mono) {
			return mono.cast(AppwriteSessionClient.class);
		}
		List<String> values = cookieValues(exchange.getRequest(), factory.getCookieName());
		String userAgent = exchange.getRequest().getHeaders().getFirst(HttpHeaders.USER_AGENT);
		return Mono.fromSupplier(() -> factory.create(values, userAgent));
	}

}
