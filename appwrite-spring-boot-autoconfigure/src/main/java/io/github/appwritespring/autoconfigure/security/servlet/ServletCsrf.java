package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.util.matcher.RequestMatcher;

import io.github.appwritespring.autoconfigure.security.internal.CsrfCookie;
import io.github.appwritespring.autoconfigure.security.internal.SecurityJson;

/**
 * CSRF protection without an HTTP session: Spring Security's cookie token repository
 * ({@code XSRF-TOKEN}, readable by the page's JavaScript, {@code Secure} and
 * {@code SameSite=Strict}), its form field {@code _csrf} and header {@code X-XSRF-TOKEN}.
 * The token is renewed whenever a user signs in or out.
 */
final class ServletCsrf {

	private final CookieCsrfTokenRepository repository;

	private final RequestMatcher stateless;

	/**
	 * Creates the CSRF protection.
	 * @param secure whether the cookie is {@code Secure}
	 * @param stateless the requests that never get a token cookie (the JWT paths, where
	 * no cookie is read or set)
	 */
	ServletCsrf(boolean secure, RequestMatcher stateless) {
		this.repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		this.repository.setCookieCustomizer(CsrfCookie.attributes(secure));
		this.stateless = stateless;
	}

	CsrfTokenRepository repository() {
		return new CsrfTokenRepository() {

			@Override
			public CsrfToken generateToken(HttpServletRequest request) {
				return ServletCsrf.this.repository.generateToken(request);
			}

			@Override
			public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
				if (!ServletCsrf.this.stateless.matches(request)) {
					ServletCsrf.this.repository.saveToken(token, request, response);
				}
			}

			@Override
			public @Nullable CsrfToken loadToken(HttpServletRequest request) {
				return ServletCsrf.this.repository.loadToken(request);
			}

		};
	}

	/**
	 * After a sign-in or sign-out: a new token, so one learnt before cannot be used
	 * after.
	 */
	void renew(HttpServletRequest request, HttpServletResponse response) {
		new CsrfAuthenticationStrategy(this.repository).onAuthentication(null, request, response);
	}

	/**
	 * Returns the JSON answer of the CSRF endpoint: the raw token (for the header) and
	 * the names to send it under.
	 * @param request a request that passed Spring Security's CSRF filter
	 * @return the JSON answer of the CSRF endpoint: the raw token (for the header) and
	 * the names to send it under
	 */
	static byte @Nullable [] tokenJson(HttpServletRequest request) throws IOException {
		Object deferred = request.getAttribute(DeferredCsrfToken.class.getName());
		if (!(deferred instanceof DeferredCsrfToken token)) {
			return null;
		}
		CsrfToken csrf = token.get();
		return SecurityJson.csrfToken(csrf.getToken(), csrf.getHeaderName(), csrf.getParameterName());
	}

}
