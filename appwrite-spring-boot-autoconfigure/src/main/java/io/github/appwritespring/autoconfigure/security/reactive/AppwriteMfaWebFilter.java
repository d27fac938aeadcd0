package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteMfaAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.internal.MfaChallengeCookie;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt.Flow;

/**
 * {@code POST /auth/mfa/verify} ({@code code}): completes the MFA challenge the browser
 * started ({@code POST /auth/mfa/challenge}, bound to it by the challenge cookie; a JSON
 * client may send {@code challengeId} instead; without a started challenge the code is
 * taken as the authenticator app's) through Spring Security's
 * {@link AuthenticationWebFilter}: an {@link AppwriteMfaAuthenticationToken} of the
 * browser's session cookie, the chain's {@link ReactiveAuthenticationManager} (events,
 * throttling), the security context repository (which signs the browser in with the
 * completed session), then the success handler (the kept target, the saved request or the
 * success URL; JSON: the user) or the failure handler (back to the MFA page with
 * {@code error=code}).
 *
 * @since 0.1.0
 */
public class AppwriteMfaWebFilter extends AuthenticationWebFilter {

	private final MfaChallengeCookie challengeCookie;

	AppwriteMfaWebFilter(ReactiveAuthenticationManager authenticationManager, ReactiveSignIns signIns, String path,
			MfaChallengeCookie challengeCookie, String redirectParameter) {
		super(authenticationManager);
		setRequiresAuthenticationMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, path));
		setServerAuthenticationConverter(new Converter(signIns, challengeCookie, redirectParameter));
		this.challengeCookie = challengeCookie;
	}

	@Override
	protected Mono<Void> onAuthenticationSuccess(Authentication authentication, WebFilterExchange webFilterExchange) {
		ServerWebExchange exchange = webFilterExchange.getExchange();
		exchange.getResponse()
			.addCookie(this.challengeCookie.expired(exchange.getRequest().getPath().contextPath().value()));
		return super.onAuthenticationSuccess(authentication, webFilterExchange);
	}

	/** The request's code, challenge and session as an authentication request. */
	private static final class Converter implements ServerAuthenticationConverter {

		private final ReactiveSignIns signIns;

		private final MfaChallengeCookie challengeCookie;

		private final String redirectParameter;

		Converter(ReactiveSignIns signIns, MfaChallengeCookie challengeCookie, String redirectParameter) {
			this.signIns = signIns;
			this.challengeCookie = challengeCookie;
			this.redirectParameter = redirectParameter;
		}

		@Override
		public Mono<Authentication> convert(ServerWebExchange exchange) {
			exchange.getAttributes().put(SignInAttempt.ATTRIBUTE, new SignInAttempt(Flow.MFA, null));
			return ReactiveExchange.signInFields(exchange).map((fields) -> {
				exchange.getAttributes()
					.put(SignInAttempt.ATTRIBUTE, new SignInAttempt(Flow.MFA, fields.redirect(this.redirectParameter)));
				AppwriteMfaAuthenticationToken authentication = new AppwriteMfaAuthenticationToken(
						ReactiveExchange.cookie(exchange.getRequest(), this.signIns.sessionCookie().name()),
						MfaChallengeCookie.challengeId(
								ReactiveExchange.cookie(exchange.getRequest(), this.challengeCookie.name()),
								fields.body()),
						fields.body().get("code"));
				authentication.setDetails(this.signIns.details(exchange.getRequest()));
				return authentication;
			});
		}

	}

}
