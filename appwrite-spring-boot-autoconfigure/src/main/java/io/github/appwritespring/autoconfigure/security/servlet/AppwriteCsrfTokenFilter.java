package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code GET /auth/csrf}: answers the CSRF token as JSON (and sets its cookie), so a
 * JavaScript client can sign in with a JSON body and the {@code X-XSRF-TOKEN} header
 * before any page has given it a token.
 *
 * @since 0.1.0
 */
public class AppwriteCsrfTokenFilter extends OncePerRequestFilter {

	private final RequestMatcher endpoint;

	AppwriteCsrfTokenFilter(RequestMatcher endpoint) {
		this.endpoint = endpoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = this.endpoint.matches(request) ? ServletCsrf.tokenJson(request) : null;
		if (body == null) {
			chain.doFilter(request, response);
			return;
		}
		ServletExchange.json(response, 200, body);
	}

}
