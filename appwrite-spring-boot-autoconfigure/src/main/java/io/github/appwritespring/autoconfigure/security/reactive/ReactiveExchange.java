package io.github.appwritespring.autoconfigure.security.reactive;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.internal.Answer;
import io.github.appwritespring.autoconfigure.security.internal.BouncePage;
import io.github.appwritespring.autoconfigure.security.internal.BrowserRequest;
import io.github.appwritespring.autoconfigure.security.internal.RetryAfter;
import io.github.appwritespring.autoconfigure.security.internal.SecurityJson;
import io.github.appwritespring.autoconfigure.security.internal.SignInFields;
import io.github.appwritespring.autoconfigure.web.reactive.ReactiveAppwriteSessions;

/**
 * What the reactive filters read from requests and write to responses: form or JSON
 * fields, cookies, the client's address, whether the client wants JSON, JSON answers,
 * redirects and error pages.
 */
final class ReactiveExchange {

	/** The fields of a request whose body could not be read as fields. */
	private static final Map<String, String> UNREADABLE = Map.of();

	private ReactiveExchange() {
	}

	/**
	 * Returns whether the client sent or asked for JSON rather than a page.
	 * @param request a request
	 * @return whether the client sent or asked for JSON rather than a page
	 */
	static boolean wantsJson(ServerHttpRequest request) {
		return SecurityJson.wanted(request.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE),
				request.getHeaders().getFirst(HttpHeaders.ACCEPT));
	}

	/**
	 * Returns what decides how the request is answered without a signed-in user.
	 * @param request a request
	 * @return what decides how the request is answered without a signed-in user
	 */
	static BrowserRequest browserRequest(ServerHttpRequest request) {
		HttpHeaders headers = request.getHeaders();
		return new BrowserRequest(request.getMethod().name(), request.getPath().pathWithinApplication().value(),
				headers.getFirst(HttpHeaders.CONTENT_TYPE), headers.getFirst(HttpHeaders.ACCEPT),
				headers.getFirst("X-Requested-With"), headers.getFirst("Sec-Fetch-Dest"),
				headers.getFirst(Answer.HX_REQUEST));
	}

	/**
	 * Returns the fields of a sign-in, sign-up or sign-out request; fails with
	 * {@link AppwriteSignInException} ({@link Reason#REQUEST}) when a JSON body is not a
	 * JSON object or is too large.
	 * @param exchange a POST with form or JSON fields
	 * @return its fields
	 */
	static Mono<SignInFields> signInFields(ServerWebExchange exchange) {
		return fields(exchange).flatMap((fields) -> (fields != UNREADABLE)
				? Mono.just(SignInFields.of(fields, exchange.getRequest().getURI().getRawQuery()))
				: Mono.error(new AppwriteSignInException(Reason.REQUEST)));
	}

	private static boolean isJson(ServerHttpRequest request) {
		return SecurityJson.isJson(request.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE));
	}

	/**
	 * Returns the body's single-valued fields, or {@link #UNREADABLE} (compare by
	 * identity) when a JSON body is not a JSON object or is too large.
	 */
	private static Mono<Map<String, String>> fields(ServerWebExchange exchange) {
		if (!isJson(exchange.getRequest())) {
			return exchange.getFormData().map(SignInFields::singleValued);
		}
		long length = exchange.getRequest().getHeaders().getContentLength();
		if (length > SecurityJson.MAX_BODY) {
			return Mono.just(UNREADABLE);
		}
		return DataBufferUtils.join(exchange.getRequest().getBody(), SecurityJson.MAX_BODY).map((buffer) -> {
			try {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				Map<String, String> fields = SecurityJson.fields(bytes);
				return (fields != null) ? fields : UNREADABLE;
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		}).onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just(UNREADABLE)).defaultIfEmpty(UNREADABLE);
	}

	/**
	 * Returns every value the request carries for the cookie.
	 * @param request a request
	 * @param name a cookie name
	 * @return every value the request carries for the cookie
	 */
	static List<String> cookies(ServerHttpRequest request, String name) {
		return ReactiveAppwriteSessions.cookieValues(request, name);
	}

	/**
	 * Returns the value of the cookie, or {@code null} when absent or given twice with
	 * different values.
	 * @param request a request
	 * @param name a cookie name
	 * @return the value of the cookie, or {@code null} when absent or given twice with
	 * different values
	 */
	static @Nullable String cookie(ServerHttpRequest request, String name) {
		return AppwriteSessionCookie.unambiguous(cookies(request, name));
	}

	/**
	 * Returns the client's IP address as the application sees it (through
	 * {@code server.forward-headers-strategy}), or {@code null} when not known (the
	 * throttle then counts by account only, not in one shared bucket).
	 * @param request a request
	 * @return the client's IP address as the application sees it (through
	 * {@code server.forward-headers-strategy}), or {@code null} when not known (the
	 * throttle then counts by account only, not in one shared bucket)
	 */
	static @Nullable String clientIp(ServerHttpRequest request) {
		return hostAddress(request.getRemoteAddress());
	}

	/**
	 * Returns the IP literal of a socket address (its host string when unresolved), or
	 * {@code null} for none or a non-IP address.
	 * @param address a socket address, or {@code null}
	 * @return the IP literal of the address, or {@code null}
	 */
	static @Nullable String hostAddress(@Nullable SocketAddress address) {
		if (address instanceof InetSocketAddress inet) {
			return (inet.getAddress() != null) ? inet.getAddress().getHostAddress() : inet.getHostString();
		}
		return null;
	}

	static @Nullable String userAgent(ServerHttpRequest request) {
		return request.getHeaders().getFirst(HttpHeaders.USER_AGENT);
	}

	/**
	 * Writes an answer, the one way the reactive side writes the starter's redirects,
	 * bounce pages, JSON bodies and error pages: its cookies and {@code Retry-After}
	 * first, then the answer as the request needs it (an htmx request gets
	 * {@code HX-Redirect} rather than a redirect).
	 * @param exchange the exchange
	 * @param decided the answer
	 * @return completion
	 */
	static Mono<Void> answer(ServerWebExchange exchange, Answer decided) {
		ServerHttpResponse response = exchange.getResponse();
		Answer answer = decided.forHtmx(Answer.isHtmx(exchange.getRequest().getHeaders().getFirst(Answer.HX_REQUEST)));
		answer.cookies().forEach(response::addCookie);
		answer.headers().forEach(response.getHeaders()::set);
		Duration retryAfter = answer.retryAfter();
		if (retryAfter != null) {
			response.getHeaders().set(HttpHeaders.RETRY_AFTER, RetryAfter.seconds(retryAfter));
		}
		String target = exchange.getRequest().getPath().contextPath().value() + answer.target();
		byte[] json = answer.json();
		return switch (answer.kind()) {
			case BOUNCE -> bounce(exchange, target);
			case REDIRECT -> {
				response.setRawStatusCode(answer.status());
				response.getHeaders().setCacheControl("no-store");
				response.getHeaders().setLocation(URI.create(target));
				yield response.setComplete();
			}
			case HTMX_REDIRECT -> {
				response.setRawStatusCode(answer.status());
				response.getHeaders().setCacheControl("no-store");
				response.getHeaders().set(Answer.HX_REDIRECT, target);
				yield response.setComplete();
			}
			case JSON -> json(exchange, answer.status(), (json != null) ? json : new byte[0]);
			case EMPTY -> {
				response.setRawStatusCode(answer.status());
				response.getHeaders().setCacheControl("no-store");
				yield response.setComplete();
			}
			case ERROR -> errorPage(exchange, HttpStatus.valueOf(answer.status()), answer.message(),
					(retryAfter != null) ? retryAfter : Duration.ZERO);
		};
	}

	/**
	 * Answers the same-site bounce page that moves on to a URL of the application.
	 */
	private static Mono<Void> bounce(ServerWebExchange exchange, String url) {
		ServerHttpResponse response = exchange.getResponse();
		response.getHeaders().setCacheControl(BouncePage.CACHE_CONTROL);
		response.getHeaders().set("Referrer-Policy", BouncePage.REFERRER_POLICY);
		response.getHeaders().set("Content-Security-Policy", BouncePage.CONTENT_SECURITY_POLICY);
		return html(exchange, 200, BouncePage.html(url));
	}

	static Mono<Void> json(ServerWebExchange exchange, int status, byte[] body) {
		ServerHttpResponse response = exchange.getResponse();
		response.setRawStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		response.getHeaders().setCacheControl("no-store");
		response.getHeaders().setContentLength(body.length);
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

	static Mono<Void> html(ServerWebExchange exchange, int status, byte[] body) {
		ServerHttpResponse response = exchange.getResponse();
		response.setRawStatusCode(status);
		response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
		response.getHeaders().setContentLength(body.length);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

	/**
	 * Returns a 302 to the path ({@code HX-Redirect} for htmx).
	 * @param exchange the exchange
	 * @param path a path of this application, without its context path
	 * @return a 302 to the path
	 */
	static Mono<Void> redirect(ServerWebExchange exchange, String path) {
		return answer(exchange, Answer.redirect(302, path));
	}

	/**
	 * Hands an error to the application's error handling (its error page for the status,
	 * e.g. {@code templates/error/503.html}), with a {@code Retry-After}.
	 * @param exchange the exchange
	 * @param status the status
	 * @param message the message for people
	 * @param retryAfter how long to wait
	 * @return the error
	 */
	static Mono<Void> errorPage(ServerWebExchange exchange, HttpStatus status, String message, Duration retryAfter) {
		String seconds = RetryAfter.seconds(retryAfter);
		RetryLater error = new RetryLater(status, message, seconds);
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, seconds);
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, seconds);
			return Mono.empty();
		});
		return Mono.error(error);
	}

	/** An error status that asks the client to come back later. */
	static final class RetryLater extends ResponseStatusException {

		private static final long serialVersionUID = 1L;

		private final HttpHeaders headers = new HttpHeaders();

		RetryLater(HttpStatus status, String message, String retryAfterSeconds) {
			super(status, message);
			this.headers.set(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

	}

}
