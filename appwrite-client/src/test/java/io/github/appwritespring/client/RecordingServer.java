package io.github.appwritespring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 for wire-level tests: it records every request that
 * arrives (method, path, query, headers, body) and answers with scripted responses, or
 * with a function of the request.
 */
public final class RecordingServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(8);

	private final List<AppwriteClient> clients = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final BlockingQueue<Recorded> requests = new LinkedBlockingQueue<>();

	private final ConcurrentLinkedQueue<Function<Recorded, Reply>> script = new ConcurrentLinkedQueue<>();

	private volatile Function<Recorded, Reply> fallback = (request) -> Reply.json(404,
			"{\"message\":\"No scripted answer\",\"code\":404,\"type\":\"general_route_not_found\",\"version\":\"1.8.1\"}");

	/** Starts the server on a free port. */
	public RecordingServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	/**
	 * @return the endpoint, e.g. {@code http://127.0.0.1:1234/v1}
	 */
	public String endpoint() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1";
	}

	/**
	 * A client for this server (project {@code proj}, 5 s response timeout), closed with
	 * the server.
	 * @param apiKey the API key, or {@code null} for none
	 * @return the client
	 */
	public AppwriteClient client(String apiKey) {
		AppwriteClient client = AppwriteClient.builder()
			.endpoint(endpoint())
			.projectId("proj")
			.apiKey(apiKey)
			.responseTimeout(java.time.Duration.ofSeconds(5))
			.build();
		this.clients.add(client);
		return client;
	}

	/**
	 * Answers the next request with this reply.
	 * @param reply the reply
	 * @return this server
	 */
	public RecordingServer enqueue(Reply reply) {
		this.script.add((request) -> reply);
		return this;
	}

	/**
	 * Answers the next request with a function of it.
	 * @param replier the function
	 * @return this server
	 */
	public RecordingServer enqueue(Function<Recorded, Reply> replier) {
		this.script.add(replier);
		return this;
	}

	/**
	 * Answers every request that has no scripted reply with this function.
	 * @param replier the function
	 * @return this server
	 */
	public RecordingServer otherwise(Function<Recorded, Reply> replier) {
		this.fallback = replier;
		return this;
	}

	/**
	 * @return the next recorded request, waiting up to 10 seconds
	 */
	public Recorded take() throws InterruptedException {
		Recorded request = this.requests.poll(10, java.util.concurrent.TimeUnit.SECONDS);
		if (request == null) {
			throw new AssertionError("No request arrived within 10 seconds");
		}
		return request;
	}

	/**
	 * @return how many recorded requests have not been taken yet
	 */
	public int pending() {
		return this.requests.size();
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
		Recorded recorded = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
				exchange.getRequestURI().getRawQuery(), headers, body);
		this.requests.add(recorded);
		Function<Recorded, Reply> replier = this.script.poll();
		Reply reply = ((replier != null) ? replier : this.fallback).apply(recorded);
		if (reply.delayMillis() > 0) {
			try {
				Thread.sleep(reply.delayMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		reply.headers().forEach((name, value) -> {
			// one line per value: see Reply#withHeaders
			for (String line : value.split("\n")) {
				exchange.getResponseHeaders().add(name, line);
			}
		});
		byte[] bytes = reply.body();
		exchange.sendResponseHeaders(reply.status(), (bytes.length == 0) ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
		catch (IOException ex) {
			// the client went away (e.g. after a timeout)
		}
	}

	@Override
	public void close() {
		this.clients.forEach(AppwriteClient::close);
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	/**
	 * A request as it arrived.
	 *
	 * @param method the method
	 * @param path the raw (encoded) path
	 * @param rawQuery the raw query string, or {@code null}
	 * @param headers the headers, names in lower case
	 * @param body the body
	 */
	public record Recorded(String method, String path, String rawQuery, Map<String, List<String>> headers,
			byte[] body) {

		/**
		 * @param name a header name
		 * @return its first value, or {@code null}
		 */
		public String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values == null || values.isEmpty()) ? null : values.get(0);
		}

		/**
		 * @return the body as UTF-8 text
		 */
		public String bodyText() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		/**
		 * @return the decoded query parameters, in order, names decoded too
		 */
		public List<Map.Entry<String, String>> queryParams() {
			List<Map.Entry<String, String>> params = new ArrayList<>();
			if (this.rawQuery == null || this.rawQuery.isEmpty()) {
				return params;
			}
			for (String pair : this.rawQuery.split("&")) {
				int eq = pair.indexOf('=');
				String name = URLDecoder.decode((eq < 0) ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
				String value = (eq < 0) ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				params.add(Map.entry(name, value));
			}
			return params;
		}

		/**
		 * @param name a parameter name
		 * @return all its decoded values
		 */
		public List<String> queryValues(String name) {
			return queryParams().stream().filter((e) -> e.getKey().equals(name)).map(Map.Entry::getValue).toList();
		}

	}

	/**
	 * A scripted answer.
	 *
	 * @param status the status
	 * @param headers the headers
	 * @param body the body
	 * @param delayMillis how long to wait before answering
	 */
	public record Reply(int status, Map<String, String> headers, byte[] body, long delayMillis) {

		/**
		 * @param status the status
		 * @param json the JSON body
		 * @return the reply
		 */
		public static Reply json(int status, String json) {
			return new Reply(status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8),
					0);
		}

		/**
		 * @param status the status
		 * @return a reply without body
		 */
		public static Reply empty(int status) {
			return new Reply(status, Map.of(), new byte[0], 0);
		}

		/**
		 * @param millis the delay
		 * @return this reply, answered after the delay
		 */
		public Reply delayed(long millis) {
			return new Reply(this.status, this.headers, this.body, millis);
		}

		/**
		 * @param name a header name
		 * @param value its value
		 * @return this reply with the header
		 */
		public Reply withHeader(String name, String value) {
			Map<String, String> copy = new LinkedHashMap<>(this.headers);
			copy.put(name, value);
			return new Reply(this.status, copy, this.body, this.delayMillis);
		}

		/**
		 * @param name a header name
		 * @param values its values, each sent as a header line of its own (e.g. several
		 * {@code Set-Cookie})
		 * @return this reply with the header
		 */
		public Reply withHeaders(String name, String... values) {
			return withHeader(name, String.join("\n", values));
		}

	}

}
