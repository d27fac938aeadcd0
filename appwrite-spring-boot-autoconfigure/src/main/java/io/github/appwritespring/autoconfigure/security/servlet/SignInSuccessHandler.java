package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.autoconfigure.security.internal.Answer;
import io.github.appwritespring.autoconfigure.security.internal.SavedRequestTargets;
import io.github.appwritespring.autoconfigure.security.internal.SecurityJson;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;

/**
 * The default answer to a successful sign-in, sign-up or OAuth2 completion, once the
 * browser is signed in: JSON clients get {@code 200 {"user": ...}}; browsers are
 * redirected to the requested target, the saved request or the success URL; the OAuth2,
 * magic-link and team invitation links answer a same-site bounce page.
 */
final class SignInSuccessHandler implements AuthenticationSuccessHandler {

	private final RequestCache requestCache;

	private final SignInPages pages;

	SignInSuccessHandler(RequestCache requestCache, SignInPages pages) {
		this.requestCache = requestCache;
		this.pages = pages;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		SignInAttempt attempt = SignInAttempt.of(request.getAttribute(SignInAttempt.ATTRIBUTE));
		if (attempt.flow().bounces()) {
			String target = (attempt.redirect() != null) ? attempt.redirect() : this.pages.successUrl();
			ServletExchange.answer(request, response, Answer.bounce(target));
			return;
		}
		if (attempt.flow() == SignInAttempt.Flow.PASSKEY) {
			// the page's script follows the target itself, as Spring Security's own does
			String target = this.pages.afterSignIn(attempt.redirect(), savedRequest(request, response));
			ServletExchange.json(response, 200, SecurityJson
				.object(Map.of("authenticated", true, "redirectUrl", request.getContextPath() + target)));
			return;
		}
		if (ServletExchange.wantsJson(request) && authentication.getPrincipal() instanceof AppwriteUser user) {
			ServletExchange.answer(request, response, Answer.json(200, SecurityJson.user(user)));
			return;
		}
		ServletExchange.redirect(request, response,
				this.pages.afterSignIn(attempt.redirect(), savedRequest(request, response)));
	}

	/** The saved request's path within the application, if safe; it is used up. */
	private @Nullable String savedRequest(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = this.requestCache.getRequest(request, response);
		if (saved == null) {
			return null;
		}
		this.requestCache.removeRequest(request, response);
		return SavedRequestTargets.pathWithinApplication(saved.getRedirectUrl(), request.getServerName(),
				request.getContextPath());
	}

}
