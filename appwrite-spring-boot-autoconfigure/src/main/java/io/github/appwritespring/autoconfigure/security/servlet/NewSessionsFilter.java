package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.appwritespring.autoconfigure.security.internal.NewSessions;

/**
 * Gives each request a {@link NewSessions} and, once the request is answered, deletes the
 * Appwrite sessions made during it that no browser was signed in with.
 */
final class NewSessionsFilter extends OncePerRequestFilter {

	private final ServletSignIns signIns;

	NewSessionsFilter(ServletSignIns signIns) {
		this.signIns = signIns;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		NewSessions sessions = new NewSessions();
		request.setAttribute(NewSessions.ATTRIBUTE, sessions);
		try {
			chain.doFilter(request, response);
		}
		finally {
			sessions
				.endUnclaimed(this.signIns.authenticator(), this.signIns.resolver(),
						request.getHeader(HttpHeaders.USER_AGENT))
				.block();
		}
	}

}
