package io.github.appwritespring.autoconfigure.security.reactive;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.account.AccountAnswer;
import io.github.appwritespring.autoconfigure.security.account.AccountEndpoint;
import io.github.appwritespring.autoconfigure.security.account.AccountEndpoints;
import io.github.appwritespring.autoconfigure.security.account.AccountProblem;
import io.github.appwritespring.autoconfigure.security.account.AccountRequest;
import io.github.appwritespring.autoconfigure.security.internal.SignInFields;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;

/**
 * Serves the account endpoints (password recovery, email verification, password and email
 * changes, second factors, passwordless sign-in) on WebFlux: it reads each request into
 * an {@link AccountRequest}, lets the endpoint decide, and writes its
 * {@link AccountAnswer}. It runs after Spring Security's CSRF protection.
 *
 * @since 0.1.0
 */
public class AppwriteAccountWebFilter implements WebFilter {

	private final AccountEndpoints endpoints;

	private final ReactiveSignIns signIns;

	private final SignInPages pages;

	AppwriteAccountWebFilter(AccountEndpoints endpoints, ReactiveSignIns signIns, SignInPages pages) {
		this.endpoints = endpoints;
		this.signIns = signIns;
		this.pages = pages;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		AccountEndpoint endpoint = this.endpoints.find(request.getMethod().name(),
				request.getPath().pathWithinApplication().value());
		if (endpoint == null) {
			return chain.filter(exchange);
		}
		return fields(exchange)
			.flatMap((fields) -> user(endpoint).map(Holder::new).defaultIfEmpty(new Holder(null)).flatMap((holder) -> {
				AccountRequest accountRequest = read(exchange, fields, holder.user);
				if (endpoint.access() == AccountEndpoint.Access.SIGNED_IN && holder.user == null) {
					return Mono.just(AccountAnswer.failed(accountRequest, this.pages.loginPage(),
							AccountProblem.SIGN_IN_REQUIRED));
				}
				return endpoint.handle(accountRequest);
			}))
			.onErrorResume(AppwriteSignInException.class,
					(ex) -> Mono.just(AccountAnswer.failed(read(exchange, Map.of(), null), this.pages.loginPage(),
							AccountProblem.REQUEST)))
			.flatMap((answer) -> answer.signsOut()
					? this.signIns.signedOut(exchange).then(ReactiveExchange.answer(exchange, answer.answer()))
					: ReactiveExchange.answer(exchange, answer.answer()));
	}

	/**
	 * A GET's query parameters (with the real secret of a link whose secret the
	 * {@link OAuth2CallbackRedactingHandlerDecorator} redacts) or a POST's body fields.
	 */
	private static Mono<Map<String, String>> fields(ServerWebExchange exchange) {
		if ("GET".equals(exchange.getRequest().getMethod().name())) {
			return OAuth2CallbackRedactingHandlerDecorator.query(exchange.getRequest());
		}
		return ReactiveExchange.signInFields(exchange).map(SignInFields::body);
	}

	private static Mono<AppwriteAuthenticationToken> user(AccountEndpoint endpoint) {
		if (endpoint.access() != AccountEndpoint.Access.SIGNED_IN) {
			return Mono.empty();
		}
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.ofType(AppwriteAuthenticationToken.class);
	}

	private AccountRequest read(ServerWebExchange exchange, Map<String, String> fields,
			@Nullable AppwriteAuthenticationToken user) {
		ServerHttpRequest request = exchange.getRequest();
		String redirect = SignInFields.of(fields, request.getURI().getRawQuery())
			.redirect(this.pages.redirectParameter());
		String applicationUrl = UriComponentsBuilder.fromUri(request.getURI())
			.replacePath(request.getPath().contextPath().value())
			.replaceQuery(null)
			.fragment(null)
			.build()
			.toUriString();
		return new AccountRequest(fields, redirect, user,
				ReactiveExchange.cookie(request, this.signIns.sessionCookie().name()), this.signIns.details(request),
				ReactiveExchange.wantsJson(request), applicationUrl, (name) -> ReactiveExchange.cookie(request, name));
	}

	private record Holder(@Nullable AppwriteAuthenticationToken user) {

	}

}
