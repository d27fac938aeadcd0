package io.github.appwritespring.autoconfigure.security.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt;

/**
 * The security context of a servlet request, kept nowhere but in the Appwrite session
 * cookie (no HTTP session). Within a request it lives in a request attribute;
 * {@link AppwriteSessionFilter} resolves the cookie to it. Saving a context with an
 * {@link AppwriteAuthenticationToken} whose session is not the browser's cookie signs the
 * browser in with it (the session cookie, a new CSRF token, the previous session ended);
 * saving an empty context signs the browser out (the cookie expired). So any
 * authentication filter of the chain (the integration's endpoints, or Spring Security's
 * {@code formLogin()} with the integration's provider) leaves the new Appwrite session in
 * the browser's cookie, never orphaned.
 *
 * @since 0.1.0
 */
public final class AppwriteSecurityContextRepository implements SecurityContextRepository {

	private static final String SIGNED_IN = AppwriteSecurityContextRepository.class.getName() + ".signedIn";

	private final RequestAttributeSecurityContextRepository request = new RequestAttributeSecurityContextRepository();

	private final ServletSignIns signIns;

	AppwriteSecurityContextRepository(ServletSignIns signIns) {
		this.signIns = signIns;
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		return this.request.loadDeferredContext(request);
	}

	@Override
	@Deprecated
	@SuppressWarnings("deprecation")
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return this.request.loadContext(holder);
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		this.request.saveContext(context, request, response);
		Authentication authentication = context.getAuthentication();
		if (authentication instanceof AppwriteAuthenticationToken token && isNewSession(token, request)) {
			request.setAttribute(SIGNED_IN, token.getSessionSecret());
			this.signIns.signedIn(request, response, token);
		}
		else if (authentication == null) {
			request.removeAttribute(SIGNED_IN);
			this.signIns.signedOut(request, response);
		}
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return this.request.containsContext(request);
	}

	/**
	 * Whether the token's session is neither the one the browser sent nor the one it was
	 * signed in with earlier in this request, or is the browser's session that just
	 * completed a second factor (it was limited, or is freshly confirmed).
	 */
	private boolean isNewSession(AppwriteAuthenticationToken token, HttpServletRequest request) {
		String secret = token.getSessionSecret();
		return secret != null && !secret.equals(request.getAttribute(SIGNED_IN))
				&& (SignInAttempt.completesSecondFactor(request.getAttribute(SignInAttempt.ATTRIBUTE))
						|| !secret.equals(this.signIns.sessionCookie()
							.read(ServletExchange.cookies(request, this.signIns.sessionCookie().name()))));
	}

}
