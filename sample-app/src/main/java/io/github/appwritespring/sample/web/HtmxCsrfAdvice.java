package io.github.appwritespring.sample.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The CSRF token as htmx sends it: the starter's chain takes the raw token in the
 * {@code X-XSRF-TOKEN} header (the {@code _csrf} form field holds a masked one), so the
 * layout renders it into a meta tag and the htmx parts send it with {@code hx-headers}.
 * The same raw token is in the {@code XSRF-TOKEN} cookie, which a script may read
 * instead.
 */
@ControllerAdvice
public class HtmxCsrfAdvice {

	/**
	 * Returns the raw CSRF token for the {@code X-XSRF-TOKEN} header, or {@code null}
	 * outside the security chain.
	 * @param request the request
	 * @return the raw token, or {@code null}
	 */
	@ModelAttribute("csrfHeaderToken")
	public @Nullable String csrfHeaderToken(HttpServletRequest request) {
		Object deferred = request.getAttribute(DeferredCsrfToken.class.getName());
		if (deferred instanceof DeferredCsrfToken token) {
			CsrfToken csrf = token.get();
			return csrf.getToken();
		}
		return null;
	}

}
