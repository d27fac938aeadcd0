package io.github.appwritespring.autoconfigure.security.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.passkeys.AppwriteUserEntityRepository;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyChallenges;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyChallenges.Ceremony;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyRelyingParty;

/**
 * The short-lived cookies that carry started passkey ceremonies (a sign-in, a
 * registration) from their options request to their completion, instead of an HTTP
 * session: HttpOnly, SameSite=Strict, signed by {@link PasskeyChallenges}, and expired as
 * soon as the ceremony is completed or fails.
 */
final class PasskeyChallengeCookies {

	private final PasskeyChallenges challenges;

	private final String name;

	private final boolean secure;

	PasskeyChallengeCookies(PasskeyChallenges challenges, String name, boolean secure) {
		this.challenges = challenges;
		this.name = name;
		this.secure = secure;
	}

	PasskeyChallenges challenges() {
		return this.challenges;
	}

	void started(HttpServletRequest request, HttpServletResponse response, Ceremony ceremony, String value) {
		ServletExchange.addCookie(response,
				cookie(request, ceremony, value).maxAge(this.challenges.lifetime()).build());
	}

	/** The ceremony the browser started, used up: its cookie is expired. */
	PasskeyChallenges.@Nullable Started taken(HttpServletRequest request, HttpServletResponse response,
			Ceremony ceremony) {
		PasskeyChallenges.Started started = this.challenges.open(ceremony,
				ServletExchange.cookie(request, name(ceremony)));
		ended(request, response, ceremony);
		return started;
	}

	void ended(HttpServletRequest request, HttpServletResponse response, Ceremony ceremony) {
		if (ServletExchange.cookie(request, name(ceremony)) != null) {
			ServletExchange.addCookie(response, cookie(request, ceremony, "").maxAge(0).build());
		}
	}

	private ResponseCookie.ResponseCookieBuilder cookie(HttpServletRequest request, Ceremony ceremony, String value) {
		String path = request.getContextPath();
		return ResponseCookie.from(name(ceremony), value)
			.httpOnly(true)
			.secure(this.secure)
			.sameSite("Strict")
			.path(path.isEmpty() ? "/" : path);
	}

	private String name(Ceremony ceremony) {
		return (ceremony == Ceremony.AUTHENTICATION) ? this.name : this.name + "_registration";
	}

	/** Where Spring Security's sign-in options filter keeps the challenge it makes. */
	PublicKeyCredentialRequestOptionsRepository signIns() {
		return new PublicKeyCredentialRequestOptionsRepository() {

			@Override
			public void save(HttpServletRequest request, HttpServletResponse response,
					@Nullable PublicKeyCredentialRequestOptions options) {
				if (options == null) {
					ended(request, response, Ceremony.AUTHENTICATION);
					return;
				}
				started(request, response, Ceremony.AUTHENTICATION, PasskeyChallengeCookies.this.challenges
					.seal(Ceremony.AUTHENTICATION, options.getChallenge(), null));
			}

			@Override
			public @Nullable PublicKeyCredentialRequestOptions load(HttpServletRequest request) {
				// the sign-in filter reads its cookie itself
				return null;
			}

		};
	}

	/**
	 * Where Spring Security's registration filters keep a registration's challenge, bound
	 * to the signed-in user it registers a passkey for: it completes only for that user.
	 */
	PublicKeyCredentialCreationOptionsRepository registrations(PasskeyRelyingParty.Party party, String rpName,
			SecurityContextHolderStrategy contextHolder) {
		return new PublicKeyCredentialCreationOptionsRepository() {

			@Override
			public void save(HttpServletRequest request, HttpServletResponse response,
					@Nullable PublicKeyCredentialCreationOptions options) {
				if (options == null) {
					ended(request, response, Ceremony.REGISTRATION);
					return;
				}
				String userId = AppwriteUserEntityRepository.userId(options.getUser().getId());
				started(request, response, Ceremony.REGISTRATION, PasskeyChallengeCookies.this.challenges
					.seal(Ceremony.REGISTRATION, options.getChallenge(), userId));
			}

			@Override
			public @Nullable PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
				PasskeyChallenges.Started started = PasskeyChallengeCookies.this.challenges.open(Ceremony.REGISTRATION,
						ServletExchange.cookie(request, name(Ceremony.REGISTRATION)));
				Authentication user = contextHolder.getContext().getAuthentication();
				if (started == null || started.userId() == null || !(user instanceof AppwriteAuthenticationToken)
						|| !started.userId().equals(user.getName())) {
					return null;
				}
				return party.creationOptions(started.challenge(), started.userId(), rpName,
						PasskeyChallengeCookies.this.challenges.lifetime());
			}

		};
	}

}
