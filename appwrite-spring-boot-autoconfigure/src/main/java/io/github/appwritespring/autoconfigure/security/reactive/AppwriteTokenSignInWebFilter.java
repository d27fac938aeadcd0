package io.github.appwritespring.autoconfigure.security.reactive;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteMfaRequiredException;
import io.github.appwritespring.autoconfigure.security.internal.BouncePage;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt;
import io.github.appwritespring.autoconfigure.security.internal.SignInFields;
import io.github.appwritespring.autoconfigure.security.internal.TokenSignIn;

/**
 * A sign-in with a token Appwrite sent by email (the magic link, the emailed code, the
 * team invitation link; see {@link TokenSignIn}) as Spring Security's
 * {@link AuthenticationWebFilter}: the request becomes an authentication request carrying
 * the browser's details, the chain's {@link ReactiveAuthenticationManager} exchanges it
 * for a session (publishing authentication events), the security context repository signs
 * the browser in, and the success or failure handler answers. A link's secret is read
 * from {@link OAuth2CallbackRedactingHandlerDecorator}, which keeps it out of the request
 * later layers see.
 *
 * @since 0.1.0
 */
public class AppwriteTokenSignInWebFilter extends AuthenticationWebFilter {

	private final TokenSignIn signIn;

	private final ReactiveSignIns signIns;

	AppwriteTokenSignInWebFilter(ReactiveAuthenticationManager authenticationManager, ReactiveSignIns signIns,
			TokenSignIn signIn) {
		super(authenticationManager);
		this.signIn = signIn;
		this.signIns = signIns;
		setRequiresAuthenticationMatcher(
				(exchange) -> matches(exchange.getRequest()) ? MatchResult.match() : MatchResult.notMatch());
		setServerAuthenticationConverter((exchange) -> convert(exchange, signIns));
	}

	private boolean matches(ServerHttpRequest request) {
		return this.signIn.matches(request.getMethod().name(), request.getPath().pathWithinApplication().value());
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (this.signIn.isLink() && matches(exchange.getRequest())) {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			headers.set(HttpHeaders.CACHE_CONTROL, BouncePage.CACHE_CONTROL);
			headers.set("Referrer-Policy", BouncePage.REFERRER_POLICY);
		}
		return super.filter(exchange, chain);
	}

	private Mono<Authentication> convert(ServerWebExchange exchange, ReactiveSignIns signIns) {
		ServerHttpRequest request = exchange.getRequest();
		exchange.getAttributes().put(SignInAttempt.ATTRIBUTE, this.signIn.attempt());
		Mono<Map<String, String>> fields = this.signIn.isLink() ? OAuth2CallbackRedactingHandlerDecorator.query(request)
				: ReactiveExchange.signInFields(exchange).map(SignInFields::body);
		return fields.map((read) -> {
			exchange.getAttributes()
				.put(SignInAttempt.ATTRIBUTE, this.signIn.attempt(read, request.getURI().getRawQuery()));
			return this.signIn.authenticationRequest(read, (name) -> ReactiveExchange.cookie(request, name),
					signIns.details(request));
		});
	}

	/**
	 * Sets the failure handler; a sign-in that needs a second factor leaves the browser
	 * with its limited session's cookie before it answers (by default: on to the MFA
	 * page).
	 */
	@Override
	public void setAuthenticationFailureHandler(ServerAuthenticationFailureHandler failureHandler) {
		super.setAuthenticationFailureHandler((exchange, failure) -> {
			Mono<Void> limited = (failure instanceof AppwriteMfaRequiredException pending)
					? this.signIns.limited(exchange.getExchange(), pending) : Mono.empty();
			return limited.then(failureHandler.onAuthenticationFailure(exchange, failure));
		});
	}

	@Override
	protected Mono<Void> onAuthenticationSuccess(Authentication authentication, WebFilterExchange webFilterExchange) {
		ServerWebExchange exchange = webFilterExchange.getExchange();
		ResponseCookie usedUp = this.signIn.usedUp(exchange.getRequest().getPath().contextPath().value());
		if (usedUp != null) {
			exchange.getResponse().addCookie(usedUp);
		}
		return super.onAuthenticationSuccess(authentication, webFilterExchange);
	}

}
