package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteUnavailableException;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;

/**
 * {@code POST /auth/logout}: deletes the Appwrite session ({@code current}), expires the
 * cookie with the attributes it was set with, and redirects (form) or answers 204 (JSON).
 * The browser is signed out even when Appwrite cannot be reached; the session then
 * expires in Appwrite on its own, and a warning says so.
 *
 * @since 0.1.0
 */
public class AppwriteSignOutFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(AppwriteSignOutFilter.class);

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
		String secret = AppwriteSessionCookie.select(ServletExchange.cookies(request, this.signIns.cookies().name()));
		if (secret != null) {
			this.signIns.resolver().forget(secret);
			try {
				this.authenticator.signOut(secret, request.getHeader(HttpHeaders.USER_AGENT)).block();
			}
			catch (AppwriteUnavailableException ex) {
				logger.warn("Signed a browser out without deleting its Appwrite session, because Appwrite is "
						+ "unavailable; the session ends when it expires in Appwrite");
			}
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
