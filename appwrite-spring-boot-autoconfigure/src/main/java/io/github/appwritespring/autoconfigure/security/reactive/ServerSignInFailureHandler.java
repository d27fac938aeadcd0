package io.github.appwritespring.autoconfigure.security.reactive;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.internal.RetryAfter;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt;
import io.github.appwritespring.autoconfigure.security.internal.SignInFailures;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;

/**
 * The default answer to a failed sign-in, sign-up or OAuth2 completion, as
 * {@link SignInFailures} decides it.
 */
final class ServerSignInFailureHandler implements ServerAuthenticationFailureHandler {

	private final SignInPages pages;

	private final @Nullable String mfaPage;

	ServerSignInFailureHandler(SignInPages pages, @Nullable String mfaPage) {
		this.pages = pages;
		this.mfaPage = mfaPage;
	}

	@Override
	public Mono<Void> onAuthenticationFailure(WebFilterExchange webFilterExchange, AuthenticationException exception) {
		ServerWebExchange exchange = webFilterExchange.getExchange();
		SignInFailures.Answer answer = SignInFailures.answer(
				SignInAttempt.of(exchange.getAttribute(SignInAttempt.ATTRIBUTE)), exception,
				ReactiveExchange.wantsJson(exchange.getRequest()), this.pages, this.mfaPage);
		String redirect = answer.redirect();
		if (redirect != null) {
			return (answer.status() == 200) ? ReactiveExchange.bounce(exchange, redirect)
					: ReactiveExchange.redirect(exchange, redirect);
		}
		Duration retryAfter = (answer.retryAfter() != null) ? answer.retryAfter() : Duration.ZERO;
		if (answer.retryAfter() != null) {
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RetryAfter.seconds(retryAfter));
		}
		byte[] json = answer.json();
		if (json != null) {
			return ReactiveExchange.json(exchange, answer.status(), json);
		}
		return ReactiveExchange.errorPage(exchange, HttpStatus.valueOf(answer.status()), answer.message(), retryAfter);
	}

}
