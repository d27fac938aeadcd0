package io.github.appwritespring.autoconfigure.security.account;

import java.time.Duration;
import java.util.Map;

import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;
import io.github.appwritespring.client.AppwriteClient;

/**
 * {@code GET /auth/verification/confirm?userId=..&secret=..}: the link of the
 * verification email. It confirms the address with Appwrite without a key (the route is
 * public and refuses keys; the link may be opened in a browser that is not signed in) and
 * sends the browser to the success URL with {@code notice=email_verified}, through the
 * same-site bounce page (the link arrives cross-site from a mail client). The user's
 * cached sessions are forgotten, so the next request sees the email verified. A wrong,
 * expired or used link goes to the verify-email page with {@code error=link}.
 */
final class EmailVerificationConfirmEndpoint extends BaseEndpoint {

	private final AppwriteClient admin;

	private final AppwriteSessionResolver resolver;

	private final SignInPages signInPages;

	private final AccountPages pages;

	EmailVerificationConfirmEndpoint(String path, AppwriteClient admin, AppwriteSessionResolver resolver,
			SignInPages signInPages, AccountPages pages) {
		super("GET", path, Access.ANYONE);
		this.admin = admin;
		this.resolver = resolver;
		this.signInPages = signInPages;
		this.pages = pages;
	}

	@Override
	public Mono<AccountAnswer> handle(AccountRequest request) {
		String page = this.pages.verifyEmail();
		String userId = request.field("userId");
		String secret = request.field("secret");
		if (userId == null || secret == null) {
			return Mono.just(AccountAnswer.failed(request, page, AccountProblem.LINK).bouncing());
		}
		return this.admin.asGuest()
			.withForwardedUserAgent(request.details().userAgent())
			.reactive()
			.account()
			.updateEmailVerification(userId, secret)
			.then(Mono.fromRunnable(() -> this.resolver.forgetUser(userId)))
			.thenReturn(AccountAnswer
				.done(request, this.signInPages.successUrl(), "email_verified", Map.of("verified", true))
				.bouncing())
			.onErrorResume(
					(ex) -> AppwriteAnswers.isRefusal(ex, "user_invalid_token", "user_not_found",
							"general_argument_invalid"),
					(ex) -> Mono.just(AccountAnswer.failed(request, page, AccountProblem.LINK).bouncing()))
			.onErrorResume((ex) -> AppwriteAnswers.isRefusal(ex, "general_rate_limit_exceeded"),
					(ex) -> Mono.just(AccountAnswer.throttled(request, page, Duration.ofMinutes(1))))
			.onErrorMap(AppwriteAnswers::unavailable);
	}

}
