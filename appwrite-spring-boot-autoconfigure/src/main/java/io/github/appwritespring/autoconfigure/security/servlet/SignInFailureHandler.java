package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt;
import io.github.appwritespring.autoconfigure.security.internal.SignInFailures;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;

/**
 * The default answer to a failed sign-in, sign-up or OAuth2 completion, as
 * {@link SignInFailures} decides it.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

	private final SignInPages pages;

	private final @Nullable String mfaPage;

	SignInFailureHandler(SignInPages pages, @Nullable String mfaPage) {
		this.pages = pages;
		this.mfaPage = mfaPage;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		ServletExchange.answer(request, response,
				SignInFailures.answer(SignInAttempt.of(request.getAttribute(SignInAttempt.ATTRIBUTE)), exception,
						ServletExchange.wantsJson(request), this.pages, this.mfaPage));
	}

}
