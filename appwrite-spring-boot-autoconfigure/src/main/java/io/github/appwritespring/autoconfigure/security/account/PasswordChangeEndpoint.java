package io.github.appwritespring.autoconfigure.security.account;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.autoconfigure.security.internal.OtherSessions;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;
import io.github.appwritespring.client.AppwriteClient;

/**
 * {@code POST /auth/password} (signed in; {@code currentPassword}, {@code password},
 * {@code passwordConfirmation}): changes the password through the user's session,
 * throttled like a sign-in ({@link PasswordConfirmedEndpoint}), then ends the user's
 * other sessions and keeps this one (Appwrite does so itself when the project's
 * {@code invalidateSessions} is on, its default). The browser goes back to the
 * {@code redirect} field's page, else the success URL, with
 * {@code notice=password_changed} or {@code error=}<em>code</em>. A user without a
 * password yet (signed up by a link or an invitation) leaves {@code currentPassword} out.
 */
final class PasswordChangeEndpoint extends PasswordConfirmedEndpoint {

	private static final Log logger = LogFactory.getLog(PasswordChangeEndpoint.class);

	PasswordChangeEndpoint(String path, AppwriteClient admin, LoginThrottle throttle, AppwriteSessionResolver resolver,
			SignInPages signInPages) {
		super(path, admin, throttle, resolver, signInPages);
	}

	@Override
	Mono<AccountAnswer> change(AccountRequest request, String page, AppwriteAuthenticationToken user, String secret) {
		String current = request.secretField("currentPassword");
		String password = request.secretField("password");
		String confirmation = request.secretField("passwordConfirmation");
		if (password == null) {
			return Mono.just(AccountAnswer.failed(request, page, AccountProblem.MISSING));
		}
		if (confirmation != null && !confirmation.equals(password)) {
			return Mono.just(AccountAnswer.failed(request, page, AccountProblem.PASSWORD_MISMATCH));
		}
		String userId = user.getName();
		return attempt(request, page, user,
				() -> asUser(admin(), request, secret).account()
					.updatePassword(password, current)
					.then(endOthers(request, secret, userId))
					.thenReturn(AccountAnswer.done(request, page, "password_changed", Map.of("changed", true))))
			.onErrorResume(
					(ex) -> AppwriteAnswers.isRefusal(ex, "general_argument_invalid", "password_recently_used",
							"password_personal_data"),
					(ex) -> Mono.just(AccountAnswer.failed(request, page, AccountProblem.PASSWORD)));
	}

	/**
	 * Ends the other sessions. The password is already changed when this runs: a failure
	 * here is logged rather than answered, since the change cannot be taken back.
	 */
	private Mono<Void> endOthers(AccountRequest request, String secret, String userId) {
		return OtherSessions.end(admin(), secret, request.details().userAgent()).onErrorResume((ex) -> {
			logger.warn("The password of user " + userId + " was changed, but their other sessions could not be "
					+ "ended (" + AppwriteAnswers.describe(ex) + "); they end when they expire or are deleted");
			return Mono.empty();
		}).then(Mono.fromRunnable(() -> resolver().forgetUser(userId)));
	}

}
