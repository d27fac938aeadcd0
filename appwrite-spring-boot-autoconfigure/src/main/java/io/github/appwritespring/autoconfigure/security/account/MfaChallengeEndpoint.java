package io.github.appwritespring.autoconfigure.security.account;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.internal.MfaChallengeCookie;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;
import io.github.appwritespring.client.model.AuthenticationFactor;

/**
 * {@code POST {mfa}/challenge} ({@code factor}: {@code totp}, {@code email},
 * {@code phone} or {@code recoverycode}): starts an MFA challenge through the browser's
 * session (limited at sign-in, or signed in and confirming a sensitive change) and binds
 * it to the browser in a short-lived HttpOnly cookie; Appwrite emails or texts the code
 * for {@code email} and {@code phone}. A browser goes back to the MFA page with
 * {@code notice=challenge_<factor>} (its target kept), a JSON client gets
 * {@code {"challengeId": ..., "factor": ...}}. Emailed and texted codes are capped per
 * client address and per account like other emails; Appwrite also limits challenges per
 * user, since they are made through the session rather than with the API key.
 */
final class MfaChallengeEndpoint extends BaseEndpoint {

	private final MfaCalls calls;

	private final LoginThrottle throttle;

	private final MfaChallengeCookie challengeCookie;

	MfaChallengeEndpoint(String path, MfaCalls calls, LoginThrottle throttle, MfaChallengeCookie challengeCookie) {
		super("POST", path, Access.ANYONE);
		this.calls = calls;
		this.throttle = throttle;
		this.challengeCookie = challengeCookie;
	}

	@Override
	public Mono<AccountAnswer> handle(AccountRequest request) {
		String page = this.calls.mfaPage(request);
		String secret = request.sessionSecret();
		if (secret == null) {
			return Mono.just(AccountAnswer.failed(request, this.calls.loginPage(), AccountProblem.SIGN_IN_REQUIRED));
		}
		AuthenticationFactor factor = factor(request.field("factor"));
		if (factor == null) {
			return Mono.just(AccountAnswer.failed(request, page, AccountProblem.FACTOR));
		}
		String userId = AppwriteSessionCookie.userId(secret);
		boolean sends = factor == AuthenticationFactor.EMAIL || factor == AuthenticationFactor.PHONE;
		Mono<Duration> cap = (sends && userId != null)
				? this.throttle.email(request.details().clientAddress(), "mfa:" + userId) : Mono.just(Duration.ZERO);
		return cap.flatMap((wait) -> {
			if (!wait.isZero()) {
				return Mono.just(AccountAnswer.throttled(request, page, wait));
			}
			return this.calls.account(secret, request).createMFAChallenge(factor).map((challenge) -> {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("challengeId", challenge.id());
				json.put("factor", factor.value());
				return AccountAnswer.done(request, page, "challenge_" + factor.value(), json)
					.withCookie(this.challengeCookie.set(challenge.id(), MfaCalls.contextPath(request)));
			}).onErrorResume((ex) -> this.calls.refused(request, page, ex));
		});
	}

	/** The factor as Appwrite spells it; {@code recoveryCode} is sent in lower case. */
	private static @Nullable AuthenticationFactor factor(@Nullable String field) {
		if (field == null) {
			return null;
		}
		String value = field.toLowerCase(Locale.ROOT);
		for (AuthenticationFactor factor : AuthenticationFactor.values()) {
			if (factor.value().equals(value)) {
				return factor;
			}
		}
		return null;
	}

}
