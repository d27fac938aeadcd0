package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.github.appwritespring.autoconfigure.security.events.AppwriteWebhookReceiver;
import io.github.appwritespring.autoconfigure.security.events.WebhookOutcome;

/**
 * {@code POST /auth/appwrite/events}: Appwrite's webhook. Reads at most the receiver's
 * body limit (a larger {@code Content-Length} is refused unread), lets
 * {@link AppwriteWebhookReceiver} decide, and answers its status with no body. It answers
 * before CSRF protection, which Appwrite could not pass; the receiver's signature check
 * stands in for it.
 *
 * @since 0.1.0
 */
public class AppwriteWebhookWebFilter implements WebFilter {

	private final ServerWebExchangeMatcher endpoint;

	private final AppwriteWebhookReceiver receiver;

	AppwriteWebhookWebFilter(ServerWebExchangeMatcher endpoint, AppwriteWebhookReceiver receiver) {
		this.endpoint = endpoint;
		this.receiver = receiver;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return this.endpoint.matches(exchange)
			.filter(ServerWebExchangeMatcher.MatchResult::isMatch)
			.flatMap((match) -> outcome(exchange))
			.flatMap((outcome) -> answer(exchange.getResponse(), outcome).thenReturn(true))
			.switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(true)))
			.then();
	}

	private Mono<WebhookOutcome> outcome(ServerWebExchange exchange) {
		int max = this.receiver.maxBodySize();
		HttpHeaders headers = exchange.getRequest().getHeaders();
		if (headers.getContentLength() > max) {
			return Mono.just(this.receiver.refuse(WebhookOutcome.TOO_LARGE));
		}
		return DataBufferUtils.join(exchange.getRequest().getBody(), max)
			.map(AppwriteWebhookWebFilter::bytes)
			.defaultIfEmpty(new byte[0])
			// off the event loop: the application's listeners of AppwriteUserDeletedEvent
			// may block
			.publishOn(Schedulers.boundedElastic())
			.map((body) -> this.receiver.receive(headers::getFirst, body))
			.onErrorResume(DataBufferLimitException.class,
					(ex) -> Mono.just(this.receiver.refuse(WebhookOutcome.TOO_LARGE)))
			// a body cut short by the client; nothing of it is logged
			.onErrorResume((ex) -> Mono.just(this.receiver.refuse(WebhookOutcome.MALFORMED)));
	}

	private static byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private static Mono<Void> answer(ServerHttpResponse response, WebhookOutcome outcome) {
		response.setStatusCode(HttpStatus.valueOf(outcome.status()));
		response.getHeaders().setCacheControl("no-store");
		response.getHeaders().setContentLength(0);
		return response.setComplete();
	}

}
