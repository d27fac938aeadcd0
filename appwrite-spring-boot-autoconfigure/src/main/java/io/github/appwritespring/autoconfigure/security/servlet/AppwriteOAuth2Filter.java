package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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
 * cookie up and checks the state, then, as Spring Security's authentication pipeline
 * ({@link AbstractAuthenticationProcessingFilter}), authenticates an
 * {@link AppwriteOAuth2AuthenticationToken} ({@code userId} and {@code secret}) with the
 * chain's {@link AuthenticationManager}, which exchanges it for a session. By default the
 * success handler answers a same-site bounce page; any failure, a missing or mismatched
 * state, and a replay (the state cookie is used up) go to the sign-in page with
 * {@code error=oauth2}.
 *
 * @since 0.1.0
 */
public class AppwriteOAuth2Filter extends AbstractAuthenticationProcessingFilter {

	private final AppwriteAuthenticator authenticator;

	private final ServletSignIns signIns;

	private final AppwriteSecurityProperties.OAuth2 settings;

	private final String base;

	private final String callback;

	private final SignInPages pages;

	AppwriteOAuth2Filter(AuthenticationManager authenticationManager, ServletSignIns signIns,
			AppwriteSecurityProperties properties, SignInPages pages) {
		super((request) -> false, authenticationManager);
		setAuthenticationConverter(new Converter(signIns));
		this.authenticator = signIns.authenticator();
		this.signIns = signIns;
		this.settings = properties.getOauth2();
		this.base = properties.getEndpoints().getOauth2() + "/";
		this.callback = properties.getEndpoints().getOauth2Callback();
		this.pages = pages;
		setRequiresAuthenticationRequestMatcher(
				(request) -> "GET".equals(request.getMethod()) && this.callback.equals(path(request)));
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		HttpServletResponse response = (HttpServletResponse) servletResponse;
		String path = path(request);
		if (!"GET".equals(request.getMethod()) || !path.startsWith(this.base)) {
			chain.doFilter(request, response);
		}
		else if (path.equals(this.callback)) {
			ServletExchange.addCookie(response, this.signIns.stateCookie().expired(request.getContextPath()));
			response.setHeader(HttpHeaders.CACHE_CONTROL, BouncePage.CACHE_CONTROL);
			response.setHeader("Referrer-Policy", BouncePage.REFERRER_POLICY);
			super.doFilter(request, response, chain);
		}
		else {
			start(path.substring(this.base.length()), request, response);
		}
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private void start(String provider, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!this.settings.getProviders().contains(provider)) {
			ServletExchange.answer(request, response, Answer.error(404, "No such sign-in provider"));
			return;
		}
		String state = OAuth2States.newState();
		String url = ServletUriComponentsBuilder.fromContextPath(request)
			.path(this.callback)
			.queryParam("state", state)
			.build()
			.toUriString();
		URI target;
		try {
			target = this.authenticator
				.oauth2Url(provider, url, url, this.settings.getScopes(), this.signIns.details(request))
				.block();
		}
		catch (AppwriteSignInException ex) {
			if (ex.getReason() == Reason.THROTTLED) {
				ServletExchange.answer(request, response,
						Answer.error(429, Reason.THROTTLED.message()).withRetryAfter(ex.getRetryAfter()));
				return;
			}
			ServletExchange.redirect(request, response, SignInPages.withError(this.pages.loginPage(), Reason.OAUTH2));
			return;
		}
		String after = SignInFields.of(Map.of(), request.getQueryString()).redirect(this.pages.redirectParameter());
		ServletExchange.addCookie(response, this.signIns.stateCookie().set(state, after, request.getContextPath()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.sendRedirect(String.valueOf(target));
	}

	/**
	 * The callback's {@code userId} and {@code secret} as an authentication request, once
	 * its state matches the browser's state cookie.
	 */
	private static final class Converter implements AuthenticationConverter {

		private final ServletSignIns signIns;

		Converter(ServletSignIns signIns) {
			this.signIns = signIns;
		}

		@Override
		public Authentication convert(HttpServletRequest request) {
			request.setAttribute(SignInAttempt.ATTRIBUTE, new SignInAttempt(Flow.OAUTH2, null));
			OAuth2StateCookie.Bound bound = OAuth2StateCookie
				.read(ServletExchange.cookie(request, this.signIns.stateCookie().name()));
			if (bound == null || !OAuth2States.matches(request.getParameter("state"), bound.state())
					|| request.getParameter("error") != null) {
				throw new AppwriteSignInException(Reason.OAUTH2);
			}
			request.setAttribute(SignInAttempt.ATTRIBUTE, new SignInAttempt(Flow.OAUTH2, bound.after()));
			AppwriteOAuth2AuthenticationToken authentication = new AppwriteOAuth2AuthenticationToken(
					request.getParameter("userId"), request.getParameter("secret"));
			authentication.setDetails(this.signIns.details(request));
			return authentication;
		}

	}

}
