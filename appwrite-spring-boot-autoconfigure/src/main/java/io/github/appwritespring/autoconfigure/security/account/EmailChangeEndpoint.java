package io.github.appwritespring.autoconfigure.security.account;

import java.util.Map;

import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;
import io.github.appwritespring.client.AppwriteClient;

/**
 * {@code POST /auth/email} (signed in; {@code email}, {@code password}): changes the
 * email through the user's session, confirmed with the password and throttled like a
 * sign-in ({@link PasswordConfirmedEndpoint}). Appwrite marks the new email unverified;
 * the user's cached sessions are forgotten, so the next request's principal says so. The
 * browser goes back to the {@code redirect} field's page, else the success URL, with
 * {@code notice=email_changed} or {@code error=}<em>code</em> ({@code exists} when
 * another account has the email).
 */
final class EmailChangeEndpoint extends PasswordConfirmedEndpoint {

	EmailChangeEndpoint(String path, AppwriteClient admin, LoginThrottle throttle, AppwriteSessionResolver resolver,
			SignInPages signInPages) {
		super(path, admin, throttle, resolver, signInPages);
	}

	@Override
	Mono<AccountAnswer> change(AccountRequest request, String page, AppwriteAuthenticationToken user, String secret) {
		String email = request.field("email");
		String password = request.secretField("password");
		if (!EmailAddresses.isPlausible(email)) {
			return Mono.just(AccountAnswer.failed(request, page, AccountProblem.EMAIL));
		}
		if (password == null) {
			return Mono.just(AccountAnswer.failed(request, page, AccountProblem.MISSING));
		}
		String userId = user.getName();
		return attempt(request, page, user,
				() -> asUser(admin(), request, secret).account()
					.updateEmail(email, password)
					.doOnSuccess((changed) -> resolver().forgetUser(userId))
					.thenReturn(AccountAnswer.done(request, page, "email_changed",
							Map.of("changed", true, "emailVerification", false))))
			.onErrorResume(
					(ex) -> AppwriteAnswers.isRefusal(ex, "user_email_already_exists", "user_target_already_exists"),
					(ex) -> Mono.just(AccountAnswer.failed(request, page, AccountProblem.EXISTS)))
			.onErrorResume((ex) -> AppwriteAnswers.isRefusal(ex, "general_argument_invalid"),
					(ex) -> Mono.just(AccountAnswer.failed(request, page, AccountProblem.EMAIL)));
	}

}
