package io.github.appwritespring.autoconfigure.security.reactive;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteOAuth2AuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.internal.Answer;
import io.github.appwritespring.autoconfigure.security.internal.BouncePage;
import io.github.appwritespring.autoconfigure.security.internal.OAuth2StateCookie;
import io.github.appwritespring.autoconfigure.security.internal.OAuth2States;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt.Flow;
import io.github.appwritespring.autoconfigure.security.internal.SignInFields;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;

/**
 * OAuth2 sign-in through Appwrite's token flow. {@code GET /auth/oauth2/{provider}}
 * (configured providers only) binds a random {@code state} to the browser in a
 * short-lived cookie, asks Appwrite for the provider URL with the callback (built from
 * the request as the application sees it behind its proxies) as {@code success} and
 * {@code failure}, and redirects there. {@code GET /auth/oauth2/callback} uses the state
 * cookie up and checks the state, then, as Spring Security's
 * {@link AuthenticationWebFilter}, authenticates an
 * {@link AppwriteOAuth2AuthenticationToken} ({@code userId} and {@code secret}) with the
 * chain's {@link ReactiveAuthenticationManager}, which exchanges it for a session. By
 * default the success handler answers a same-site bounce page; any failure, a missing or
 * mismatched state, and a replay (the state cookie is used up) go to the sign-in page
 * with {@code error=oauth2}. The callback's query string is never logged:
 * {@link OAuth2CallbackRedactingHandlerDecorator} hands the chain a request whose
 * {@code secret} is redacted.
 *
 * @since 0.1.0
 */
public class AppwriteOAuth2WebFilter extends AuthenticationWebFilter {

	private final AppwriteAuthenticator authenticator;

	private final ReactiveSignIns signIns;

	private final AppwriteSecurityProperties.OAuth2 settings;

	private final String base;

	private final String callback;

	private final SignInPages pages;

	AppwriteOAuth2WebFilter(ReactiveAuthenticationManager authenticationManager, ReactiveSignIns signIns,
			AppwriteSecurityProperties properties, SignInPages pages) {
		super(authenticationManager);
		this.authenticator = signIns.authenticator();
		this.signIns = signIns;
		this.settings = properties.getOauth2();
		this.base = properties.getEndpoints().getOauth2() + "/";
		this.callback = properties.getEndpoints().getOauth2Callback();
		this.pages = pages;
		setRequiresAuthenticationMatcher(
				(exchange) -> isCallback(exchange.getRequest()) ? MatchResult.match() : MatchResult.notMatch());
		setServerAuthenticationConverter(new Converter(signIns));
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		String path = request.getPath().pathWithinApplication().value();
		if (request.getMethod() != HttpMethod.GET || !path.startsWith(this.base)) {
			return chain.filter(exchange);
		}
		if (isCallback(request)) {
			ServerHttpResponse response = exchange.getResponse();
			response.addCookie(this.signIns.stateCookie().expired(request.getPath().contextPath().value()));
			response.getHeaders().set(HttpHeaders.CACHE_CONTROL, BouncePage.CACHE_CONTROL);
			response.getHeaders().set("Referrer-Policy", BouncePage.REFERRER_POLICY);
			return super.filter(exchange, chain);
		}
		return start(path.substring(this.base.length()), exchange);
	}

	private boolean isCallback(ServerHttpRequest request) {
		return request.getMethod() == HttpMethod.GET
				&& request.getPath().pathWithinApplication().value().equals(this.callback);
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
		String after = SignInFields.of(Map.of(), request.getURI().getRawQuery())
			.redirect(this.pages.redirectParameter());
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
					(ex) -> (ex.getReason() != Reason.THROTTLED)
							? ReactiveExchange.redirect(exchange,
									SignInPages.withError(this.pages.loginPage(), Reason.OAUTH2))
							: ReactiveExchange.answer(exchange,
									Answer.error(429, Reason.THROTTLED.message()).withRetryAfter(ex.getRetryAfter())));
	}

	/**
	 * The callback's {@code userId} and {@code secret} as an authentication request, once
	 * its state matches the browser's state cookie.
	 */
	private static final class Converter implements ServerAuthenticationConverter {

		private final ReactiveSignIns signIns;

		Converter(ReactiveSignIns signIns) {
			this.signIns = signIns;
		}

		@Override
		public Mono<Authentication> convert(ServerWebExchange exchange) {
			ServerHttpRequest request = exchange.getRequest();
			exchange.getAttributes().put(SignInAttempt.ATTRIBUTE, new SignInAttempt(Flow.OAUTH2, null));
			MultiValueMap<String, String> query = request.getQueryParams();
			OAuth2StateCookie.Bound bound = OAuth2StateCookie
				.read(ReactiveExchange.cookie(request, this.signIns.stateCookie().name()));
			if (bound == null || !OAuth2States.matches(query.getFirst("state"), bound.state())
					|| query.getFirst("error") != null) {
				return Mono.error(new AppwriteSignInException(Reason.OAUTH2));
			}
			exchange.getAttributes().put(SignInAttempt.ATTRIBUTE, new SignInAttempt(Flow.OAUTH2, bound.after()));
			return Mono.deferContextual((context) -> {
				AppwriteOAuth2AuthenticationToken authentication = new AppwriteOAuth2AuthenticationToken(
						query.getFirst("userId"), secret(context, query));
				authentication.setDetails(this.signIns.details(request));
				return Mono.just(authentication);
			});
		}

		/**
		 * The real secret: the request's query holds it redacted (see the handler
		 * decorator), or as is without it.
		 */
		private static @Nullable String secret(ContextView context, MultiValueMap<String, String> query) {
			String secret = OAuth2CallbackRedactingHandlerDecorator.secret(context);
			return (secret != null) ? secret : query.getFirst("secret");
		}

	}

}
