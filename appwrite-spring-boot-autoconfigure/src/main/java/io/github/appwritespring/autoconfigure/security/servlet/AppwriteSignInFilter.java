package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInDetails;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.internal.RedirectTargets;
import io.github.appwritespring.autoconfigure.security.internal.RetryAfter;
import io.github.appwritespring.autoconfigure.security.internal.SecurityJson;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;

/**
 * {@code POST /auth/login} ({@code email}, {@code password}) and
 * {@code POST /auth/signup} ({@code name}, {@code email}, {@code password}), as form
 * fields or a JSON object. A form is answered with a redirect (to the {@code redirect}
 * field, the saved request or the success URL on success; to the login or sign-up page
 * with an {@code error} code on failure), JSON with the user (200) or an error (401, 409,
 * 400, 429 with {@code Retry-After}).
 *
 * @since 0.1.0
 */
public class AppwriteSignInFilter extends OncePerRequestFilter {

	private final AppwriteAuthenticator authenticator;

	private final ServletSignIns signIns;

	private final RequestCache requestCache;

	private final ServletCsrf csrf;

	private final @Nullable RequestMatcher login;

	private final @Nullable RequestMatcher signup;

	private final SignInPages settings;

	AppwriteSignInFilter(AppwriteAuthenticator authenticator, ServletSignIns signIns, RequestCache requestCache,
			ServletCsrf csrf, @Nullable RequestMatcher login, @Nullable RequestMatcher signup, SignInPages settings) {
		this.authenticator = authenticator;
		this.signIns = signIns;
		this.requestCache = requestCache;
		this.csrf = csrf;
		this.login = login;
		this.signup = signup;
		this.settings = settings;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean isLogin = this.login != null && this.login.matches(request);
		if (!isLogin && (this.signup == null || !this.signup.matches(request))) {
			chain.doFilter(request, response);
			return;
		}
		Map<String, String> fields = ServletExchange.fields(request);
		String failurePage = isLogin ? this.settings.loginPage() : this.settings.signupPage();
		if (fields == null) {
			fail(request, response, new AppwriteSignInException(Reason.REQUEST), failurePage);
			return;
		}
		AppwriteSignInDetails details = this.signIns.details(request);
		AppwriteAuthenticationToken token;
		try {
			token = (isLogin ? this.authenticator.signIn(fields.get("email"), fields.get("password"), details)
					: this.authenticator.signUp(fields.get("name"), fields.get("email"), fields.get("password"),
							details))
				.block();
		}
		catch (AppwriteSignInException ex) {
			fail(request, response, ex, failurePage);
			return;
		}
		if (token == null) {
			throw new IllegalStateException("Appwrite sign-in completed without a user");
		}
		this.signIns.signedIn(request, response, token);
		this.csrf.renew(request, response);
		if (ServletExchange.wantsJson(request)) {
			ServletExchange.json(response, 200, SecurityJson.user(token.getPrincipal()));
			return;
		}
		ServletExchange.redirect(request, response, target(request, response, fields));
	}

	private String target(HttpServletRequest request, HttpServletResponse response, Map<String, String> fields) {
		String requested = RedirectTargets.safeRelative(fields.get(this.settings.redirectParameter()));
		if (requested != null) {
			return requested;
		}
		SavedRequest saved = this.requestCache.getRequest(request, response);
		if (saved != null) {
			this.requestCache.removeRequest(request, response);
			String path = sameOriginPath(saved.getRedirectUrl(), request);
			if (path != null) {
				return path;
			}
		}
		return this.settings.successUrl();
	}

	/** The saved request's path and query, when it points back at this application. */
	private static @Nullable String sameOriginPath(String url, HttpServletRequest request) {
		try {
			URI uri = URI.create(url);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return null;
			}
			String path = uri.getRawPath();
			if (path == null || !path.startsWith(request.getContextPath())) {
				return null;
			}
			path = path.substring(request.getContextPath().length());
			return RedirectTargets.safeRelative((uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private void fail(HttpServletRequest request, HttpServletResponse response, AppwriteSignInException failure,
			String page) throws IOException {
		Reason reason = failure.getReason();
		if (reason == Reason.THROTTLED) {
			response.setHeader(HttpHeaders.RETRY_AFTER, RetryAfter.seconds(failure.getRetryAfter()));
		}
		if (ServletExchange.wantsJson(request)) {
			ServletExchange.json(response, reason.status(), SecurityJson.error(reason.code(), reason.message()));
		}
		else if (reason == Reason.THROTTLED) {
			response.sendError(429, reason.message());
		}
		else {
			ServletExchange.redirect(request, response, SignInPages.withError(page, reason));
		}
	}

}
