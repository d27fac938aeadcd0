package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import io.github.appwritespring.autoconfigure.security.AppwriteMfaAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.internal.MfaChallengeCookie;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt.Flow;
import io.github.appwritespring.autoconfigure.security.internal.SignInFields;

/**
 * {@code POST /auth/mfa/verify} ({@code code}): completes the MFA challenge the browser
 * started ({@code POST /auth/mfa/challenge}, bound to it by the challenge cookie; a JSON
 * client may send {@code challengeId} instead; without a started challenge the code is
 * taken as the authenticator app's) through Spring Security's authentication pipeline: an
 * {@link AppwriteMfaAuthenticationToken} of the browser's session cookie, the chain's
 * {@link AuthenticationManager} (events, throttling), the security context repository
 * (which signs the browser in with the completed session), then the success handler (the
 * kept target, the saved request or the success URL; JSON: the user) or the failure
 * handler (back to the MFA page with {@code error=code}).
 *
 * @since 0.1.0
 */
public class AppwriteMfaFilter extends AbstractAuthenticationProcessingFilter {

	private final MfaChallengeCookie challengeCookie;

	AppwriteMfaFilter(AuthenticationManager authenticationManager, ServletSignIns signIns, String path,
			MfaChallengeCookie challengeCookie, String redirectParameter) {
		super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path), authenticationManager);
		setAuthenticationConverter(new Converter(signIns, challengeCookie, redirectParameter));
		this.challengeCookie = challengeCookie;
	}

	@Override
	protected void successfulAuthentication(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			Authentication authResult) throws IOException, ServletException {
		ServletExchange.addCookie(response, this.challengeCookie.expired(request.getContextPath()));
		super.successfulAuthentication(request, response, chain, authResult);
	}

	/** The request's code, challenge and session as an authentication request. */
	private static final class Converter implements AuthenticationConverter {

		private final ServletSignIns signIns;

		private final MfaChallengeCookie challengeCookie;

		private final String redirectParameter;

		Converter(ServletSignIns signIns, MfaChallengeCookie challengeCookie, String redirectParameter) {
			this.signIns = signIns;
			this.challengeCookie = challengeCookie;
			this.redirectParameter = redirectParameter;
		}

		@Override
		public Authentication convert(HttpServletRequest request) {
			request.setAttribute(SignInAttempt.ATTRIBUTE, new SignInAttempt(Flow.MFA, null));
			SignInFields fields = ServletExchange.authenticationFields(request);
			request.setAttribute(SignInAttempt.ATTRIBUTE,
					new SignInAttempt(Flow.MFA, fields.redirect(this.redirectParameter)));
			AppwriteMfaAuthenticationToken authentication = new AppwriteMfaAuthenticationToken(
					ServletExchange.cookie(request, this.signIns.sessionCookie().name()), MfaChallengeCookie
						.challengeId(ServletExchange.cookie(request, this.challengeCookie.name()), fields.body()),
					fields.body().get("code"));
			authentication.setDetails(this.signIns.details(request));
			return authentication;
		}

	}

}
