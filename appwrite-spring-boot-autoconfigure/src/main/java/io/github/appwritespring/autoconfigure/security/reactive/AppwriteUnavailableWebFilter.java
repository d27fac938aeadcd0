package io.github.appwritespring.autoconfigure.security.reactive;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteUnavailableException;
import io.github.appwritespring.autoconfigure.security.internal.Answer;

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
			return ReactiveExchange.answer(exchange,
					Answer
						.failure(ReactiveExchange.wantsJson(exchange.getRequest()), 503, "appwrite_unavailable",
								AppwriteUnavailableException.MESSAGE)
						.withRetryAfter(AppwriteUnavailableException.RETRY_AFTER));
		});
	}

}
