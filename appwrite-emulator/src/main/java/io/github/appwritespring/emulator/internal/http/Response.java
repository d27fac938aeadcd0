package io.github.appwritespring.emulator.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.internal.json.Json;

/**
 * What a route handler answers: a status, headers and an optional body written as a
 * stream (so downloads are never held whole in memory). Build one with the static
 * factories, add headers with {@link #header(String, String)}.
 */
public final class Response {

	private final int status;

	private final String contentType;

	private final long length;

	private final BodyWriter body;

	private final List<Map.Entry<String, String>> headers = new ArrayList<>();

	private Response(int status, String contentType, long length, BodyWriter body) {
		this.status = status;
		this.contentType = contentType;
		this.length = length;
		this.body = body;
	}

	/** A JSON response. */
	public static Response json(int status, JsonNode body) {
		byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
		return bytes(status, "application/json; charset=UTF-8", bytes);
	}

	/** 200 with a JSON body. */
	public static Response ok(JsonNode body) {
		return json(200, body);
	}

	/** 201 with a JSON body. */
	public static Response created(JsonNode body) {
		return json(201, body);
	}

	/** 204 without a body. */
	public static Response noContent() {
		return new Response(204, "", -1, (out) -> {
		});
	}

	/** A redirect (Appwrite uses 301) to {@code location}, with no caching. */
	public static Response redirect(int status, String location) {
		return new Response(status, "", -1, (out) -> {
		}).header("Location", location).header("Cache-Control", "no-store, no-cache, must-revalidate, max-age=0");
	}

	/** An HTML page. */
	public static Response html(int status, String html) {
		return bytes(status, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
	}

	/** A body already in memory. */
	public static Response bytes(int status, String contentType, byte[] bytes) {
		return new Response(status, contentType, bytes.length, (out) -> out.write(bytes));
	}

	/**
	 * A streamed body.
	 * @param length the exact body length in bytes, or {@code -1} when unknown (sent
	 * chunked)
	 */
	public static Response stream(int status, String contentType, long length, BodyWriter writer) {
		return new Response(status, contentType, length, writer);
	}

	/** Adds a response header (repeatable, e.g. several {@code Set-Cookie}). */
	public Response header(String name, String value) {
		this.headers.add(Map.entry(name, value));
		return this;
	}

	/** The HTTP status. */
	public int status() {
		return this.status;
	}

	/** The content type, empty when there is no body. */
	public String contentType() {
		return this.contentType;
	}

	/** The body length, {@code -1} when unknown or when there is no body. */
	public long length() {
		return this.length;
	}

	/** The body writer. */
	public BodyWriter body() {
		return this.body;
	}

	/** The headers added so far, in order. */
	public List<Map.Entry<String, String>> headers() {
		return this.headers;
	}

	/** Writes a response body to the client. */
	@FunctionalInterface
	public interface BodyWriter {

		/** Writes the body; do not close {@code out}. */
		void writeTo(OutputStream out) throws IOException;

	}

}
