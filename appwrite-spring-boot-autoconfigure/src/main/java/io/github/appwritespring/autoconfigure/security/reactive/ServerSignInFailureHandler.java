package io.github.appwritespring.autoconfigure.security.reactive;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

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
		return ReactiveExchange.answer(exchange,
				SignInFailures.answer(SignInAttempt.of(exchange.getAttribute(SignInAttempt.ATTRIBUTE)), exception,
						ReactiveExchange.wantsJson(exchange.getRequest()), this.pages, this.mfaPage));
	}

}
