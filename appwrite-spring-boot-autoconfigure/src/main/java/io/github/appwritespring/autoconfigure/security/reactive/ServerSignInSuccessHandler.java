package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.autoconfigure.security.internal.Answer;
import io.github.appwritespring.autoconfigure.security.internal.SavedRequestTargets;
import io.github.appwritespring.autoconfigure.security.internal.SecurityJson;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;

/**
 * The default answer to a successful sign-in, sign-up or OAuth2 completion, once the
 * browser is signed in: JSON clients get {@code 200 {"user": ...}}; browsers are
 * redirected to the requested target, the saved request or the success URL; the OAuth2,
 * magic-link and team invitation links answer a same-site bounce page.
 */
final class ServerSignInSuccessHandler implements ServerAuthenticationSuccessHandler {

	/** The cookie {@code CookieServerRequestCache} keeps the saved request in. */
	private static final String SAVED_REQUEST_COOKIE = "REDIRECT_URI";

	private final ServerRequestCache requestCache;

	private final SignInPages pages;

	ServerSignInSuccessHandler(ServerRequestCache requestCache, SignInPages pages) {
		this.requestCache = requestCache;
		this.pages = pages;
	}

	@Override
	public Mono<Void> onAuthenticationSuccess(WebFilterExchange webFilterExchange, Authentication authentication) {
		ServerWebExchange exchange = webFilterExchange.getExchange();
		ServerHttpRequest request = exchange.getRequest();
		SignInAttempt attempt = SignInAttempt.of(exchange.getAttribute(SignInAttempt.ATTRIBUTE));
		if (attempt.flow().bounces()) {
			String target = (attempt.redirect() != null) ? attempt.redirect() : this.pages.successUrl();
			return ReactiveExchange.answer(exchange, Answer.bounce(target));
		}
		if (ReactiveExchange.wantsJson(request) && authentication.getPrincipal() instanceof AppwriteUser user) {
			return ReactiveExchange.answer(exchange, Answer.json(200, SecurityJson.user(user)));
		}
		Mono<String> saved = this.requestCache.getRedirectUri(exchange)
			.mapNotNull(
					(uri) -> SavedRequestTargets.pathWithinApplication(uri.toString(), request.getURI().getHost(), ""));
		Mono<Void> usedUp = request.getCookies().containsKey(SAVED_REQUEST_COOKIE)
				? this.requestCache.removeMatchingRequest(exchange).then() : Mono.empty();
		return saved.map((path) -> this.pages.afterSignIn(attempt.redirect(), path))
			.defaultIfEmpty(this.pages.afterSignIn(attempt.redirect(), null))
			.flatMap((target) -> usedUp.then(ReactiveExchange.redirect(exchange, target)));
	}

}
