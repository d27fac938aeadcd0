package io.github.appwritespring.autoconfigure.security.servlet;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.util.ClassUtils;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyChallenges;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyRelyingParty;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;

/**
 * The parts of a servlet chain's passkey support, made only when
 * {@code appwrite.security.passkeys.enabled} is on and Spring Security's WebAuthn module
 * is on the class path (so that nothing here is loaded otherwise).
 */
final class PasskeyEndpoints {

	private static final String WEBAUTHN = "org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations";

	private final ApplicationContext context;

	private final AppwriteSecurityProperties.Passkeys settings;

	private final PasskeyChallengeCookies cookies;

	private PasskeyEndpoints(ApplicationContext context, AppwriteSecurityProperties.Passkeys settings, boolean secure) {
		this.context = context;
		this.settings = settings;
		this.cookies = new PasskeyChallengeCookies(context.getBean(PasskeyChallenges.class),
				settings.getChallengeCookieName(), secure);
	}

	/**
	 * Returns the passkey support of a chain, or {@code null} when passkeys are off.
	 * @throws IllegalStateException when passkeys are on without Spring Security's
	 * WebAuthn module
	 */
	static @Nullable PasskeyEndpoints of(ApplicationContext context, AppwriteSecurityProperties properties,
			boolean secure) {
		if (!properties.getPasskeys().isEnabled()) {
			return null;
		}
		if (!ClassUtils.isPresent(WEBAUTHN, PasskeyEndpoints.class.getClassLoader())) {
			throw new IllegalStateException("appwrite.security.passkeys.enabled needs "
					+ "org.springframework.security:spring-security-webauthn on the class path");
		}
		return new PasskeyEndpoints(context, properties.getPasskeys(), secure);
	}

	AuthenticationProvider provider(AppwriteAuthenticator authenticator) {
		return new AppwritePasskeyAuthenticationProvider(authenticator, this.context.getBean(LoginThrottle.class),
				this.settings.getChallengeLifetime());
	}

	AppwritePasskeySignInFilter signInFilter(AuthenticationManager authenticationManager, ServletSignIns signIns,
			String redirectParameter) {
		return new AppwritePasskeySignInFilter(authenticationManager, signIns, this.cookies,
				this.context.getBean(PasskeyRelyingParty.class), redirectParameter);
	}

	AppwritePasskeyFilter endpointsFilter(SecurityContextHolderStrategy contextHolder, SignInPages pages) {
		return new AppwritePasskeyFilter(this.context.getBean(PasskeyRelyingParty.class), this.cookies,
				this.context.getBean(UserCredentialRepository.class),
				this.context.getBean(PublicKeyCredentialUserEntityRepository.class), contextHolder, pages.loginPage(),
				pages.redirectParameter());
	}

}
