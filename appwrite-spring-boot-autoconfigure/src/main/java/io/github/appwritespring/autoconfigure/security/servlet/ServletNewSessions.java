package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.internal.NewSessions;

/**
 * What the servlet authentication providers share: they block on the
 * {@link AppwriteAuthenticator}, and record the session they made in the current
 * request's {@link NewSessions} (found through Spring's {@link RequestContextHolder}), so
 * that the integration's chain deletes it at the end of the request unless the browser
 * was signed in with it. Outside a request of that chain, the caller holds the session.
 */
final class ServletNewSessions {

	private ServletNewSessions() {
	}

	static AppwriteAuthenticationToken authenticate(AppwriteAuthenticator authenticator, Authentication request) {
		return signedIn(authenticator.authenticate(request));
	}

	static AppwriteAuthenticationToken signedIn(Mono<AppwriteAuthenticationToken> signIn) {
		AppwriteAuthenticationToken signedIn = signIn.block();
		if (signedIn == null) {
			throw new IllegalStateException("Appwrite sign-in completed without a user");
		}
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		NewSessions sessions = (attributes != null)
				? NewSessions.of(attributes.getAttribute(NewSessions.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST))
				: null;
		if (sessions != null) {
			sessions.made(signedIn);
		}
		return signedIn;
	}

}
