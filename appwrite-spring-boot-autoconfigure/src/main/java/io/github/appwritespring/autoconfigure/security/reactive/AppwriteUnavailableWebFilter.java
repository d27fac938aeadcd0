package io.github.appwritespring.autoconfigure.security.reactive;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteUnavailableException;
import io.github.appwritespring.autoconfigure.security.internal.RetryAfter;
import io.github.appwritespring.autoconfigure.security.internal.SecurityJson;

/**
 * Answers 503 when Appwrite cannot be asked (timeout, connection refused, 5xx), wherever
 * in the request it happened (resolving the session, signing in, a controller's own
 * call): JSON clients get a JSON error, browsers the application's error page for 503
 * (e.g. {@code templates/error/503.html}), both with {@code Retry-After}. Never a 500,
 * never a sign-out (the session cookie is kept), and the log line names the cause without
 * any secret.
 *
 * @since 0.1.0
 */
public class AppwriteUnavailableWebFilter implements WebFilter {

	private static final Log logger = LogFactory.getLog(AppwriteUnavailableWebFilter.class);

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return chain.filter(exchange).onErrorResume(AppwriteUnavailableException::isUnavailability, (ex) -> {
			if (exchange.getResponse().isCommitted()) {
				return Mono.error(ex);
			}
			logger.warn("Appwrite unavailable while answering " + exchange.getRequest().getMethod() + " "
					+ exchange.getRequest().getPath().value() + ": " + AppwriteUnavailableException.rootCauseName(ex));
			if (ReactiveExchange.wantsJson(exchange.getRequest())) {
				exchange.getResponse()
					.getHeaders()
					.set(HttpHeaders.RETRY_AFTER, RetryAfter.seconds(AppwriteUnavailableException.RETRY_AFTER));
				return ReactiveExchange.json(exchange, 503,
						SecurityJson.error("appwrite_unavailable", AppwriteUnavailableException.MESSAGE));
			}
			return ReactiveExchange.errorPage(exchange, HttpStatus.SERVICE_UNAVAILABLE,
					AppwriteUnavailableException.MESSAGE, AppwriteUnavailableException.RETRY_AFTER);
		});
	}

}
