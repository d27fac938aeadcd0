package io.github.appwritespring.autoconfigure.security.reactive;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteLimitedSessionException;
import io.github.appwritespring.autoconfigure.security.internal.AppwriteJwts;
import io.github.appwritespring.autoconfigure.security.internal.LimitedSessions;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt;

/**
 * The security context of a WebFlux request, kept nowhere but in the Appwrite session
 * cookie (no web session): {@link #load} resolves the {@code a_session_<PROJECT_ID>}
 * cookie to its Appwrite user, once per exchange. A malformed or ambiguous cookie counts
 * as no session. A session Appwrite refuses (expired, deleted, blocked user) gives no
 * context and expires the cookie; a limited session (its second factor not completed yet)
 * gives no context but keeps its cookie. Appwrite being unavailable is not a sign-out:
 * the cookie stays and the load fails with
 * {@link io.github.appwritespring.autoconfigure.security.AppwriteUnavailableException}
 * (answered 503). {@link #save} signs the browser in with an
 * {@link AppwriteAuthenticationToken} whose session is not the browser's cookie (the
 * session cookie, a new CSRF token, the previous session ended), and signs it out for an
 * empty context (the cookie expired). So any authentication web filter of the chain (the
 * integration's endpoints, or Spring Security's {@code formLogin()} with the
 * integration's manager) leaves the new Appwrite session in the browser's cookie, never
 * orphaned, and Spring Security's own logout handlers expire the cookie.
 *
 * @since 0.1.0
 */
public class AppwriteServerSecurityContextRepository implements ServerSecurityContextRepository {

	private static final String LOADED = AppwriteServerSecurityContextRepository.class.getName() + ".loaded";

	private static final String SIGNED_IN = AppwriteServerSecurityContextRepository.class.getName() + ".signedIn";

	private final ReactiveSignIns signIns;

	private final @Nullable AppwriteJwts jwts;

	AppwriteServerSecurityContextRepository(ReactiveSignIns signIns) {
		this(signIns, null);
	}

	AppwriteServerSecurityContextRepository(ReactiveSignIns signIns, @Nullable AppwriteJwts jwts) {
		this.signIns = signIns;
		this.jwts = jwts;
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
			AppwriteJwts jwtPaths = this.jwts;
			if (jwtPaths != null && jwtPaths.matches(exchange.getRequest().getPath().pathWithinApplication().value())) {
				// a JWT, never the cookie, signs in on the JWT paths
				return Mono.empty();
			}
			String secret = browserSession(exchange);
			if (secret == null) {
				return Mono.empty();
			}
			return this.signIns.resolver()
				.resolve(secret, ReactiveExchange.userAgent(exchange.getRequest()))
				.map(AppwriteServerSecurityContextRepository::context)
				.switchIfEmpty(Mono.fromRunnable(() -> this.signIns.sessionRefused(exchange)))
				// waiting for its second factor: anonymous, but the cookie stays
				.onErrorResume(AppwriteLimitedSessionException.class, (ex) -> {
					exchange.getAttributes().put(LimitedSessions.ATTRIBUTE, Boolean.TRUE);
					return Mono.empty();
				});
		});
	}

	@Override
	public Mono<Void> save(ServerWebExchange exchange, @Nullable SecurityContext context) {
		return Mono.defer(() -> {
			if (context != null && context.getAuthentication() instanceof AppwriteAuthenticationToken token
					&& isNewSession(token, exchange)) {
				exchange.getAttributes().put(SIGNED_IN, token.getSessionSecret());
				exchange.getAttributes().put(LOADED, Mono.just(context));
				return this.signIns.signedIn(exchange, token);
			}
			if (context == null || context.getAuthentication() == null) {
				exchange.getAttributes().remove(SIGNED_IN);
				exchange.getAttributes().put(LOADED, Mono.empty());
				return this.signIns.signedOut(exchange);
			}
			return Mono.empty();
		});
	}

	/**
	 * Whether the token's session is neither the one the browser sent nor the one it was
	 * signed in with earlier in this exchange, or is the browser's session that just
	 * completed a second factor (it was limited, or is freshly confirmed).
	 */
	private boolean isNewSession(AppwriteAuthenticationToken token, ServerWebExchange exchange) {
		String secret = token.getSessionSecret();
		return secret != null && !secret.equals(exchange.getAttribute(SIGNED_IN))
				&& (SignInAttempt.completesSecondFactor(exchange.getAttribute(SignInAttempt.ATTRIBUTE))
						|| !secret.equals(browserSession(exchange)));
	}

	private @Nullable String browserSession(ServerWebExchange exchange) {
		return this.signIns.sessionCookie()
			.read(ReactiveExchange.cookies(exchange.getRequest(), this.signIns.sessionCookie().name()));
	}

	private static SecurityContext context(AppwriteAuthenticationToken token) {
		return new SecurityContextImpl(token);
	}

}
