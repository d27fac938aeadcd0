package io.github.appwritespring.autoconfigure.security.reactive;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInDetails;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.internal.RedirectTargets;
import io.github.appwritespring.autoconfigure.security.internal.RetryAfter;
import io.github.appwritespring.autoconfigure.security.internal.SecurityJson;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;

/**
 * {@code POST /auth/login} ({@code email}, {@code password}) and
 * {@code POST /auth/signup} ({@code name}, {@code email}, {@code password}), as form
 * fields or a JSON object. A form is answered with a redirect (to the {@code redirect}
 * field, the saved request or the success URL on success; to the login or sign-up page
 * with an {@code error} code on failure; a 429 page with {@code Retry-After} when
 * throttled), JSON with the user (200) or an error (401, 409, 400, 429 with
 * {@code Retry-After}).
 *
 * @since 0.1.0
 */
public class AppwriteSignInWebFilter implements WebFilter {

	/** The cookie {@code CookieServerRequestCache} keeps the saved request in. */
	private static final String SAVED_REQUEST_COOKIE = "REDIRECT_URI";

	private final AppwriteAuthenticator authenticator;

	private final ReactiveSignIns signIns;

	private final ServerRequestCache requestCache;

	private final @Nullable ServerWebExchangeMatcher login;

	private final @Nullable ServerWebExchangeMatcher signup;

	private final SignInPages pages;

	AppwriteSignInWebFilter(AppwriteAuthenticator authenticator, ReactiveSignIns signIns,
			ServerRequestCache requestCache, @Nullable ServerWebExchangeMatcher login,
			@Nullable ServerWebExchangeMatcher signup, SignInPages pages) {
		this.authenticator = authenticator;
		this.signIns = signIns;
		this.requestCache = requestCache;
		this.login = login;
		this.signup = signup;
		this.pages = pages;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Mono<Boolean> isSignup = (this.signup != null) ? matches(this.signup, exchange) : Mono.just(false);
		Mono<Boolean> isLogin = (this.login != null) ? matches(this.login, exchange) : Mono.just(false);
		return isLogin.zipWith(isSignup).flatMap((matched) -> {
			if (matched.getT1()) {
				return answer(exchange, true);
			}
			return matched.getT2() ? answer(exchange, false) : chain.filter(exchange);
		});
	}

	private Mono<Void> answer(ServerWebExchange exchange, boolean isLogin) {
		String failurePage = isLogin ? this.pages.loginPage() : this.pages.signupPage();
		ServerHttpRequest request = exchange.getRequest();
		return ReactiveExchange.fields(exchange).flatMap((fields) -> {
			if (fields == ReactiveExchange.UNREADABLE) {
				return fail(exchange, new AppwriteSignInException(Reason.REQUEST), failurePage);
			}
			AppwriteSignInDetails details = this.signIns.details(request);
			Mono<AppwriteAuthenticationToken> signIn = isLogin
					? this.authenticator.signIn(fields.get("email"), fields.get("password"), details)
					: this.authenticator.signUp(fields.get("name"), fields.get("email"), fields.get("password"),
							details);
			return signIn.flatMap((token) -> succeed(exchange, token, fields))
				.onErrorResume(AppwriteSignInException.class, (ex) -> fail(exchange, ex, failurePage));
		});
	}

	private Mono<Void> succeed(ServerWebExchange exchange, AppwriteAuthenticationToken token,
			Map<String, String> fields) {
		Mono<Void> signedIn = this.signIns.signedIn(exchange, token);
		if (ReactiveExchange.wantsJson(exchange.getRequest())) {
			return signedIn
				.then(Mono.defer(() -> ReactiveExchange.json(exchange, 200, SecurityJson.user(token.getPrincipal()))));
		}
		return signedIn.then(target(exchange, fields)).flatMap((path) -> ReactiveExchange.redirect(exchange, path));
	}

	private Mono<String> target(ServerWebExchange exchange, Map<String, String> fields) {
		String requested = RedirectTargets.safeRelative(fields.get(this.pages.redirectParameter()));
		Mono<String> saved = this.requestCache.getRedirectUri(exchange)
			.mapNotNull(ReactiveExchange::sameOriginPath)
			.onErrorResume(IllegalArgumentException.class, (ex) -> Mono.empty());
		if (exchange.getRequest().getCookies().containsKey(SAVED_REQUEST_COOKIE)) {
			exchange.getResponse().addCookie(expiredSavedRequest(exchange));
		}
		return ((requested != null) ? Mono.just(requested) : saved).defaultIfEmpty(this.pages.successUrl());
	}

	private static ResponseCookie expiredSavedRequest(ServerWebExchange exchange) {
		return ResponseCookie.from(SAVED_REQUEST_COOKIE, "")
			.path(exchange.getRequest().getPath().contextPath().value() + "/")
			.maxAge(0)
			.httpOnly(true)
			.secure("https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme()))
			.sameSite("Lax")
			.build();
	}

	private Mono<Void> fail(ServerWebExchange exchange, AppwriteSignInException failure, String page) {
		Reason reason = failure.getReason();
		if (reason == Reason.THROTTLED) {
			exchange.getResponse()
				.getHeaders()
				.set(HttpHeaders.RETRY_AFTER, RetryAfter.seconds(failure.getRetryAfter()));
		}
		if (ReactiveExchange.wantsJson(exchange.getRequest())) {
			return ReactiveExchange.json(exchange, reason.status(),
					SecurityJson.error(reason.code(), reason.message()));
		}
		if (reason == Reason.THROTTLED) {
			return ReactiveExchange.errorPage(exchange, HttpStatus.TOO_MANY_REQUESTS, reason.message(),
					failure.getRetryAfter());
		}
		return ReactiveExchange.redirect(exchange, SignInPages.withError(page, reason));
	}

	private static Mono<Boolean> matches(ServerWebExchangeMatcher matcher, ServerWebExchange exchange) {
		return matcher.matches(exchange).map(ServerWebExchangeMatcher.MatchResult::isMatch);
	}

}
