package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;
import java.time.Instant;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.internal.AppwriteJwts;
import io.github.appwritespring.autoconfigure.security.internal.AppwriteJwts.Presented;

/**
 * Signs in the requests on the JWT paths ({@code appwrite.security.jwt.paths}) with the
 * Appwrite JWT they carry, as {@link AppwriteJwts} reads it: the request's
 * {@link io.github.appwritespring.autoconfigure.security.AppwriteJwtAuthenticationToken}
 * and session client are the JWT's user's, for this request only (nothing is saved, no
 * cookie set). A refused JWT is answered 401 with
 * {@code WWW-Authenticate: Bearer error="invalid_token"}; a throttled client 429;
 * Appwrite being unavailable 503.
 */
final class AppwriteJwtFilter extends OncePerRequestFilter {

	private final AppwriteJwts paths;

	private final ServletSignIns signIns;

	AppwriteJwtFilter(AppwriteJwts paths, ServletSignIns signIns) {
		this.paths = paths;
		this.signIns = signIns;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.paths.matches(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.setAttribute(AppwriteJwts.ATTRIBUTE, Boolean.TRUE);
		Presented presented = AppwriteJwts.presented(Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION)),
				Collections.list(request.getHeaders(AppwriteJwts.HEADER)));
		String jwt = presented.jwt();
		Instant expire = presented.expire();
		if (presented.refused(Instant.now())) {
			ServletExchange.answer(request, response, AppwriteJwts.invalidToken());
			return;
		}
		if (jwt == null || expire == null) {
			chain.doFilter(request, response);
			return;
		}
		AppwriteAuthenticationToken token;
		try {
			token = this.signIns.resolver().resolveJwt(jwt, expire, this.signIns.details(request)).block();
		}
		catch (AppwriteSignInException ex) {
			ServletExchange.answer(request, response, AppwriteJwts.refused(ex));
			return;
		}
		if (token == null) {
			ServletExchange.answer(request, response, AppwriteJwts.invalidToken());
			return;
		}
		// for this request only: the context is never saved, so no cookie is set
		this.signIns.contextHolder().setContext(this.signIns.authenticatedContext(request, token));
		chain.doFilter(request, response);
	}

}
