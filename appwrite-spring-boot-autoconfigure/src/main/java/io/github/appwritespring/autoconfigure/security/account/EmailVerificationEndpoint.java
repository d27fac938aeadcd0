package io.github.appwritespring.autoconfigure.security.account;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;
import io.github.appwritespring.client.AppwriteClient;

/**
 * {@code POST /auth/verification} (signed in): asks Appwrite, through the user's own
 * session (the route needs one), to email a verification link to the application's
 * confirm endpoint. The emails are capped per client address and per recipient. An email
 * already verified gets the notice {@code already_verified} and no email.
 */
final class EmailVerificationEndpoint extends SignedInEndpoint {

	private static final Log logger = LogFactory.getLog(EmailVerificationEndpoint.class);

	private final String confirmPath;

	private final AppwriteClient admin;

	private final LoginThrottle throttle;

	private final AppwriteSessionResolver resolver;

	private final AccountPages pages;

	EmailVerificationEndpoint(String path, String confirmPath, AppwriteClient admin, LoginThrottle throttle,
			AppwriteSessionResolver resolver, AccountPages pages) {
		super(path);
		this.confirmPath = confirmPath;
		this.admin = admin;
		this.throttle = throttle;
		this.resolver = resolver;
		this.pages = pages;
	}

	@Override
	public Mono<AccountAnswer> handle(AccountRequest request) {
		String page = this.pages.verifyEmail();
		AppwriteAuthenticationToken user = request.user();
		String secret = sessionSecret(request);
		if (user == null || secret == null) {
			return Mono.just(AccountAnswer.failed(request, page, AccountProblem.SIGN_IN_REQUIRED));
		}
		AccountAnswer alreadyVerified = AccountAnswer.done(request, page, "already_verified",
				Map.of("sent", false, "verified", true));
		if (user.getPrincipal().isEmailVerification()) {
			return Mono.just(alreadyVerified);
		}
		String email = user.getPrincipal().getEmail();
		if (email.isBlank()) {
			return Mono.just(AccountAnswer.failed(request, page, AccountProblem.EMAIL));
		}
		String link = request.url(this.confirmPath);
		return this.throttle.email(request.details().clientAddress(), email).flatMap((wait) -> {
			if (!wait.isZero()) {
				return Mono.just(AccountAnswer.throttled(request, page, wait));
			}
			return answered(asUser(this.admin, request, secret).account()
				.createEmailVerification(link)
				.thenReturn(AccountAnswer.done(request, page, "verification_sent", Map.of("sent", true)))
				.onErrorResume((ex) -> AppwriteAnswers.isRefusal(ex, "user_email_already_verified"), (ex) -> {
					// the principal was older than the verification
					this.resolver.forgetUser(user.getName());
					return Mono.just(alreadyVerified);
				})
				.onErrorResume((ex) -> AppwriteAnswers.isRefusal(ex, "user_email_not_found"),
						(ex) -> Mono.just(AccountAnswer.failed(request, page, AccountProblem.EMAIL)))
				.onErrorResume(
						(ex) -> AppwriteAnswers.isRefusal(ex, "general_smtp_disabled", "general_argument_invalid"),
						(ex) -> {
							logger.warn("Appwrite did not send a verification email (" + AppwriteAnswers.type(ex)
									+ "). Check that the Appwrite project has SMTP set up and that the host of " + link
									+ " is one of its Web platforms.");
							return Mono.just(AccountAnswer.failed(request, page, AccountProblem.NOT_SENT));
						}),
					request, page);
		});
	}

}
