package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;

/**
 * {@code POST /auth/logout}: deletes the Appwrite session ({@code current}), expires the
 * cookie with the attributes it was set with, and redirects (form) or answers 204 (JSON).
 * When Appwrite cannot be reached, the answer is 503 and the cookie is kept: the user
 * learns that the sign-out did not happen, rather than leaving a session that still works
 * in Appwrite behind a browser that looks signed out.
 *
 * @since 0.1.0
 */
public class AppwriteSignOutFilter extends OncePerRequestFilter {

	private final AppwriteAuthenticator authenticator;

	private final ServletSignIns signIns;

	private final ServletCsrf csrf;

	private final RequestMatcher logout;

	private final SignInPages pages;

	AppwriteSignOutFilter(AppwriteAuthenticator authenticator, ServletSignIns signIns, ServletCsrf csrf,
			RequestMatcher logout, SignInPages pages) {
		this.authenticator = authenticator;
		this.signIns = signIns;
		this.csrf = csrf;
		this.logout = logout;
		this.pages = pages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.logout.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = AppwriteSessionCookie
			.select(ServletExchange.cookies(request, this.signIns.sessionCookie().name()));
		if (secret != null) {
			this.signIns.resolver().forget(secret);
			// Appwrite unavailable: the AppwriteUnavailableException answers 503 and
			// keeps
			// the cookie, because a browser told it is signed out must not hold a session
			// that still works in Appwrite
			this.authenticator.signOut(secret, request.getHeader(HttpHeaders.USER_AGENT)).block();
		}
		this.signIns.signedOut(request, response);
		this.csrf.renew(request, response);
		if (ServletExchange.wantsJson(request)) {
			response.setStatus(204);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			return;
		}
		ServletExchange.redirect(request, response,
				this.pages.afterSignOut(request.getParameter(this.pages.redirectParameter())));
	}

}
