package io.github.appwritespring.benchmarks;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A fast HTTP server on 127.0.0.1 (Reactor Netty) that answers every GET with the same
 * JSON body, so that a benchmark measures the client, not the server.
 */
final class LoopbackJsonServer implements AutoCloseable {

	static final String USER_JSON = "{\"$id\":\"alice\",\"$createdAt\":\"2025-01-01T10:00:00.000+00:00\","
			+ "\"$updatedAt\":\"2025-01-01T10:00:00.000+00:00\",\"name\":\"Alice\","
			+ "\"registration\":\"2025-01-01T10:00:00.000+00:00\",\"status\":true,\"labels\":[\"admin\"],"
			+ "\"passwordUpdate\":\"\",\"email\":\"alice@example.com\",\"phone\":\"\",\"emailVerification\":true,"
			+ "\"phoneVerification\":false,\"mfa\":false,\"prefs\":{},\"targets\":[],"
			+ "\"accessedAt\":\"2025-01-01T10:00:00.000+00:00\"}";

	private final DisposableServer server;

	LoopbackJsonServer(String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> response.header("Content-Type", "application/json")
				.sendObject(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body))))
			.bindNow();
	}

	String endpoint() {
		return "http://127.0.0.1:" + this.server.port() + "/v1";
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}
