package io.github.appwritespring.autoconfigure.security.account;

import java.util.function.Supplier;

import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;

/**
 * A change a signed-in user confirms with their current password (the password itself,
 * the email), throttled like a sign-in: the attempt is counted against the account and
 * the client address before Appwrite is asked, kept when the password was wrong, given
 * back otherwise. Whoever holds a stolen session cannot guess the password through these
 * endpoints faster than through the sign-in, whose counts they share.
 */
final class PasswordConfirmedChange {

	private final LoginThrottle throttle;

	PasswordConfirmedChange(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	/**
	 * Runs the change inside a throttle reservation.
	 * @param request the request
	 * @param page the page the form is on
	 * @param account the account the password is for (the user's current email)
	 * @param change the Appwrite call and its answer when it succeeds
	 * @return the answer: {@link AccountProblem#CURRENT_PASSWORD} when Appwrite said the
	 * password is wrong, a throttled answer when the account or address has to wait, else
	 * the change's answer or failure
	 */
	Mono<AccountAnswer> attempt(AccountRequest request, String page, String account,
			Supplier<Mono<AccountAnswer>> change) {
		// by the account itself, never a trusted device: the device cookie proves a
		// browser signed in before, which whoever holds the session has done
		return this.throttle.reserve(request.details().clientAddress(), account, null).flatMap((reservation) -> {
			if (reservation.refused()) {
				return Mono.just(AccountAnswer.throttled(request, page, reservation.retryAfter()));
			}
			return Mono.defer(change)
				.flatMap((answer) -> this.throttle.succeeded(reservation).thenReturn(answer))
				// the failure counted stays counted
				.onErrorResume((ex) -> AppwriteAnswers.isRefusal(ex, "user_invalid_credentials"),
						(ex) -> Mono.just(AccountAnswer.failed(request, page, AccountProblem.CURRENT_PASSWORD)))
				.onErrorResume((ex) -> this.throttle.released(reservation).then(Mono.error(ex)));
		});
	}

}
