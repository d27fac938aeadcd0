package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import io.github.appwritespring.autoconfigure.security.AppwriteMfaRequiredException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignUpAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt.Flow;
import io.github.appwritespring.autoconfigure.security.internal.SignInFields;

/**
 * {@code POST /auth/login} ({@code email}, {@code password}) and
 * {@code POST /auth/signup} ({@code name}, {@code email}, {@code password}), as form
 * fields or a JSON object, through Spring Security's form-login pipeline
 * ({@link AbstractAuthenticationProcessingFilter}): the fields become a
 * {@link UsernamePasswordAuthenticationToken} or an
 * {@link AppwriteSignUpAuthenticationToken} carrying the browser's details, the chain's
 * {@link AuthenticationManager} authenticates it (publishing authentication events), the
 * security context repository signs the browser in, and the success or failure handler
 * answers. By default a form is answered with a redirect (to the {@code redirect} field,
 * the saved request or the success URL on success; to the login or sign-up page with an
 * {@code error} code on failure; a 429 page with {@code Retry-After} when throttled),
 * JSON with the user (200) or an error (401, 409, 400, 429 with {@code Retry-After}).
 *
 * @since 0.1.0
 */
public class AppwriteSignInFilter extends AbstractAuthenticationProcessingFilter {

	private final ServletSignIns signIns;

	AppwriteSignInFilter(AuthenticationManager authenticationManager, ServletSignIns signIns,
			@Nullable RequestMatcher login, @Nullable RequestMatcher signup, String redirectParameter) {
		super(new OrRequestMatcher((request) -> login != null && login.matches(request),
				(request) -> signup != null && signup.matches(request)), authenticationManager);
		setAuthenticationConverter(new Converter(signIns, login, redirectParameter));
		this.signIns = signIns;
	}

	/**
	 * A sign-in that needs a second factor leaves the browser with its limited session's
	 * cookie before the failure handler answers (by default: on to the MFA page).
	 */
	@Override
	protected void unsuccessfulAuthentication(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failed) throws IOException, ServletException {
		if (failed instanceof AppwriteMfaRequiredException pending) {
			this.signIns.limited(request, response, pending);
		}
		super.unsuccessfulAuthentication(request, response, failed);
	}

	/** The request's fields as an authentication request, with the attempt recorded. */
	private static final class Converter implements AuthenticationConverter {

		private final ServletSignIns signIns;

		private final @Nullable RequestMatcher login;

		private final String redirectParameter;

		Converter(ServletSignIns signIns, @Nullable RequestMatcher login, String redirectParameter) {
			this.signIns = signIns;
			this.login = login;
			this.redirectParameter = redirectParameter;
		}

		@Override
		public Authentication convert(HttpServletRequest request) {
			Flow flow = (this.login != null && this.login.matches(request)) ? Flow.SIGN_IN : Flow.SIGN_UP;
			request.setAttribute(SignInAttempt.ATTRIBUTE, new SignInAttempt(flow, null));
			SignInFields fields = ServletExchange.authenticationFields(request);
			request.setAttribute(SignInAttempt.ATTRIBUTE,
					new SignInAttempt(flow, fields.redirect(this.redirectParameter)));
			AbstractAuthenticationToken authentication = (flow == Flow.SIGN_IN)
					? UsernamePasswordAuthenticationToken.unauthenticated(fields.email(), fields.password())
					: new AppwriteSignUpAuthenticationToken(fields.name(), fields.email(), fields.password());
			authentication.setDetails(this.signIns.details(request));
			return authentication;
		}

	}

}
