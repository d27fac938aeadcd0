package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.account.AccountAnswer;
import io.github.appwritespring.autoconfigure.security.account.AccountEndpoint;
import io.github.appwritespring.autoconfigure.security.account.AccountEndpoints;
import io.github.appwritespring.autoconfigure.security.account.AccountProblem;
import io.github.appwritespring.autoconfigure.security.account.AccountRequest;
import io.github.appwritespring.autoconfigure.security.internal.SignInFields;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;

/**
 * Serves the account endpoints (password recovery, email verification, password and email
 * changes, second factors, passwordless sign-in) on the servlet stack: it reads each
 * request into an {@link AccountRequest}, lets the endpoint decide, and writes its
 * {@link AccountAnswer}. It runs after Spring Security's CSRF protection and the
 * session's resolution.
 *
 * @since 0.1.0
 */
public class AppwriteAccountFilter extends OncePerRequestFilter {

	private final AccountEndpoints endpoints;

	private final ServletSignIns signIns;

	private final SignInPages pages;

	AppwriteAccountFilter(AccountEndpoints endpoints, ServletSignIns signIns, SignInPages pages) {
		this.endpoints = endpoints;
		this.signIns = signIns;
		this.pages = pages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		AccountEndpoint endpoint = this.endpoints.find(request.getMethod(),
				request.getRequestURI().substring(request.getContextPath().length()));
		if (endpoint == null) {
			chain.doFilter(request, response);
			return;
		}
		AccountRequest accountRequest = accountRequest(request, endpoint);
		if (accountRequest == null) {
			AccountRequest unreadable = read(request, Map.of(), null);
			ServletExchange.answer(request, response,
					AccountAnswer.failed(unreadable, this.pages.loginPage(), AccountProblem.REQUEST).answer());
			return;
		}
		AccountAnswer answer;
		if (endpoint.access() == AccountEndpoint.Access.SIGNED_IN && accountRequest.user() == null) {
			answer = AccountAnswer.failed(accountRequest, this.pages.loginPage(), AccountProblem.SIGN_IN_REQUIRED);
		}
		else {
			answer = endpoint.handle(accountRequest).block();
		}
		if (answer == null) {
			throw new IllegalStateException("Account endpoint " + endpoint.path() + " gave no answer");
		}
		if (answer.signsOut()) {
			this.signIns.signedOut(request, response);
		}
		ServletExchange.answer(request, response, answer.answer());
	}

	/** The request's fields, or {@code null} when a JSON body is unreadable. */
	private @Nullable AccountRequest accountRequest(HttpServletRequest request, AccountEndpoint endpoint)
			throws IOException {
		Map<String, String> fields;
		if ("GET".equals(request.getMethod())) {
			fields = ServletExchange.linkFields(request);
		}
		else {
			SignInFields body = ServletExchange.signInFields(request);
			if (body == null) {
				return null;
			}
			fields = body.body();
		}
		AppwriteAuthenticationToken user = null;
		if (endpoint.access() == AccountEndpoint.Access.SIGNED_IN) {
			Authentication authentication = this.signIns.contextHolder().getContext().getAuthentication();
			user = (authentication instanceof AppwriteAuthenticationToken token) ? token : null;
		}
		return read(request, fields, user);
	}

	private AccountRequest read(HttpServletRequest request, Map<String, String> fields,
			@Nullable AppwriteAuthenticationToken user) {
		String redirect = SignInFields.of(fields, request.getQueryString()).redirect(this.pages.redirectParameter());
		return new AccountRequest(fields, redirect, user,
				ServletExchange.cookie(request, this.signIns.sessionCookie().name()), this.signIns.details(request),
				ServletExchange.wantsJson(request),
				ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString(),
				(name) -> ServletExchange.cookie(request, name));
	}

}
