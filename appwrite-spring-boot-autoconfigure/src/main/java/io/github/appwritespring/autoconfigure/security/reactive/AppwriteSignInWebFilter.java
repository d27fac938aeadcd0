package io.github.appwritespring.autoconfigure.security.reactive;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteMfaRequiredException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignUpAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt.Flow;

/**
 * {@code POST /auth/login} ({@code email}, {@code password}) and
 * {@code POST /auth/signup} ({@code name}, {@code email}, {@code password}), as form
 * fields or a JSON object, through Spring Security's {@link AuthenticationWebFilter}: the
 * fields become a {@link UsernamePasswordAuthenticationToken} or an
 * {@link AppwriteSignUpAuthenticationToken} carrying the browser's details, the chain's
 * {@link ReactiveAuthenticationManager} authenticates it (publishing authentication
 * events), the security context repository signs the browser in, and the success or
 * failure handler answers. By default a form is answered with a redirect (to the
 * {@code redirect} field, the saved request or the success URL on success; to the login
 * or sign-up page with an {@code error} code on failure; a 429 page with
 * {@code Retry-After} when throttled), JSON with the user (200) or an error (401, 409,
 * 400, 429 with {@code Retry-After}).
 *
 * @since 0.1.0
 */
public class AppwriteSignInWebFilter extends AuthenticationWebFilter {

	private final ReactiveSignIns signIns;

	AppwriteSignInWebFilter(ReactiveAuthenticationManager authenticationManager, ReactiveSignIns signIns,
			@Nullable ServerWebExchangeMatcher login, @Nullable ServerWebExchangeMatcher signup,
			String redirectParameter) {
		super(authenticationManager);
		setRequiresAuthenticationMatcher(
				(exchange) -> flow(exchange, login, signup).flatMap((flow) -> MatchResult.match())
					.switchIfEmpty(MatchResult.notMatch()));
		setServerAuthenticationConverter(new Converter(signIns, login, signup, redirectParameter));
		this.signIns = signIns;
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

	private static Mono<Flow> flow(ServerWebExchange exchange, @Nullable ServerWebExchangeMatcher login,
			@Nullable ServerWebExchangeMatcher signup) {
		Mono<Flow> isLogin = matches(login, exchange).filter(Boolean::booleanValue).map((match) -> Flow.SIGN_IN);
		Mono<Flow> isSignup = matches(signup, exchange).filter(Boolean::booleanValue).map((match) -> Flow.SIGN_UP);
		return isLogin.switchIfEmpty(isSignup);
	}

	private static Mono<Boolean> matches(@Nullable ServerWebExchangeMatcher matcher, ServerWebExchange exchange) {
		return (matcher != null) ? matcher.matches(exchange).map(MatchResult::isMatch) : Mono.just(false);
	}

	/** The request's fields as an authentication request, with the attempt recorded. */
	private static final class Converter implements ServerAuthenticationConverter {

		private final ReactiveSignIns signIns;

		private final @Nullable ServerWebExchangeMatcher login;

		private final @Nullable ServerWebExchangeMatcher signup;

		private final String redirectParameter;

		Converter(ReactiveSignIns signIns, @Nullable ServerWebExchangeMatcher login,
				@Nullable ServerWebExchangeMatcher signup, String redirectParameter) {
			this.signIns = signIns;
			this.login = login;
			this.signup = signup;
			this.redirectParameter = redirectParameter;
		}

		@Override
		public Mono<Authentication> convert(ServerWebExchange exchange) {
			return flow(exchange, this.login, this.signup).flatMap((flow) -> {
				exchange.getAttributes().put(SignInAttempt.ATTRIBUTE, new SignInAttempt(flow, null));
				return ReactiveExchange.signInFields(exchange).map((fields) -> {
					exchange.getAttributes()
						.put(SignInAttempt.ATTRIBUTE, new SignInAttempt(flow, fields.redirect(this.redirectParameter)));
					AbstractAuthenticationToken authentication = (flow == Flow.SIGN_IN)
							? UsernamePasswordAuthenticationToken.unauthenticated(fields.email(), fields.password())
							: new AppwriteSignUpAuthenticationToken(fields.name(), fields.email(), fields.password());
					authentication.setDetails(this.signIns.details(exchange.getRequest()));
					return authentication;
				});
			});
		}

	}

}
