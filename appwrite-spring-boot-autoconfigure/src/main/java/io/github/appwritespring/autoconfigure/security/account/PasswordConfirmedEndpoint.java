package io.github.appwritespring.autoconfigure.security.account;

import java.util.function.Supplier;

import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;
import io.github.appwritespring.client.AppwriteClient;

/**
 * A change a signed-in user confirms with their current password (the password itself,
 * the email), posted from a page of the application (the {@code redirect} field's, else
 * the success URL, where the answer sends the browser back). It is throttled like a
 * sign-in: the attempt is counted against the account and the client address before
 * Appwrite is asked, kept when the password was wrong, given back otherwise. Whoever
 * holds a stolen session cannot guess the password through these endpoints faster than
 * through the sign-in, whose counts they share.
 */
abstract class PasswordConfirmedEndpoint extends SignedInEndpoint {

	private final AppwriteClient admin;

	private final LoginThrottle throttle;

	private final AppwriteSessionResolver resolver;

	private final SignInPages signInPages;

	PasswordConfirmedEndpoint(String path, AppwriteClient admin, LoginThrottle throttle,
			AppwriteSessionResolver resolver, SignInPages signInPages) {
		super(path);
		this.admin = admin;
		this.throttle = throttle;
		this.resolver = resolver;
		this.signInPages = signInPages;
	}

	@Override
	public final Mono<AccountAnswer> handle(AccountRequest request) {
		String page = formPage(request, this.signInPages);
		AppwriteAuthenticationToken user = request.user();
		String secret = sessionSecret(request);
		if (user == null || secret == null) {
			return Mono.just(AccountAnswer.failed(request, page, AccountProblem.SIGN_IN_REQUIRED));
		}
		return answered(change(request, page, user, secret), request, page);
	}

	/**
	 * Checks the fields and makes the change, through {@link #attempt}.
	 * @param request the request
	 * @param page the page the form is on
	 * @param user the signed-in user
	 * @param secret the user's session secret
	 * @return the answer, or Appwrite's failure
	 */
	abstract Mono<AccountAnswer> change(AccountRequest request, String page, AppwriteAuthenticationToken user,
			String secret);

	/**
	 * Runs the change inside a throttle reservation.
	 * @param request the request
	 * @param page the page the form is on
	 * @param user the signed-in user, whose current email the attempt counts against
	 * @param change the Appwrite call and its answer when it succeeds
	 * @return the answer: {@link AccountProblem#CURRENT_PASSWORD} when Appwrite said the
	 * password is wrong, a throttled answer when the account or address has to wait, else
	 * the change's answer or failure
	 */
	final Mono<AccountAnswer> attempt(AccountRequest request, String page, AppwriteAuthenticationToken user,
			Supplier<Mono<AccountAnswer>> change) {
		// by the account itself, never a trusted device: the device cookie proves a
		// browser signed in before, which whoever holds the session has done
		return this.throttle.reserve(request.details().clientAddress(), user.getPrincipal().getEmail(), null)
			.flatMap((reservation) -> {
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

	final AppwriteClient admin() {
		return this.admin;
	}

	final AppwriteSessionResolver resolver() {
		return this.resolver;
	}

}
