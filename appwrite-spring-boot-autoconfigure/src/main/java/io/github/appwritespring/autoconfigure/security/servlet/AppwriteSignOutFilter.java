package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteUnavailableException;
import io.github.appwritespring.autoconfigure.security.internal.SignInFields;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;
import io.github.appwritespring.autoconfigure.security.internal.SignOuts;
import io.github.appwritespring.autoconfigure.security.internal.SignOuts.Scope;

/**
 * {@code POST /auth/logout}: deletes the Appwrite session ({@code current}), saves an
 * empty security context (which expires the cookie with the attributes it was set with
 * and renews the CSRF token), publishes a {@link LogoutSuccessEvent} for the user signed
 * out, and redirects (form) or answers 204 (JSON). When Appwrite cannot be reached, the
 * answer is 503 and the cookie is kept: the user learns that the sign-out did not happen,
 * rather than leaving a session that still works in Appwrite behind a browser that looks
 * signed out.
 * <p>
 * Its {@code scope} field widens it: {@code others} ends the user's other sessions and
 * keeps this browser signed in (a redirect to the {@code redirect} field's page, else the
 * success URL, with {@code notice=signed_out_others}; 204 for JSON), {@code all} ends
 * every session of the user and signs this browser out. Any other scope is a 400.
 *
 * @since 0.1.0
 */
public class AppwriteSignOutFilter extends OncePerRequestFilter {

	private final ServletSignIns signIns;

	private final SecurityContextRepository contextRepository;

	private final ApplicationEventPublisher events;

	private final RequestMatcher logout;

	private final SignInPages pages;

	private final SignOuts signOuts;

	AppwriteSignOutFilter(ServletSignIns signIns, SecurityContextRepository contextRepository,
			ApplicationEventPublisher events, RequestMatcher logout, SignInPages pages, SignOuts signOuts) {
		this.signOuts = signOuts;
		this.signIns = signIns;
		this.contextRepository = contextRepository;
		this.events = events;
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
		SignInFields fields = ServletExchange.signInFields(request);
		Scope scope = (fields != null) ? Scope.of(fields.body().get("scope")) : Scope.CURRENT;
		String redirect = (fields != null) ? fields.redirect(this.pages.redirectParameter()) : null;
		if (scope == null) {
			badScope(request, response);
			return;
		}
		String secret = this.signIns.sessionCookie()
			.read(ServletExchange.cookies(request, this.signIns.sessionCookie().name()));
		if (scope != Scope.CURRENT && secret != null) {
			// Appwrite unavailable: answered 503, nothing ended
			Authentication user = this.signIns.contextHolder().getContext().getAuthentication();
			if (user instanceof AppwriteAuthenticationToken token) {
				this.signOuts.endOthers(scope, secret, token.getName(), request.getHeader(HttpHeaders.USER_AGENT))
					.block();
				if (!scope.signsBrowserOut()) {
					othersEnded(request, response, redirect);
					return;
				}
			}
		}
		Authentication signingOut = currentUser();
		if (secret != null) {
			this.signIns.resolver().forget(secret);
			// Appwrite unavailable: the AppwriteUnavailableException answers 503 and
			// keeps
			// the cookie, because a browser told it is signed out must not hold a session
			// that still works in Appwrite
			this.signIns.authenticator().signOut(secret, request.getHeader(HttpHeaders.USER_AGENT)).block();
		}
		SecurityContext empty = this.signIns.contextHolder().createEmptyContext();
		this.signIns.contextHolder().clearContext();
		this.contextRepository.saveContext(empty, request, response);
		if (signingOut != null) {
			this.events.publishEvent(new LogoutSuccessEvent(signingOut));
		}
		ServletExchange.answer(request, response,
				SignOuts.answer(ServletExchange.wantsJson(request), this.pages.afterSignOut(redirect)));
	}

	private void othersEnded(HttpServletRequest request, HttpServletResponse response, @Nullable String redirect)
			throws IOException {
		ServletExchange.answer(request, response,
				SignOuts.answer(ServletExchange.wantsJson(request), SignOuts.afterEndingOthers(redirect, this.pages)));
	}

	private static void badScope(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ServletExchange.answer(request, response, SignOuts.badScope(ServletExchange.wantsJson(request)));
	}

	/**
	 * The user the request's session cookie names, if Appwrite can say; signing out goes
	 * on without.
	 */
	private @Nullable Authentication currentUser() {
		try {
			Authentication current = this.signIns.contextHolder().getContext().getAuthentication();
			return (current instanceof AppwriteAuthenticationToken) ? current : null;
		}
		catch (AppwriteUnavailableException ex) {
			return null;
		}
	}

}
