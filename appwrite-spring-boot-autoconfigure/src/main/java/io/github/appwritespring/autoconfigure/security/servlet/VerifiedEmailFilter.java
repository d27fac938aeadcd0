package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.appwritespring.autoconfigure.security.internal.BrowserRequest;
import io.github.appwritespring.autoconfigure.security.internal.VerifiedEmailGate;

/**
 * {@code appwrite.security.require-verified-email} on the servlet stack: the
 * {@link VerifiedEmailGate} decides, right after the session's resolution and before
 * every endpoint and the chain's authorization rules, so a refused user reaches neither
 * the application nor the integration's account endpoints. A page navigation is
 * redirected to the verify-email page; other requests get {@code 403} JSON.
 *
 * @since 0.1.0
 */
public class VerifiedEmailFilter extends OncePerRequestFilter {

	private final VerifiedEmailGate gate;

	private final SecurityContextHolderStrategy contextHolder;

	VerifiedEmailFilter(VerifiedEmailGate gate, SecurityContextHolderStrategy contextHolder) {
		this.gate = gate;
		this.contextHolder = contextHolder;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		BrowserRequest browserRequest = ServletExchange.browserRequest(request);
		if (this.gate.isOpen(browserRequest.path())
				|| this.gate.admits(this.contextHolder.getContext().getAuthentication())) {
			chain.doFilter(request, response);
			return;
		}
		ServletExchange.answer(request, response, this.gate.answer(browserRequest));
	}

}
