package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

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
public class AppwriteAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final LoginUrlAuthenticationEntryPoint loginPage;

	private final @Nullable LoginUrlAuthenticationEntryPoint mfaPage;

	/**
	 * Creates a new {@code AppwriteAuthenticationEntryPoint}.
	 * @param loginPage the sign-in page
	 */
	public AppwriteAuthenticationEntryPoint(String loginPage) {
		this(loginPage, null);
	}

	/**
	 * Creates a new {@code AppwriteAuthenticationEntryPoint} that sends a browser whose
	 * session waits for its second factor to the MFA page.
	 * @param loginPage the sign-in page
	 * @param mfaPage the MFA page, or {@code null} when second factors are off
	 */
	public AppwriteAuthenticationEntryPoint(String loginPage, @Nullable String mfaPage) {
		this.loginPage = new LoginUrlAuthenticationEntryPoint(loginPage);
		this.mfaPage = (mfaPage != null) ? new LoginUrlAuthenticationEntryPoint(mfaPage) : null;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException, ServletException {
		if (request.getAttribute(AppwriteJwts.ATTRIBUTE) != null) {
			ServletExchange.answer(request, response, AppwriteJwts.tokenRequired());
			return;
		}
		boolean limited = LimitedSessions.isLimited(request.getAttribute(LimitedSessions.ATTRIBUTE));
		Answer answer = ServletExchange.browserRequest(request)
			.withoutUser(this.loginPage.getLoginFormUrl(),
					(this.mfaPage != null) ? this.mfaPage.getLoginFormUrl() : null, limited);
		if (answer != null) {
			ServletExchange.answer(request, response, answer);
			return;
		}
		LoginUrlAuthenticationEntryPoint mfa = this.mfaPage;
		if (mfa != null && limited) {
			mfa.commence(request, response, authException);
			return;
		}
		this.loginPage.commence(request, response, authException);
	}

}
