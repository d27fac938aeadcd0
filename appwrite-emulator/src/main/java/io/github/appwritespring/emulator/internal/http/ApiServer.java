package io.github.appwritespring.emulator.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.auth.CallerResolver;
import io.github.appwritespring.emulator.internal.auth.RequestCredentials;
import io.github.appwritespring.emulator.internal.auth.Scopes;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.error.ErrorResponseBody;
import io.github.appwritespring.emulator.internal.error.ErrorTypes;
import io.github.appwritespring.emulator.internal.json.Json;

/**
 * The HTTP front of the emulator on the JDK's {@link HttpServer}: every request under
 * {@code /v1} goes through route matching, the project check, caller resolution, the
 * scope check and body parsing, then to its handler. Errors are rendered in Appwrite's
 * JSON shape; an unexpected exception becomes 500 {@code general_unknown} and the server
 * keeps serving.
 */
public final class ApiServer implements AutoCloseable {

	/**
	 * Largest JSON or url-encoded body accepted (multipart uploads have their own limit).
	 */
	public static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

	private static final String PREFIX = "/v1";

	/** The emulator's own pages and APIs, outside Appwrite's {@code /v1}. */
	private static final String EMULATOR_PREFIX = "/_emulator/";

	private static final Logger LOG = Logger.getLogger(ApiServer.class.getName());

	private final HttpServer server;

	private final ExecutorService executor;

	private final Routes routes;

	private final String projectId;

	private final CallerResolver callers;

	/**
	 * Binds and starts the server.
	 * @param address where to listen (port 0 picks a free port)
	 * @param threads worker threads, i.e. how many requests are handled at once
	 * @param routes the route table
	 * @param projectId the only project served
	 * @param callers resolves the caller of each request
	 */
	private static final String NODELAY = "sun.net.httpserver.nodelay";

	public ApiServer(InetSocketAddress address, int threads, Routes routes, String projectId, CallerResolver callers)
			throws IOException {
		this.routes = routes;
		this.projectId = projectId;
		this.callers = callers;
		AtomicInteger counter = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(threads, (runnable) -> {
			Thread thread = new Thread(runnable, "appwrite-emulator-http-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		// Without TCP_NODELAY, small answers wait for delayed ACKs: about 45 ms per
		// request on loopback.
		// The JDK's server reads this once, when its first instance is made.
		if (System.getProperty(NODELAY) == null) {
			System.setProperty(NODELAY, "true");
		}
		this.server = HttpServer.create(address, 256);
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	/** The bound address (with the actual port). */
	public InetSocketAddress address() {
		return this.server.getAddress();
	}

	/** Stops accepting requests and waits briefly for running ones. */
	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdown();
		try {
			if (!this.executor.awaitTermination(5, TimeUnit.SECONDS)) {
				this.executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			this.executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	private void handle(HttpExchange exchange) {
		List<Map.Entry<String, String>> extraHeaders = new ArrayList<>();
		String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
		String path = exchange.getRequestURI().getRawPath();
		RequestScope scope = RequestScope.open();
		boolean succeeded = false;
		try {
			Response response;
			try {
				response = dispatch(exchange, method, extraHeaders, scope);
			}
			catch (ApiException ex) {
				sendError(exchange, ex, extraHeaders);
				return;
			}
			catch (Exception | StackOverflowError ex) {
				// The path only: query strings may carry secrets (OAuth2 token secrets,
				// JWTs).
				LOG.log(Level.SEVERE, "Unexpected error on " + method + " " + path, ex);
				sendError(exchange, new ApiException(ErrorTypes.GENERAL_UNKNOWN, 500, "Server Error"), extraHeaders);
				return;
			}
			succeeded = true;
			try {
				send(exchange, response, extraHeaders);
			}
			catch (IOException ex) {
				// Usually the client went away mid-response; nothing can be sent any
				// more.
				LOG.log(Level.FINE, "Response to " + method + " " + path + " not completed", ex);
			}
			catch (RuntimeException ex) {
				LOG.log(Level.SEVERE, "Unexpected error while writing the response to " + method + " " + path, ex);
			}
		}
		finally {
			List<Runnable> deferred = scope.close();
			exchange.close();
			if (succeeded) {
				runDeferred(deferred, method, path);
			}
		}
	}

	/**
	 * Runs what the handler deferred until its response was sent (the write is
	 * acknowledged by then, even if the client left before reading all of it).
	 */
	private static void runDeferred(List<Runnable> deferred, String method, String path) {
		for (Runnable task : deferred) {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				LOG.log(Level.SEVERE, "Unexpected error after the response to " + method + " " + path, ex);
			}
		}
	}

	private Response dispatch(HttpExchange exchange, String method, List<Map.Entry<String, String>> extraHeaders,
			RequestScope scope) throws IOException {
		URI uri = exchange.getRequestURI();
		String rawPath = (uri.getRawPath() == null) ? "" : uri.getRawPath();
		String displayPath = (rawPath.length() > 200) ? rawPath.substring(0, 200) + "..." : rawPath;
		boolean outsideApi = rawPath.startsWith(EMULATOR_PREFIX);
		if (!outsideApi && !(rawPath.equals(PREFIX) || rawPath.startsWith(PREFIX + "/"))) {
			throw routeNotFound(method, displayPath, new TreeSet<>());
		}
		List<String> segments = decodeSegments(outsideApi ? rawPath : rawPath.substring(PREFIX.length()));
		Routes.Match match = this.routes.match(method, segments, outsideApi)
			.orElseThrow(() -> notServed(method, segments, displayPath, outsideApi));
		Route route = match.route();
		Headers headers = exchange.getRequestHeaders();
		ObjectNode query = FormDecoder.decode((uri.getRawQuery() == null) ? "" : uri.getRawQuery());

		boolean publicRoute = outsideApi || Scopes.PUBLIC.equals(route.scope());
		String project = headers.getFirst("X-Appwrite-Project");
		if (project == null || project.isEmpty()) {
			JsonNode fromQuery = query.get("project");
			project = (fromQuery != null && fromQuery.isString()) ? fromQuery.stringValue() : null;
		}
		if (!publicRoute && (project == null || !project.equals(this.projectId))) {
			throw new ApiException(ErrorTypes.PROJECT_NOT_FOUND, 404,
					"Project with the requested ID could not be found. Please check the value of the X-Appwrite-Project header to ensure the correct project ID is being used.");
		}

		Caller caller;
		if (outsideApi) {
			// the emulator's own pages look at the API key only, never at a session
			caller = this.callers.resolveKeyOnly(headers.getFirst("X-Appwrite-Key"));
		}
		else {
			caller = (publicRoute && (project == null || !project.equals(this.projectId))) ? Caller.guest()
					: this.callers.resolve(credentials(headers));
		}
		scope.caller(caller);
		caller.requireScope(route.scope());
		if (caller.needsMoreFactors() && !route.limitedSessionAllowed()) {
			throw new ApiException("user_more_factors_required", 401,
					"More factors are required to complete the sign in process.");
		}

		String contentType = headers.getFirst("Content-Type");
		String mediaType = ApiRequest.mediaType(contentType);
		InputStream multipartBody = null;
		String boundary = null;
		ObjectNode merged = query.deepCopy();
		if ("multipart/form-data".equals(mediaType)) {
			boundary = MultipartParser.dispositionParam((contentType != null) ? contentType : "", "boundary");
			if (boundary == null || boundary.isEmpty() || boundary.length() > 200) {
				throw ApiException
					.badRequest("A multipart/form-data request needs a boundary parameter in its Content-Type.");
			}
			multipartBody = exchange.getRequestBody();
		}
		else if ("application/json".equals(mediaType)) {
			readJson(exchange).properties().forEach((e) -> merged.set(e.getKey(), e.getValue()));
		}
		else if ("application/x-www-form-urlencoded".equals(mediaType)) {
			String form = new String(readBody(exchange), StandardCharsets.UTF_8);
			FormDecoder.decode(form).properties().forEach((e) -> merged.set(e.getKey(), e.getValue()));
		}
		ApiRequest request = new ApiRequest(method, rawPath, match.pathParams(), headers, query, new Params(merged),
				caller, exchange.getRemoteAddress().getAddress().getHostAddress(), multipartBody, boundary);
		try {
			return route.handler().handle(request);
		}
		finally {
			extraHeaders.addAll(request.responseHeaders());
		}
	}

	private RequestCredentials credentials(Headers headers) {
		List<String> cookies = headers.get("Cookie");
		String cookie = Cookies.find(cookies, this.callers.cookieName())
			.or(() -> Cookies.find(cookies, this.callers.cookieName() + "_legacy"))
			.orElse(null);
		return new RequestCredentials(headers.getFirst("X-Appwrite-Key"), cookie,
				headers.getFirst("X-Appwrite-Session"), headers.getFirst("X-Fallback-Cookies"),
				headers.getFirst("X-Appwrite-JWT"));
	}

	private static ObjectNode readJson(HttpExchange exchange) throws IOException {
		byte[] body = readBody(exchange);
		if (body.length == 0) {
			return Json.object();
		}
		JsonNode node;
		try {
			node = Json.MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			// Location only: the body may hold a password.
			var location = ex.getLocation();
			String where = (location != null)
					? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "";
			throw ApiException.badRequest("The request body is not valid JSON" + where
					+ ". Send a JSON object with Content-Type: application/json.");
		}
		if (node instanceof ObjectNode object) {
			return object;
		}
		throw ApiException.badRequest("The request body must be a JSON object, e.g. {\"name\": \"value\"}.");
	}

	private static byte[] readBody(HttpExchange exchange) throws IOException {
		String length = exchange.getRequestHeaders().getFirst("Content-Length");
		if (length != null) {
			try {
				if (Long.parseLong(length.trim()) > MAX_BODY_BYTES) {
					throw bodyTooLarge();
				}
			}
			catch (NumberFormatException ex) {
				throw ApiException.badRequest("Invalid Content-Length header.");
			}
		}
		InputStream in = exchange.getRequestBody();
		byte[] body = in.readNBytes((int) MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			throw bodyTooLarge();
		}
		return body;
	}

	private static ApiException bodyTooLarge() {
		return new ApiException(ErrorTypes.GENERAL_BAD_REQUEST, 413, "The request body is too large: at most "
				+ MAX_BODY_BYTES + " bytes are accepted for JSON and form bodies.");
	}

	/**
	 * 501 when Appwrite 1.8.1 has an operation for the method and path (the emulator does
	 * not serve it yet), else Appwrite's 404.
	 */
	private ApiException notServed(String method, List<String> segments, String displayPath, boolean outsideApi) {
		if (outsideApi) {
			return routeNotFound(method, displayPath, this.routes.methodsFor(segments, true));
		}
		return AppwriteOperations.appwrite181()
			.find(method, segments)
			.map((operation) -> new ApiException(ErrorTypes.GENERAL_NOT_IMPLEMENTED, 501,
					"The emulator does not serve " + operation.qualifiedName() + " (" + operation.method() + " "
							+ PREFIX + operation.template() + ") yet."))
			.orElseGet(() -> routeNotFound(method, displayPath, this.routes.methodsFor(segments)));
	}

	private static ApiException routeNotFound(String method, String path, TreeSet<String> allowed) {
		String hint = allowed.isEmpty() ? "" : " This path accepts " + String.join(", ", allowed) + ".";
		return new ApiException(ErrorTypes.GENERAL_ROUTE_NOT_FOUND, 404, "The requested route was not found: " + method
				+ " " + path + "." + hint + " Please refer to the API docs and try again.");
	}

	private static List<String> decodeSegments(String path) {
		String trimmed = path.startsWith("/") ? path.substring(1) : path;
		List<String> segments = new ArrayList<>();
		for (String raw : trimmed.split("/", -1)) {
			try {
				segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				segments.add(raw);
			}
		}
		if (segments.size() > 1 && segments.get(segments.size() - 1).isEmpty()) {
			segments.remove(segments.size() - 1);
		}
		return segments;
	}

	private static void send(HttpExchange exchange, Response response, List<Map.Entry<String, String>> extraHeaders)
			throws IOException {
		Headers headers = exchange.getResponseHeaders();
		for (Map.Entry<String, String> header : response.headers()) {
			headers.add(header.getKey(), header.getValue());
		}
		for (Map.Entry<String, String> header : extraHeaders) {
			headers.add(header.getKey(), header.getValue());
		}
		if (!response.contentType().isEmpty()) {
			headers.set("Content-Type", response.contentType());
		}
		boolean noBody = response.status() == 204 || response.status() == 304
				|| "HEAD".equals(exchange.getRequestMethod()) || response.length() == 0
				|| response.contentType().isEmpty();
		if (noBody) {
			exchange.sendResponseHeaders(response.status(), -1);
			return;
		}
		exchange.sendResponseHeaders(response.status(), (response.length() < 0) ? 0 : response.length());
		try (OutputStream out = exchange.getResponseBody()) {
			response.body().writeTo(out);
		}
	}

	private static void sendError(HttpExchange exchange, ApiException error,
			List<Map.Entry<String, String>> extraHeaders) {
		try {
			Response response = Response.json(error.status(), ErrorResponseBody.of(error))
				.header("Cache-Control", "no-cache, no-store, must-revalidate")
				.header("Expires", "0")
				.header("Pragma", "no-cache");
			send(exchange, response, extraHeaders);
		}
		catch (IOException | RuntimeException ex) {
			// Headers already sent (the error happened while streaming a body) or the
			// client left.
			LOG.log(Level.FINE, "Could not send an error response", ex);
		}
	}

}
