package io.github.appwritespring.emulator.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.sun.net.httpserver.Headers;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * A request as a route handler sees it: method, path parameters, merged {@link Params},
 * headers, cookies, the resolved {@link Caller} and, for uploads, a streaming
 * {@link #multipart} reader. Headers added with {@link #addResponseHeader} go out with
 * whatever the handler answers, errors included.
 */
public final class ApiRequest {

	private final String method;

	private final String path;

	private final Map<String, String> pathParams;

	private final Headers headers;

	private final ObjectNode query;

	private final Params params;

	private final Caller caller;

	private final String ip;

	private final @Nullable InputStream multipartBody;

	private final @Nullable String multipartBoundary;

	private final List<Map.Entry<String, String>> responseHeaders = new ArrayList<>();

	private boolean multipartConsumed;

	ApiRequest(String method, String path, Map<String, String> pathParams, Headers headers, ObjectNode query,
			Params params, Caller caller, String ip, @Nullable InputStream multipartBody,
			@Nullable String multipartBoundary) {
		this.method = method;
		this.path = path;
		this.pathParams = pathParams;
		this.headers = headers;
		this.query = query;
		this.params = params;
		this.caller = caller;
		this.ip = ip;
		this.multipartBody = multipartBody;
		this.multipartBoundary = multipartBoundary;
	}

	/** The HTTP method, upper case. */
	public String method() {
		return this.method;
	}

	/** The full request path, e.g. {@code /v1/users/abc} (no query string). */
	public String path() {
		return this.path;
	}

	/** A path parameter of the route template, URL-decoded, unvalidated. */
	public String pathParam(String name) {
		String value = this.pathParams.get(name);
		if (value == null) {
			throw new IllegalArgumentException("The route template has no parameter {" + name + "}");
		}
		return value;
	}

	/**
	 * A path parameter that must be a valid ID (else 400 {@code general_argument_invalid}
	 * naming it). Use it for every ID taken from the path before it reaches the store or
	 * a blob name.
	 */
	public String pathId(String name) {
		String value = pathParam(name);
		Ids.requireValid(name, value);
		return value;
	}

	/**
	 * The query string merged with the body (JSON or url-encoded form). For multipart
	 * requests only the query string: use {@link #multipart} for the fields.
	 */
	public Params params() {
		return this.params;
	}

	/** The query string parameters alone. */
	public Params query() {
		return new Params(this.query);
	}

	/** The first value of a request header, if present. */
	public Optional<String> header(String name) {
		return Optional.ofNullable(this.headers.getFirst(name));
	}

	/** A cookie value from the {@code Cookie} header(s), if present. */
	public Optional<String> cookie(String name) {
		return Cookies.find(this.headers.get("Cookie"), name);
	}

	/** Who sent the request. */
	public Caller caller() {
		return this.caller;
	}

	/**
	 * The client IP address as seen on the socket (forwarding headers are not trusted).
	 */
	public String ip() {
		return this.ip;
	}

	/** The {@code User-Agent} header, or an empty string. */
	public String userAgent() {
		return header("User-Agent").orElse("");
	}

	/** Whether the body is {@code multipart/form-data}. */
	public boolean isMultipart() {
		return this.multipartBody != null;
	}

	/**
	 * Reads a {@code multipart/form-data} body as a stream (call at most once). Text
	 * fields are merged with the query parameters; the file part (at most one) is written
	 * to a file from {@code tempFiles} as it arrives: the handler then owns that file. On
	 * any failure the temporary file is deleted and the error thrown.
	 * @param tempFiles creates the temporary file, e.g. {@code blobStore::createTemp}
	 * @param maxFileBytes the largest file part accepted
	 * @param tooLarge the error to answer when the file part is larger
	 * @throws ApiException 400 {@code general_bad_request} if the body is not multipart
	 * or is malformed
	 */
	public MultipartForm multipart(TempFileFactory tempFiles, long maxFileBytes, Supplier<ApiException> tooLarge)
			throws IOException {
		if (this.multipartBody == null || this.multipartBoundary == null) {
			throw ApiException.badRequest("This request must be sent as multipart/form-data with a boundary.");
		}
		if (this.multipartConsumed) {
			throw new IllegalStateException("The multipart body was already read");
		}
		this.multipartConsumed = true;
		return MultipartParser.parse(this.multipartBody, this.multipartBoundary, this.query, tempFiles::create,
				maxFileBytes, tooLarge);
	}

	/** Adds a header to the response, whatever it turns out to be (success or error). */
	public void addResponseHeader(String name, String value) {
		this.responseHeaders.add(Map.entry(name, value));
	}

	List<Map.Entry<String, String>> responseHeaders() {
		return this.responseHeaders;
	}

	/** Lower-cased content type without parameters, or empty. */
	static String mediaType(@Nullable String contentType) {
		if (contentType == null) {
			return "";
		}
		int semicolon = contentType.indexOf(';');
		return ((semicolon < 0) ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
	}

	/** Creates the temporary file a multipart file part is spooled to. */
	@FunctionalInterface
	public interface TempFileFactory {

		/** A new empty file. */
		java.nio.file.Path create() throws IOException;

	}

}
