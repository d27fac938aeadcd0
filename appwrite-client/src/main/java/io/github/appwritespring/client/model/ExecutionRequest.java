package io.github.appwritespring.client.model;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a function execution is sent: method, path, headers, body, and whether it runs in
 * the background or later. Immutable; start from {@link #post(String)},
 * {@link #get(String)} or {@link #of(String, String)}:
 *
 * <pre class="code">
 * functions.createExecution("report", ExecutionRequest.post("/run")
 *     .header("content-type", "application/json")
 *     .body("{\"month\":\"2025-01\"}")
 *     .scheduledAt(OffsetDateTime.now().plusHours(1)));
 * </pre>
 *
 * @param method the HTTP method the function sees
 * @param path the path the function sees, starting with {@code /} (may hold a query)
 * @param headers the headers the function sees
 * @param body the request body, or {@code null}
 * @param async whether it runs in the background (answered at once, status
 * {@code waiting})
 * @param scheduledAt when it runs (ISO 8601, asynchronous only), or {@code null} for now
 * @since 0.1.0
 */
public record ExecutionRequest(String method, String path, Map<String, String> headers, @Nullable String body,
		boolean async, @Nullable String scheduledAt) {

	private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD");

	/**
	 * Checks the method and path and copies the headers.
	 * @param method the HTTP method the function sees
	 * @param path the path the function sees
	 * @param headers the headers the function sees
	 * @param body the request body, or {@code null}
	 * @param async whether it runs in the background
	 * @param scheduledAt when it runs, or {@code null}
	 */
	public ExecutionRequest {
		if (method == null || !METHODS.contains(method)) {
			throw new IllegalArgumentException("'method' must be one of " + METHODS + " but was '" + method + "'");
		}
		if (path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("'path' must start with '/' but was '" + path + "'");
		}
		headers = Map.copyOf(headers);
	}

	/**
	 * Returns a request with the method and path.
	 * @param method the HTTP method, e.g. {@code PUT}
	 * @param path the path, starting with {@code /}
	 * @return a synchronous request without headers or body
	 */
	public static ExecutionRequest of(String method, String path) {
		return new ExecutionRequest(method, path, Map.of(), null, false, null);
	}

	/**
	 * Returns a {@code GET} request.
	 * @param path the path, starting with {@code /}
	 * @return a synchronous request without headers or body
	 */
	public static ExecutionRequest get(String path) {
		return of("GET", path);
	}

	/**
	 * Returns a {@code POST} request.
	 * @param path the path, starting with {@code /}
	 * @return a synchronous request without headers or body
	 */
	public static ExecutionRequest post(String path) {
		return of("POST", path);
	}

	/**
	 * Returns a copy with the body.
	 * @param body the request body
	 * @return a copy with the body
	 */
	public ExecutionRequest body(String body) {
		return new ExecutionRequest(this.method, this.path, this.headers, body, this.async, this.scheduledAt);
	}

	/**
	 * Returns a copy with one more header.
	 * @param name the header name
	 * @param value its value
	 * @return a copy with the header
	 */
	public ExecutionRequest header(String name, String value) {
		Map<String, String> headers = new LinkedHashMap<>(this.headers);
		headers.put(name, value);
		return new ExecutionRequest(this.method, this.path, headers, this.body, this.async, this.scheduledAt);
	}

	/**
	 * Returns a copy that runs in the background (answered at once).
	 * @return a copy that runs in the background
	 */
	public ExecutionRequest inBackground() {
		return new ExecutionRequest(this.method, this.path, this.headers, this.body, true, this.scheduledAt);
	}

	/**
	 * Returns a copy that runs in the background at the given time.
	 * @param when when it runs
	 * @return a copy that runs then
	 */
	public ExecutionRequest scheduledAt(OffsetDateTime when) {
		return new ExecutionRequest(this.method, this.path, this.headers, this.body, true,
				when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
	}

}
