package io.github.appwritespring.autoconfigure.security.reactive;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.internal.BouncePage;
import io.github.appwritespring.autoconfigure.security.internal.OAuth2StateCookie;
import io.github.appwritespring.autoconfigure.security.internal.OAuth2States;
import io.github.appwritespring.autoconfigure.security.internal.RedirectTargets;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;

/**
 * OAuth2 sign-in through Appwrite's token flow. {@code GET /auth/oauth2/{provider}}
 * (configured providers only) binds a random {@code state} to the browser in a
 * short-lived cookie, asks Appwrite for the provider URL with the callback (built from
 * the request as the application sees it behind its proxies) as {@code success} and
 * {@code failure}, and redirects there. {@code GET /auth/oauth2/callback} checks the
 * state, exchanges {@code userId} and {@code secret} for a session and answers with a
 * same-site bounce page. Any failure, a missing or mismatched state, and a replay (the
 * state cookie is used up) go to the sign-in page with {@code error=oauth2}. The
 * callback's query string is never logged:
 * {@link OAuth2CallbackRedactingHandlerDecorator} hands the chain a request whose
 * {@code secret} is redacted.
 *
 * @since 0.1.0
 */
public class AppwriteOAuth2WebFilter implements WebFilter {

	private final AppwriteAuthenticator authenticator;

	private final ReactiveSignIns signIns;

	private final AppwriteSecurityProperties.OAuth2 settings;

	private final String base;

	private final String callback;

	private final SignInPages pages;

	AppwriteOAuth2WebFilter(AppwriteAuthenticator authenticator, ReactiveSignIns signIns,
			AppwriteSecurityProperties properties, SignInPages pages) {
		this.authenticator = authenticator;
		this.signIns = signIns;
		this.settings = properties.getOauth2();
		this.base = properties.getEndpoints().getOauth2() + "/";
		this.callback = properties.getEndpoints().getOauth2Callback();
		this.pages = pages;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		String path = request.getPath().pathWithinApplication().value();
		if (request.getMethod() != HttpMethod.GET || !path.startsWith(this.base)) {
			return chain.filter(exchange);
		}
		if (path.equals(this.callback)) {
			return callback(exchange);
		}
		return start(path.substring(this.base.length()), exchange);
	}

	private Mono<Void> start(String provider, ServerWebExchange exchange) {
		if (!this.settings.getProviders().contains(provider)) {
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No such sign-in provider"));
		}
		ServerHttpRequest request = exchange.getRequest();
		String state = OAuth2States.newState();
		String url = UriComponentsBuilder.fromUri(request.getURI())
			.replacePath(request.getPath().contextPath().value() + this.callback)
			.replaceQuery(null)
			.fragment(null)
			.queryParam("state", state)
			.build()
			.toUriString();
		String after = RedirectTargets.safeRelative(request.getQueryParams().getFirst(this.pages.redirectParameter()));
		return this.authenticator
			.oauth2Url(provider, url, url, this.settings.getScopes(), this.signIns.details(request))
			.flatMap((target) -> {
				ServerHttpResponse response = exchange.getResponse();
				response
					.addCookie(this.signIns.stateCookie().set(state, after, request.getPath().contextPath().value()));
				response.setStatusCode(HttpStatus.FOUND);
				response.getHeaders().setCacheControl("no-store");
				response.getHeaders().setLocation(target);
				return response.setComplete();
			})
			.onErrorResume(AppwriteSignInException.class,
					(ex) -> (ex.getReason() != Reason.THROTTLED) ? failed(exchange, Reason.OAUTH2)
							: ReactiveExchange.errorPage(exchange, HttpStatus.TOO_MANY_REQUESTS,
									Reason.THROTTLED.message(), ex.getRetryAfter()));
	}

	private Mono<Void> callback(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		ServerHttpResponse response = exchange.getResponse();
		response.addCookie(this.signIns.stateCookie().expired(request.getPath().contextPath().value()));
		response.getHeaders().set(HttpHeaders.CACHE_CONTROL, BouncePage.CACHE_CONTROL);
		response.getHeaders().set("Referrer-Policy", BouncePage.REFERRER_POLICY);
		MultiValueMap<String, String> query = request.getQueryParams();
		OAuth2StateCookie.Bound bound = OAuth2StateCookie
			.read(ReactiveExchange.cookie(request, this.signIns.stateCookie().name()));
		if (bound == null || !OAuth2States.matches(query.getFirst("state"), bound.state())
				|| query.getFirst("error") != null) {
			return failed(exchange, Reason.OAUTH2);
		}
		return Mono
			.deferContextual((context) -> this.authenticator.exchange(query.getFirst("userId"), secret(context, query),
					this.signIns.details(request)))
			.flatMap((token) -> bounce(exchange, token, bound))
			.onErrorResume(AppwriteSignInException.class,
					(ex) -> failed(exchange, (ex.getReason() == Reason.THROTTLED || ex.getReason() == Reason.BLOCKED)
							? ex.getReason() : Reason.OAUTH2));
	}

	/**
	 * The real secret: the request's query holds it redacted (see the handler decorator),
	 * or as is without it.
	 */
	private static @Nullable String secret(ContextView context, MultiValueMap<String, String> query) {
		String secret = OAuth2CallbackRedactingHandlerDecorator.secret(context);
		return (secret != null) ? secret : query.getFirst("secret");
	}

	private Mono<Void> bounce(ServerWebExchange exchange, AppwriteAuthenticationToken token,
			OAuth2StateCookie.Bound bound) {
		String contextPath = exchange.getRequest().getPath().contextPath().value();
		byte[] page = BouncePage
			.html(contextPath + ((bound.after() != null) ? bound.after() : this.pages.successUrl()));
		return this.signIns.signedIn(exchange, token).then(Mono.defer(() -> {
			exchange.getResponse().getHeaders().set("Content-Security-Policy", BouncePage.CONTENT_SECURITY_POLICY);
			return ReactiveExchange.html(exchange, 200, page);
		}));
	}

	private Mono<Void> failed(ServerWebExchange exchange, Reason reason) {
		return ReactiveExchange.redirect(exchange, SignInPages.withError(this.pages.loginPage(), reason));
	}

}
