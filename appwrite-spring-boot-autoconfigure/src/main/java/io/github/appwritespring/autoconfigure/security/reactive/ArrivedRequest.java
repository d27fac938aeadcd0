package io.github.appwritespring.autoconfigure.security.reactive;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.ClassUtils;
import reactor.netty.Connection;
import reactor.netty.http.server.HttpServerRequest;

/**
 * The connection's peer and the raw {@code X-Forwarded-For} headers of a request as the
 * server received it, before Spring's {@code ForwardedHeaderTransformer} or Reactor
 * Netty's forwarded-header handling rewrote the remote address. Read from Reactor Netty's
 * own request; on another server, the request as the application sees it.
 */
final class ArrivedRequest {

	private static final String FORWARDED_FOR = "X-Forwarded-For";

	private static final boolean REACTOR_NETTY = ClassUtils.isPresent("reactor.netty.http.server.HttpServerRequest",
			ArrivedRequest.class.getClassLoader());

	private ArrivedRequest() {
	}

	static @Nullable String peer(ServerHttpRequest request) {
		if (REACTOR_NETTY) {
			String peer = ReactorNetty.peer(request);
			if (peer != null) {
				return peer;
			}
		}
		return ReactiveExchange.clientIp(request);
	}

	static List<String> forwardedFor(ServerHttpRequest request) {
		if (REACTOR_NETTY) {
			List<String> values = ReactorNetty.forwardedFor(request);
			if (values != null) {
				return values;
			}
		}
		return request.getHeaders().getOrEmpty(FORWARDED_FOR);
	}

	/** Loaded only when Reactor Netty is present. */
	private static final class ReactorNetty {

		static @Nullable String peer(ServerHttpRequest request) {
			Object arrived = nativeRequest(request);
			return (arrived instanceof Connection connection)
					? ReactiveExchange.hostAddress(connection.channel().remoteAddress()) : null;
		}

		static @Nullable List<String> forwardedFor(ServerHttpRequest request) {
			Object arrived = nativeRequest(request);
			return (arrived instanceof HttpServerRequest netty) ? netty.requestHeaders().getAll(FORWARDED_FOR) : null;
		}

		private static @Nullable Object nativeRequest(ServerHttpRequest request) {
			try {
				return ServerHttpRequestDecorator.getNativeRequest(request);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

}
