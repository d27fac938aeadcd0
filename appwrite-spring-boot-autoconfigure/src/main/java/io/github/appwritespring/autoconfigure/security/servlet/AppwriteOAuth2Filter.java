package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.internal.BouncePage;
import io.github.appwritespring.autoconfigure.security.internal.OAuth2StateCookie;
import io.github.appwritespring.autoconfigure.security.internal.OAuth2States;
import io.github.appwritespring.autoconfigure.security.internal.RedirectTargets;
import io.github.appwritespring.autoconfigure.security.internal.RetryAfter;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;

/**
 * OAuth2 sign-in through Appwrite's token flow. {@code GET /auth/oauth2/{provider}}
 * (configured providers only) binds a random {@code state} to the browser in a
 * short-lived cookie, asks Appwrite for the provider URL with the callback (built from
 * the request as the application sees it behind its proxies) as {@code success} and
 * {@code failure}, and redirects there. {@code GET /auth/oauth2/callback} checks the
 * state, exchanges {@code userId} and {@code secret} for a session and answers with a
 * same-site bounce page. Any failure, a missing or mismatched state, and a replay (the
 * state cookie is used up) go to the sign-in page with {@code error=oauth2}.
 *
 * @since 0.1.0
 */
public class AppwriteOAuth2Filter extends OncePerRequestFilter {

	private final AppwriteAuthenticator authenticator;

	private final ServletSignIns signIns;

	private final ServletCsrf csrf;

	private final AppwriteSecurityProperties.OAuth2 settings;

	private final String base;

	private final String callback;

	private final SignInPages pages;

	AppwriteOAuth2Filter(AppwriteAuthenticator authenticator, ServletSignIns signIns, ServletCsrf csrf,
			AppwriteSecurityProperties properties, SignInPages pages) {
		this.authenticator = authenticator;
		this.signIns = signIns;
		this.csrf = csrf;
		this.settings = properties.getOauth2();
		this.base = properties.getEndpoints().getOauth2() + "/";
		this.callback = properties.getEndpoints().getOauth2Callback();
		this.pages = pages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!"GET".equals(request.getMethod()) || !path.startsWith(this.base)) {
			chain.doFilter(request, response);
		}
		else if (path.equals(this.callback)) {
			callback(request, response);
		}
		else {
			start(path.substring(this.base.length()), request, response);
		}
	}

	private void start(String provider, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!this.settings.getProviders().contains(provider)) {
			response.sendError(404, "No such sign-in provider");
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
				response.setHeader(HttpHeaders.RETRY_AFTER, RetryAfter.seconds(ex.getRetryAfter()));
				response.sendError(429, Reason.THROTTLED.message());
				return;
			}
			ServletExchange.redirect(request, response, SignInPages.withError(this.pages.loginPage(), Reason.OAUTH2));
			return;
		}
		String after = RedirectTargets.safeRelative(request.getParameter(this.pages.redirectParameter()));
		ServletExchange.addCookie(response, this.signIns.stateCookie().set(state, after, request.getContextPath()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.sendRedirect(String.valueOf(target));
	}

	private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ServletExchange.addCookie(response, this.signIns.stateCookie().expired(request.getContextPath()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, BouncePage.CACHE_CONTROL);
		response.setHeader("Referrer-Policy", BouncePage.REFERRER_POLICY);
		OAuth2StateCookie.Bound bound = OAuth2StateCookie
			.read(ServletExchange.cookie(request, this.signIns.stateCookie().name()));
		if (bound == null || !OAuth2States.matches(request.getParameter("state"), bound.state())
				|| request.getParameter("error") != null) {
			ServletExchange.redirect(request, response, SignInPages.withError(this.pages.loginPage(), Reason.OAUTH2));
			return;
		}
		AppwriteAuthenticationToken token;
		try {
			token = this.authenticator
				.exchange(request.getParameter("userId"), request.getParameter("secret"), this.signIns.details(request))
				.block();
		}
		catch (AppwriteSignInException ex) {
			Reason reason = (ex.getReason() == Reason.THROTTLED || ex.getReason() == Reason.BLOCKED) ? ex.getReason()
					: Reason.OAUTH2;
			ServletExchange.redirect(request, response, SignInPages.withError(this.pages.loginPage(), reason));
			return;
		}
		if (token == null) {
			throw new IllegalStateException("Appwrite OAuth2 exchange completed without a user");
		}
		this.signIns.signedIn(request, response, token);
		this.csrf.renew(request, response);
		byte[] page = BouncePage
			.html(request.getContextPath() + ((bound.after() != null) ? bound.after() : this.pages.successUrl()));
		response.setStatus(200);
		response.setHeader("Content-Security-Policy", BouncePage.CONTENT_SECURITY_POLICY);
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		response.setContentLength(page.length);
		response.getOutputStream().write(page);
	}

}
