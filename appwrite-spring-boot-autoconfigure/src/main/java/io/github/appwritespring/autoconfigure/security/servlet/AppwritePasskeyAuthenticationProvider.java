package io.github.appwritespring.autoconfigure.security.servlet;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInDetails;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.AppwriteUnavailableException;
import io.github.appwritespring.autoconfigure.security.passkeys.AppwriteUserEntityRepository;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyCounterException;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyRelyingParty;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;

/**
 * Signs in with a passkey: Spring Security's relying party checks the assertion (its
 * signature, origin, relying party, challenge, and the passkey's signature counter) and
 * names the passkey's Appwrite user, whom {@link AppwriteAuthenticator} then signs in to
 * a new Appwrite session. A ceremony's challenge is used once, across instances, and a
 * refused assertion counts against the client address as a wrong password does. Nothing
 * of the assertion or the passkey is logged.
 */
final class AppwritePasskeyAuthenticationProvider implements AuthenticationProvider {

	private static final Log logger = LogFactory.getLog(AppwritePasskeyAuthenticationProvider.class);

	private final AppwriteAuthenticator authenticator;

	private final LoginThrottle throttle;

	private final Duration lifetime;

	AppwritePasskeyAuthenticationProvider(AppwriteAuthenticator authenticator, LoginThrottle throttle,
			Duration lifetime) {
		this.authenticator = authenticator;
		this.throttle = throttle;
		this.lifetime = lifetime;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		PasskeyAssertionToken assertion = (PasskeyAssertionToken) authentication;
		AppwriteSignInDetails details = (assertion.getDetails() instanceof AppwriteSignInDetails browser) ? browser
				: AppwriteSignInDetails.NONE;
		RelyingPartyAuthenticationRequest request = assertion.assertion();
		Mono<String> verified = (request != null) ? this.throttle
			.firstUse("passkey:" + request.getRequestOptions().getChallenge().toBase64UrlString(), this.lifetime)
			.flatMap((first) -> first ? Mono.fromCallable(() -> verify(request, assertion.party()))
					: Mono.error(new AppwriteSignInException(Reason.PASSKEY)))
				: Mono.error(new AppwriteSignInException(Reason.PASSKEY));
		return ServletNewSessions.signedIn(this.authenticator.signInWithPasskey(verified, details));
	}

	private static String verify(RelyingPartyAuthenticationRequest request, PasskeyRelyingParty.Party party) {
		PublicKeyCredentialUserEntity user;
		try {
			user = party.operations().authenticate(request);
		}
		catch (PasskeyCounterException ex) {
			logger.warn("Refused a passkey whose signature counter did not grow: a replayed assertion or a cloned "
					+ "authenticator");
			throw new AppwriteSignInException(Reason.PASSKEY);
		}
		catch (RuntimeException ex) {
			if (AppwriteUnavailableException.isUnavailability(ex)) {
				throw ex;
			}
			if (logger.isDebugEnabled()) {
				logger.debug("Refused a passkey assertion (" + ex.getClass().getName() + ")");
			}
			throw new AppwriteSignInException(Reason.PASSKEY);
		}
		return AppwriteUserEntityRepository.userId(user.getId());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return PasskeyAssertionToken.class.isAssignableFrom(authentication);
	}

}
