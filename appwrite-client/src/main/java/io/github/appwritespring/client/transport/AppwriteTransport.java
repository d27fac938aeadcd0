package io.github.appwritespring.client.transport;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import javax.net.ssl.SSLException;

import io.netty.channel.ChannelOption;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;

import io.github.appwritespring.client.AppwriteException;
import io.github.appwritespring.client.AppwriteUnreadableResponseException;
import io.github.appwritespring.client.internal.Json;

/**
 * The one HTTP transport a client and all its views share: one {@link WebClient} over one
 * Reactor Netty connection pool. Redirects are never followed (Appwrite's OAuth2 routes
 * answer with the provider's URL in a 301). Thread-safe.
 */
public final class AppwriteTransport implements AutoCloseable {

	private static final System.Logger LOGGER = System.getLogger(AppwriteTransport.class.getName());

	/**
	 * Distinct server warnings logged per client, so that a misbehaving server cannot
	 * flood the log.
	 */
	private static final int MAX_LOGGED_WARNINGS = 16;

	/**
	 * The largest JSON answer read into memory; downloads are streamed and not limited.
	 */
	private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

	private final String endpoint;

	private final HttpHeaders fixedHeaders;

	private final TransportSettings settings;

	private final Object lock = new Object();

	private volatile @Nullable Connection connection;

	private volatile boolean closed;

	private final RequestObservations observations;

	private final Set<String> loggedWarnings = ConcurrentHashMap.newKeySet();

	/**
	 * Prepares the transport. The connection pool and the WebClient are built on the
	 * first call, so creating a client (e.g. at application start-up) does not load the
	 * HTTP stack.
	 * @param settings the shared set-up
	 */
	public AppwriteTransport(TransportSettings settings) {
		this.settings = settings;
		this.endpoint = settings.endpoint();
		this.fixedHeaders = fixedHeaders(settings);
		this.observations = new RequestObservations(settings.observationRegistry());
		if (settings.selfSigned()) {
			LOGGER.log(System.Logger.Level.WARNING, "Appwrite client trusts ANY TLS certificate for " + this.endpoint
					+ " (selfSigned=true). Use this only for development against a self-signed Appwrite.");
		}
	}

	private WebClient webClient() {
		if (this.closed) {
			throw new IllegalStateException("This Appwrite client was closed; create a new one");
		}
		Connection current = this.connection;
		if (current == null) {
			synchronized (this.lock) {
				if (this.closed) {
					throw new IllegalStateException("This Appwrite client was closed; create a new one");
				}
				current = this.connection;
				if (current == null) {
					current = Connection.open(this.settings);
					this.connection = current;
				}
			}
		}
		return current.webClient();
	}

	/**
	 * Returns the settings the transport was built from.
	 * @return the settings the transport was built from
	 */
	public TransportSettings settings() {
		return this.settings;
	}

	/**
	 * Sends a request and maps the JSON answer.
	 * @param request the request
	 * @param context who the call is made as
	 * @param type the answer's type
	 * @param <T> the answer's type
	 * @return the answer, or an error that is an {@link AppwriteException}
	 */
	public <T> Mono<T> call(ApiRequest request, CallContext context, JavaType type) {
		return exchange(request, context, (response) -> {
			int status = response.statusCode().value();
			if (!response.statusCode().is2xxSuccessful()) {
				return errorFrom(response, request);
			}
			return readBody(response, request).map((bytes) -> this.<T>parse(bytes, status, request, type));
		});
	}

	/**
	 * Sends a request and maps the JSON answer.
	 * @param request the request
	 * @param context who the call is made as
	 * @param type the answer's type
	 * @param <T> the answer's type
	 * @return the answer
	 */
	public <T> Mono<T> call(ApiRequest request, CallContext context, Class<T> type) {
		return call(request, context, Json.mapper().constructType(type));
	}

	/**
	 * Sends a request and maps the JSON answer to a generic type, e.g.
	 * {@code new TypeReference<Map<String, Object>>()}.
	 * @param request the request
	 * @param context who the call is made as
	 * @param type the answer's type
	 * @param <T> the answer's type
	 * @return the answer
	 */
	public <T> Mono<T> call(ApiRequest request, CallContext context, TypeReference<T> type) {
		return call(request, context, Json.mapper().constructType(type));
	}

	/**
	 * Sends a request whose answer hands a new session over only in its cookie headers
	 * ({@code Set-Cookie: a_session_<PROJECT_ID>}, or {@code X-Fallback-Cookies}), e.g.
	 * accepting a team invitation as a guest, and combines the JSON answer with that
	 * session. The headers are read for this call only and never logged.
	 * @param request the request
	 * @param context who the call is made as
	 * @param type the answer's type
	 * @param combine makes the result from the answer and the session value Appwrite set
	 * ({@code null} when it set none)
	 * @param <T> the answer's type
	 * @param <R> the result's type
	 * @return the result, or an error that is an {@link AppwriteException}
	 */
	public <T, R> Mono<R> callForSession(ApiRequest request, CallContext context, Class<T> type,
			BiFunction<T, @Nullable String, R> combine) {
		JavaType javaType = Json.mapper().constructType(type);
		return exchange(request, context, (response) -> {
			int status = response.statusCode().value();
			if (!response.statusCode().is2xxSuccessful()) {
				return errorFrom(response, request);
			}
			String session = SessionCookies.read(response.cookies(), response.headers().asHttpHeaders(),
					this.settings.projectId());
			return readBody(response, request)
				.map((bytes) -> combine.apply(this.<T>parse(bytes, status, request, javaType), session));
		});
	}

	/**
	 * Sends a request whose successful answer has no body worth reading (e.g. 204).
	 * @param request the request
	 * @param context who the call is made as
	 * @return completion, or an error
	 */
	public Mono<Void> callForNoContent(ApiRequest request, CallContext context) {
		return exchange(request, context, (response) -> response.statusCode().is2xxSuccessful() ? response.releaseBody()
				: errorFrom(response, request));
	}

	/**
	 * Sends a request that Appwrite answers with a redirect, and returns its
	 * {@code Location} without following it.
	 * @param request the request
	 * @param context who the call is made as
	 * @return the redirect target
	 */
	public Mono<URI> callForRedirect(ApiRequest request, CallContext context) {
		return exchange(request, context, (response) -> {
			if (response.statusCode().is3xxRedirection()) {
				URI location = response.headers().asHttpHeaders().getLocation();
				if (location == null) {
					return response.releaseBody()
						.then(Mono.error(new AppwriteUnreadableResponseException(response.statusCode().value(),
								"Appwrite answered " + response.statusCode().value() + " to " + request
										+ " without a Location header",
								null)));
				}
				return response.releaseBody().thenReturn(location);
			}
			if (!response.statusCode().is2xxSuccessful()) {
				return errorFrom(response, request);
			}
			return response.releaseBody()
				.then(Mono.error(new AppwriteUnreadableResponseException(response.statusCode().value(),
						"Appwrite answered " + response.statusCode().value() + " to " + request
								+ " where a redirect was expected",
						null)));
		});
	}

	/**
	 * Sends a request whose answer is raw bytes (a file download), streamed as it
	 * arrives.
	 * @param request the request
	 * @param context who the call is made as
	 * @return the bytes; the caller must consume or cancel the stream
	 */
	public Flux<DataBuffer> callForBytes(ApiRequest request, CallContext context) {
		return this.observations.observe(request,
				Flux.defer(() -> prepare(request, context).exchangeToFlux((response) -> {
					logServerWarning(response);
					return response.statusCode().is2xxSuccessful() ? response.bodyToFlux(DataBuffer.class)
							: this.<DataBuffer>errorFrom(response, request).flux();
				})).onErrorMap(Failures::isNetworkFailure, (ex) -> Failures.fromNetwork(ex, request, this.settings)));
	}

	private <T> Mono<T> exchange(ApiRequest request, CallContext context, Function<ClientResponse, Mono<T>> handler) {
		// deferred: nothing is built or checked until subscription, so each subscription
		// (e.g. a retry) sends anew
		return this.observations.observe(request,
				Mono.defer(() -> prepare(request, context).exchangeToMono((response) -> {
					logServerWarning(response);
					return handler.apply(response);
				})).onErrorMap(Failures::isNetworkFailure, (ex) -> Failures.fromNetwork(ex, request, this.settings)));
	}

	/**
	 * Appwrite sends {@code X-Appwrite-Warning} when something needs the developer's
	 * attention, e.g. a server older than the response format this client asks for. Each
	 * distinct warning is logged once per client.
	 */
	private void logServerWarning(ClientResponse response) {
		String warning = response.headers().asHttpHeaders().getFirst("X-Appwrite-Warning");
		if (warning != null && !warning.isBlank() && this.loggedWarnings.size() < MAX_LOGGED_WARNINGS
				&& this.loggedWarnings.add(warning)) {
			LOGGER.log(System.Logger.Level.WARNING,
					"Appwrite at " + this.endpoint + " warns: " + Failures.abbreviate(warning));
		}
	}

	private WebClient.RequestHeadersSpec<?> prepare(ApiRequest request, CallContext context) {
		if (isClosed()) {
			throw new IllegalStateException("This AppwriteClient was closed; " + request + " cannot be sent. Build a "
					+ "new client, or close the client only when the application stops");
		}
		WebClient.RequestBodySpec spec = webClient().method(request.method())
			.uri(URI.create(this.endpoint + request.pathAndQuery()))
			.headers((headers) -> {
				headers.addAll(this.fixedHeaders);
				context.applyTo(headers);
				request.headers().forEach(headers::set);
				headers.set(HttpHeaders.ACCEPT, request.accept());
			});
		Object json = request.jsonBody();
		if (json != null) {
			byte[] body = Json.mapper().writeValueAsBytes(json);
			return spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
		}
		if (request.multipartBody() != null) {
			return spec.body(BodyInserters.fromMultipartData(request.multipartBody()));
		}
		return spec;
	}

	private <T> T parse(byte[] bytes, int status, ApiRequest request, JavaType type) {
		try {
			T value = Json.mapper().readValue(bytes, type);
			if (value == null) {
				throw new AppwriteUnreadableResponseException(status,
						"Appwrite answered " + status + " to " + request + " with an empty body", null);
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new AppwriteUnreadableResponseException(status,
					"Appwrite answered " + status + " to " + request + " with a body that is not the expected JSON ("
							+ ex.getOriginalMessage() + "): " + Failures.snippet(bytes),
					ex);
		}
	}

	private <T> Mono<T> errorFrom(ClientResponse response, ApiRequest request) {
		int status = response.statusCode().value();
		return readBody(response, request)
			.flatMap((bytes) -> Mono.error(Failures.fromErrorAnswer(status, bytes, request)));
	}

	private static Mono<byte[]> readBody(ClientResponse response, ApiRequest request) {
		return response.bodyToMono(byte[].class)
			.defaultIfEmpty(new byte[0])
			.onErrorMap(DataBufferLimitException.class,
					(ex) -> new AppwriteUnreadableResponseException(
							response.statusCode().value(), "Appwrite answered " + response.statusCode().value() + " to "
									+ request + " with a body larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MiB",
							ex));
	}

	private static HttpHeaders fixedHeaders(TransportSettings settings) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Appwrite-Response-Format", TransportSettings.RESPONSE_FORMAT);
		headers.set("X-Appwrite-Project", settings.projectId());
		headers.set(HttpHeaders.USER_AGENT, ClientVersion.userAgent());
		headers.set("X-SDK-Name", ClientVersion.SDK_NAME);
		headers.set("X-SDK-Platform", "server");
		headers.set("X-SDK-Language", "java");
		headers.set("X-SDK-Version", ClientVersion.version());
		settings.extraHeaders().forEach(headers::set);
		return HttpHeaders.readOnlyHttpHeaders(headers);
	}

	private static SslContext insecureSslContext() {
		try {
			return SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build();
		}
		catch (SSLException ex) {
			throw new IllegalStateException("Could not set up TLS that trusts self-signed certificates", ex);
		}
	}

	/** Closes the connection pool. Calls in flight fail; later calls are refused. */
	@Override
	public void close() {
		synchronized (this.lock) {
			this.closed = true;
			Connection current = this.connection;
			if (current != null) {
				current.provider().dispose();
			}
		}
	}

	/**
	 * Returns whether {@link #close()} was called.
	 * @return whether {@link #close()} was called
	 */
	public boolean isClosed() {
		return this.closed;
	}

	@Override
	public String toString() {
		return "AppwriteTransport[" + this.endpoint + ", project=" + this.settings.projectId() + "]";
	}

	/**
	 * The pool and the WebClient over it.
	 */
	private record Connection(ConnectionProvider provider, WebClient webClient) {

		static Connection open(TransportSettings settings) {
			ConnectionProvider provider = ConnectionProvider.builder("appwrite")
				.maxConnections(settings.maxConnections())
				.pendingAcquireMaxCount(-1)
				// waiting for a free pooled connection is part of connecting: bounded by
				// the same timeout
				.pendingAcquireTimeout(settings.connectTimeout())
				.maxIdleTime(java.time.Duration.ofSeconds(20))
				.evictInBackground(java.time.Duration.ofSeconds(30))
				.build();
			HttpClient httpClient = HttpClient.create(provider)
				.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
				.responseTimeout(settings.responseTimeout())
				.followRedirect(false)
				.compress(true);
			if (settings.selfSigned()) {
				SslContext insecure = insecureSslContext();
				// Netty's insecure trust manager accepts any certificate for any host
				// name
				httpClient = httpClient.secure((spec) -> spec.sslContext(insecure));
			}
			WebClient webClient = WebClient.builder()
				.clientConnector(new ReactorClientHttpConnector(httpClient))
				.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(MAX_BODY_BYTES))
				.build();
			return new Connection(provider, webClient);
		}

	}

}
