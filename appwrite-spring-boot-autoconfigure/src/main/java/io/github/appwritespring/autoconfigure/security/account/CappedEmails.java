package io.github.appwritespring.autoconfigure.security.account;

import java.util.function.Function;

import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;

/**
 * What every endpoint that has Appwrite email someone checks first: the {@code email}
 * field is a plausible address, and the client address and the recipient each have an
 * email left for the hour.
 */
final class CappedEmails {

	private CappedEmails() {
	}

	/**
	 * Sends when the request's {@code email} is plausible and within the caps.
	 * @param throttle the throttle that holds the caps
	 * @param request the request
	 * @param form the page the form is on, for the failures
	 * @param send asks Appwrite to send to the address
	 * @return the answer: {@code send}'s, or a bad address, or throttled
	 */
	static Mono<AccountAnswer> send(LoginThrottle throttle, AccountRequest request, String form,
			Function<String, Mono<AccountAnswer>> send) {
		String email = request.field("email");
		if (!EmailAddresses.isPlausible(email)) {
			return Mono.just(AccountAnswer.failed(request, form, AccountProblem.EMAIL));
		}
		return throttle.email(request.details().clientAddress(), email)
			.flatMap((wait) -> wait.isZero() ? send.apply(email)
					: Mono.just(AccountAnswer.throttled(request, form, wait)));
	}

}
