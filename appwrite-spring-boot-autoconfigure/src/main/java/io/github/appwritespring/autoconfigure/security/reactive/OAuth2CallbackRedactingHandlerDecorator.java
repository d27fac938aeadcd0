package io.github.appwritespring.autoconfigure.security.reactive;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.adapter.HttpWebHandlerAdapter;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import io.github.appwritespring.autoconfigure.security.internal.SignInFields;

/**
 * Keeps the secrets of the links Appwrite sends (the OAuth2 callback, the magic link, the
 * team invitation link, see
 * {@link io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties.Endpoints#secretLinks()})
 * out of the application's logs. {@link HttpWebHandlerAdapter} logs each request's URI
 * with its query before any {@code WebFilter} runs, so this decorates the
 * {@link HttpHandler} around it: on those paths, every later layer (forwarded-header
 * handling, the adapter's log, Spring Security, the application) sees the query with the
 * {@code secret} redacted, and the integration's filters read the real value from the
 * Reactor context of the request's handling ({@link #secret(ContextView)},
 * {@link #query(ServerHttpRequest)}).
 *
 * @since 0.1.0
 */
public class OAuth2CallbackRedactingHandlerDecorator implements HttpHandlerDecoratorFactory, Ordered {

	/** Outside other decorators, so that none of them sees the secret. */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	/** What stands for the secret in the URI later layers see. */
	public static final String REDACTED = "redacted";

	private static final String CONTEXT_KEY = OAuth2CallbackRedactingHandlerDecorator.class.getName() + ".secret";

	private static final Pattern SECRET = Pattern.compile("((?:^|&)secret=)[^&]*");

	private final Set<String> paths;

	/**
	 * Creates a new {@code OAuth2CallbackRedactingHandlerDecorator}.
	 * @param callbackPath the callback's path below the context path
	 */
	public OAuth2CallbackRedactingHandlerDecorator(String callbackPath) {
		this(List.of(callbackPath));
	}

	/**
	 * Creates a new {@code OAuth2CallbackRedactingHandlerDecorator}.
	 * @param paths the paths below the context path whose {@code secret} is redacted
	 */
	public OAuth2CallbackRedactingHandlerDecorator(Collection<String> paths) {
		this.paths = Set.copyOf(paths);
	}

	@Override
	public HttpHandler apply(HttpHandler handler) {
		return (request, response) -> {
			String query = request.getURI().getRawQuery();
			if (query == null || !SECRET.matcher(query).find()
					|| !this.paths.contains(request.getPath().pathWithinApplication().value())) {
				return handler.handle(request, response);
			}
			String secret = request.getQueryParams().getFirst("secret");
			ServerHttpRequest redacted = request.mutate().uri(redact(request.getURI(), query)).build();
			return handler.handle(redacted, response)
				.contextWrite((context) -> (secret != null) ? context.put(CONTEXT_KEY, secret) : context);
		};
	}

	private static URI redact(URI uri, String query) {
		return UriComponentsBuilder.fromUri(uri)
			.replaceQuery(SECRET.matcher(query).replaceAll("$1" + REDACTED))
			.build(true)
			.toUri();
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	/**
	 * Returns the callback's real {@code secret}, if this decorator redacted it from the
	 * request.
	 * @param context the Reactor context of a request's handling
	 * @return the callback's real {@code secret}, if this decorator redacted it from the
	 * request
	 */
	static @Nullable String secret(ContextView context) {
		return context.getOrDefault(CONTEXT_KEY, null);
	}

	/**
	 * Returns the single-valued parameters of a request's query, with the real
	 * {@code secret} if this decorator redacted it.
	 * @param request a request
	 * @return the parameters given exactly once
	 */
	static Mono<Map<String, String>> query(ServerHttpRequest request) {
		return Mono.deferContextual((context) -> {
			Map<String, String> fields = new LinkedHashMap<>(
					SignInFields.singleValued(SignInFields.query(request.getURI().getRawQuery())));
			String secret = secret(context);
			if (secret != null && fields.containsKey("secret")) {
				fields.put("secret", secret);
			}
			return Mono.just(fields);
		});
	}

}
