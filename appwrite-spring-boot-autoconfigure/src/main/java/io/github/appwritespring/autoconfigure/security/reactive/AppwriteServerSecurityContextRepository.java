package io.github.appwritespring.autoconfigure.security.reactive;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;

/**
 * The security context of a WebFlux request, kept nowhere but in the Appwrite session
 * cookie (no web session): {@link #load} resolves the {@code a_session_<PROJECT_ID>}
 * cookie to its Appwrite user, once per exchange. A malformed or ambiguous cookie counts
 * as no session. A session Appwrite refuses (expired, deleted, blocked user) gives no
 * context and expires the cookie. Appwrite being unavailable is not a sign-out: the
 * cookie stays and the load fails with
 * {@link io.github.appwritespring.autoconfigure.security.AppwriteUnavailableException}
 * (answered 503). {@link #save} sets the cookie for an
 * {@link AppwriteAuthenticationToken} with a session and expires it for an empty context,
 * so Spring Security's own login and logout handlers work with it too.
 *
 * @since 0.1.0
 */
public class AppwriteServerSecurityContextRepository implements ServerSecurityContextRepository {

	private static final String LOADED = AppwriteServerSecurityContextRepository.class.getName() + ".loaded";

	private final AppwriteSessionCookie sessionCookie;

	private final AppwriteSessionResolver resolver;

	/**
	 * Creates a new {@code AppwriteServerSecurityContextRepository}.
	 * @param sessionCookie the session cookie
	 * @param resolver resolves sessions (with the optional cache)
	 */
	public AppwriteServerSecurityContextRepository(AppwriteSessionCookie sessionCookie,
			AppwriteSessionResolver resolver) {
		this.sessionCookie = sessionCookie;
		this.resolver = resolver;
	}

	@Override
	public Mono<SecurityContext> load(ServerWebExchange exchange) {
		Mono<SecurityContext> loaded = exchange.getAttribute(LOADED);
		if (loaded == null) {
			loaded = resolve(exchange).cache();
			exchange.getAttributes().put(LOADED, loaded);
		}
		return loaded;
	}

	private Mono<SecurityContext> resolve(ServerWebExchange exchange) {
		return Mono.defer(() -> {
			String secret = this.sessionCookie
				.read(ReactiveExchange.cookies(exchange.getRequest(), this.sessionCookie.name()));
			if (secret == null) {
				return Mono.empty();
			}
			return this.resolver.resolve(secret, ReactiveExchange.userAgent(exchange.getRequest()))
				.map(AppwriteServerSecurityContextRepository::context)
				.switchIfEmpty(Mono.fromRunnable(() -> expireCookie(exchange)));
		});
	}

	@Override
	public Mono<Void> save(ServerWebExchange exchange, @Nullable SecurityContext context) {
		return Mono.fromRunnable(() -> {
			if (context != null && context.getAuthentication() instanceof AppwriteAuthenticationToken token
					&& token.getSessionSecret() != null) {
				exchange.getResponse()
					.addCookie(this.sessionCookie.set(token.getSessionSecret(), token.getSessionExpire()));
				this.resolver.remember(token);
				exchange.getAttributes().put(LOADED, Mono.just(context));
			}
			else if (context == null || context.getAuthentication() == null) {
				expireCookie(exchange);
				exchange.getAttributes().put(LOADED, Mono.empty());
			}
		});
	}

	private void expireCookie(ServerWebExchange exchange) {
		if (!exchange.getResponse().isCommitted()) {
			exchange.getResponse().addCookie(this.sessionCookie.expired());
		}
	}

	private static SecurityContext context(AppwriteAuthenticationToken token) {
		return new SecurityContextImpl(token);
	}

}
