package io.github.appwritespring.autoconfigure.security.reactive;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.AppwriteUnavailableException;
import io.github.appwritespring.autoconfigure.security.internal.SignInFields;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;
import io.github.appwritespring.autoconfigure.security.internal.SignOuts;
import io.github.appwritespring.autoconfigure.security.internal.SignOuts.Scope;

/**
 * {@code POST /auth/logout}: deletes the Appwrite session ({@code current}), saves an
 * empty security context (which expires the cookie with the attributes it was set with
 * and renews the CSRF token), publishes a {@link LogoutSuccessEvent} for the user signed
 * out, and redirects (form) or answers 204 (JSON). When Appwrite cannot be reached, the
 * answer is 503 and the cookie is kept: the user learns that the sign-out did not happen,
 * rather than leaving a session that still works in Appwrite behind a browser that looks
 * signed out.
 * <p>
 * Its {@code scope} field widens it: {@code others} ends the user's other sessions and
 * keeps this browser signed in (a redirect to the {@code redirect} field's page, else the
 * success URL, with {@code notice=signed_out_others}; 204 for JSON), {@code all} ends
 * every session of the user and signs this browser out. Any other scope is a 400.
 *
 * @since 0.1.0
 */
public class AppwriteSignOutWebFilter implements WebFilter {

	private final ReactiveSignIns signIns;

	private final ServerSecurityContextRepository contextRepository;

	private final ApplicationEventPublisher events;

	private final ServerWebExchangeMatcher logout;

	private final SignInPages pages;

	private final SignOuts signOuts;

	AppwriteSignOutWebFilter(ReactiveSignIns signIns, ServerSecurityContextRepository contextRepository,
			ApplicationEventPublisher events, ServerWebExchangeMatcher logout, SignInPages pages, SignOuts signOuts) {
		this.signOuts = signOuts;
		this.signIns = signIns;
		this.contextRepository = contextRepository;
		this.events = events;
		this.logout = logout;
		this.pages = pages;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return this.logout.matches(exchange)
			.flatMap((match) -> match.isMatch() ? signOut(exchange) : chain.filter(exchange));
	}

	private Mono<Void> signOut(ServerWebExchange exchange) {
		return ReactiveExchange.signInFields(exchange)
			.onErrorResume(AppwriteSignInException.class,
					(ex) -> Mono.just(SignInFields.of(Map.of(), exchange.getRequest().getURI().getRawQuery())))
			.flatMap((fields) -> {
				Scope scope = Scope.of(fields.body().get("scope"));
				String redirect = fields.redirect(this.pages.redirectParameter());
				if (scope == null) {
					return badScope(exchange);
				}
				String secret = this.signIns.sessionCookie()
					.read(ReactiveExchange.cookies(exchange.getRequest(), this.signIns.sessionCookie().name()));
				if (scope == Scope.CURRENT || secret == null) {
					return signOutCurrent(exchange, secret, redirect);
				}
				// Appwrite unavailable: answered 503, nothing ended
				return ReactiveSecurityContextHolder.getContext()
					.mapNotNull(SecurityContext::getAuthentication)
					.ofType(AppwriteAuthenticationToken.class)
					.flatMap((user) -> this.signOuts
						.endOthers(scope, secret, user.getName(), ReactiveExchange.userAgent(exchange.getRequest()))
						.thenReturn(true))
					.defaultIfEmpty(false)
					.flatMap((ended) -> (ended && !scope.signsBrowserOut()) ? othersEnded(exchange, redirect)
							: signOutCurrent(exchange, secret, redirect));
			});
	}

	private Mono<Void> signOutCurrent(ServerWebExchange exchange, @Nullable String secret, @Nullable String redirect) {
		Mono<Void> deleted = Mono.empty();
		if (secret != null) {
			deleted = Mono.fromRunnable(() -> this.signIns.resolver().forget(secret))
				// Appwrite unavailable: the error answers 503 and keeps the cookie,
				// because a
				// browser told it is signed out must not hold a session that still works
				.then(this.signIns.authenticator().signOut(secret, ReactiveExchange.userAgent(exchange.getRequest())));
		}
		Mono<Void> signedOut = deleted.then(this.contextRepository.save(exchange, null));
		return currentUser().map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((user) -> signedOut.then(Mono.fromRunnable(() -> user
				.ifPresent((signingOut) -> this.events.publishEvent(new LogoutSuccessEvent(signingOut))))))
			.then(Mono.defer(() -> answer(exchange, this.pages.afterSignOut(redirect))));
	}

	private Mono<Void> othersEnded(ServerWebExchange exchange, @Nullable String redirect) {
		return answer(exchange, SignOuts.afterEndingOthers(redirect, this.pages));
	}

	private static Mono<Void> badScope(ServerWebExchange exchange) {
		return ReactiveExchange.answer(exchange, SignOuts.badScope(ReactiveExchange.wantsJson(exchange.getRequest())));
	}

	/**
	 * The user the exchange's session cookie names, if Appwrite can say; signing out goes
	 * on without.
	 */
	private Mono<Authentication> currentUser() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.filter(AppwriteAuthenticationToken.class::isInstance)
			.onErrorResume(AppwriteUnavailableException.class, (ex) -> Mono.empty());
	}

	private Mono<Void> answer(ServerWebExchange exchange, String path) {
		return ReactiveExchange.answer(exchange,
				SignOuts.answer(ReactiveExchange.wantsJson(exchange.getRequest()), path));
	}

}
