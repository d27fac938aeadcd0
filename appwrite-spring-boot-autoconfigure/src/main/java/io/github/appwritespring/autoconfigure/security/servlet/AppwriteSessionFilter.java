package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs each request in from its session cookie: the cookie's session is resolved to its Appwrite user, who becomes
 * the request's {@link AppwriteAuthenticationToken}. A malformed cookie counts as no session. A session Appwrite
 * refuses (expired, deleted, blocked user) is signed out and its cookie expired. Appwrite being unavailable is not a
 * sign-out: the cookie stays and the request fails with
 * {@link io.github.appwritespring.autoconfigure.security.AppwriteUnavailableException} (answered 503).
 */
public class AppwriteSessionFilter extends OncePerRequestFilter {

	private final ServletSignIns signIns;

	private final RequestMatcher skip;

	AppwriteSessionFilter(ServletSignIns signIns, RequestMatcher skip) {
		this.signIns = signIns;
		this.skip = skip;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication existing = this.signIns.contextHolder().getContext().getAuthentication();
		if (existing == null || !existing.isAuthenticated()) {
			resolve(request, response);
		}
		chain.doFilter(request, response);
	}

	private void resolve(HttpServletRequest request, HttpServletResponse response) {
		String cookieName = this.signIns.cookies().name();
		java.util.List<String> values = ServletExchange.cookies(request, cookieName);
		if (values.isEmpty() || this.skip.matches(request)) {
			return;
		}
		String secret = AppwriteSessionCookie.select(values);
		if (secret == null) {
			return;
		}
		AppwriteAuthenticationToken token = this.signIns.resolver()
			.resolve(secret, request.getHeader(HttpHeaders.USER_AGENT))
			.block();
		if (token != null) {
			this.signIns.authenticated(request, response, token);
		}
		else {
			this.signIns.signedOut(request, response);
		}
	}

}
