package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;

import io.github.appwritespring.autoconfigure.security.AppwriteMfaRequiredException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.internal.BouncePage;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt;
import io.github.appwritespring.autoconfigure.security.internal.SignInFields;
import io.github.appwritespring.autoconfigure.security.internal.TokenSignIn;

/**
 * A sign-in with a token Appwrite sent by email (the magic link, the emailed code, the
 * team invitation link; see {@link TokenSignIn}) as Spring Security's authentication
 * pipeline ({@link AbstractAuthenticationProcessingFilter}): the request becomes an
 * authentication request carrying the browser's details, the chain's
 * {@link AuthenticationManager} exchanges it for a session (publishing authentication
 * events), the security context repository signs the browser in, and the success or
 * failure handler answers.
 *
 * @since 0.1.0
 */
public class AppwriteTokenSignInFilter extends AbstractAuthenticationProcessingFilter {

	private final TokenSignIn signIn;

	private final ServletSignIns signIns;

	AppwriteTokenSignInFilter(AuthenticationManager authenticationManager, ServletSignIns signIns, TokenSignIn signIn) {
		super((request) -> signIn.matches(request.getMethod(), path(request)), authenticationManager);
		this.signIn = signIn;
		this.signIns = signIns;
		setAuthenticationConverter((request) -> convert(request, signIns));
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest http = (HttpServletRequest) request;
		if (this.signIn.isLink() && this.signIn.matches(http.getMethod(), path(http))) {
			HttpServletResponse httpResponse = (HttpServletResponse) response;
			httpResponse.setHeader(HttpHeaders.CACHE_CONTROL, BouncePage.CACHE_CONTROL);
			httpResponse.setHeader("Referrer-Policy", BouncePage.REFERRER_POLICY);
		}
		super.doFilter(request, response, chain);
	}

	private Authentication convert(HttpServletRequest request, ServletSignIns signIns) {
		request.setAttribute(SignInAttempt.ATTRIBUTE, this.signIn.attempt());
		Map<String, String> fields;
		try {
			fields = this.signIn.isLink() ? ServletExchange.linkFields(request) : bodyFields(request);
		}
		catch (IOException ex) {
			throw new AppwriteSignInException(Reason.REQUEST);
		}
		request.setAttribute(SignInAttempt.ATTRIBUTE, this.signIn.attempt(fields, request.getQueryString()));
		return this.signIn.authenticationRequest(fields, (name) -> ServletExchange.cookie(request, name),
				signIns.details(request));
	}

	private static Map<String, String> bodyFields(HttpServletRequest request) throws IOException {
		SignInFields body = ServletExchange.signInFields(request);
		if (body == null) {
			throw new AppwriteSignInException(Reason.REQUEST);
		}
		return body.body();
	}

	@Override
	protected void successfulAuthentication(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			Authentication authResult) throws IOException, ServletException {
		ResponseCookie usedUp = this.signIn.usedUp(request.getContextPath());
		if (usedUp != null) {
			ServletExchange.addCookie(response, usedUp);
		}
		super.successfulAuthentication(request, response, chain, authResult);
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

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
