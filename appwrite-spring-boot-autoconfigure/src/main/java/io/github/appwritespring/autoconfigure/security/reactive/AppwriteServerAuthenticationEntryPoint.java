package io.github.appwritespring.autoconfigure.security.reactive;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.internal.Answer;
import io.github.appwritespring.autoconfigure.security.internal.AppwriteJwts;
import io.github.appwritespring.autoconfigure.security.internal.LimitedSessions;

/**
 * What a request that needs a signed-in user gets without one: a page navigation is
 * redirected to the sign-in page (a {@code GET} is saved first, to come back to it); a
 * JSON client, a script's call or a request for an image, style sheet or icon gets 401
 * with a JSON error; a request on a JWT path ({@code appwrite.security.jwt.paths}) gets
 * 401 with {@code WWW-Authenticate: Bearer}; htmx gets {@code HX-Redirect} to the sign-in
 * page.
 *
 * @since 0.1.0
 */
public class AppwriteServerAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

	private final RedirectServerAuthenticationEntryPoint loginPage;

	private final @Nullable RedirectServerAuthenticationEntryPoint mfaPage;

	private final String loginPagePath;

	private final @Nullable String mfaPagePath;

	/**
	 * Creates a new {@code AppwriteServerAuthenticationEntryPoint}.
	 * @param loginPage the sign-in page
	 * @param requestCache where the request is saved
	 */
	public AppwriteServerAuthenticationEntryPoint(String loginPage, ServerRequestCache requestCache) {
		this(loginPage, null, requestCache);
	}

	/**
	 * Creates a new {@code AppwriteServerAuthenticationEntryPoint} that sends a browser
	 * whose session waits for its second factor to the MFA page.
	 * @param loginPage the sign-in page
	 * @param mfaPage the MFA page, or {@code null} when second factors are off
	 * @param requestCache where the request is saved
	 */
	public AppwriteServerAuthenticationEntryPoint(String loginPage, @Nullable String mfaPage,
			ServerRequestCache requestCache) {
		this.loginPagePath = loginPage;
		this.mfaPagePath = mfaPage;
		this.loginPage = new RedirectServerAuthenticationEntryPoint(loginPage);
		this.loginPage.setRequestCache(requestCache);
		if (mfaPage != null) {
			this.mfaPage = new RedirectServerAuthenticationEntryPoint(mfaPage);
			this.mfaPage.setRequestCache(requestCache);
		}
		else {
			this.mfaPage = null;
		}
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		if (exchange.getAttribute(AppwriteJwts.ATTRIBUTE) != null) {
			return ReactiveExchange.answer(exchange, AppwriteJwts.tokenRequired());
		}
		boolean limited = LimitedSessions.isLimited(exchange.getAttribute(LimitedSessions.ATTRIBUTE));
		Answer answer = ReactiveExchange.browserRequest(exchange.getRequest())
			.withoutUser(this.loginPagePath, this.mfaPagePath, limited);
		if (answer != null) {
			return ReactiveExchange.answer(exchange, answer);
		}
		RedirectServerAuthenticationEntryPoint mfa = this.mfaPage;
		if (mfa != null && limited) {
			return mfa.commence(exchange, ex);
		}
		return this.loginPage.commence(exchange, ex);
	}

}
