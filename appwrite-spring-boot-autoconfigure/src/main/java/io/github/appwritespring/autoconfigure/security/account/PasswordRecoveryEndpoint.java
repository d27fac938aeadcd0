package io.github.appwritespring.autoconfigure.security.account;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;
import io.github.appwritespring.client.AppwriteClient;

/**
 * {@code POST /auth/recovery} ({@code email}): asks Appwrite to email a recovery link to
 * the application's reset page. The answer is the same whether an account has that email
 * or not (Appwrite's own 404 would tell), and the emails are capped per client address
 * and per recipient.
 */
final class PasswordRecoveryEndpoint extends BaseEndpoint {

	private static final Log logger = LogFactory.getLog(PasswordRecoveryEndpoint.class);

	private final AppwriteClient admin;

	private final LoginThrottle throttle;

	private final AccountPages pages;

	PasswordRecoveryEndpoint(String path, AppwriteClient admin, LoginThrottle throttle, AccountPages pages) {
		super("POST", path, Access.ANYONE);
		this.admin = admin;
		this.throttle = throttle;
		this.pages = pages;
	}

	@Override
	public Mono<AccountAnswer> handle(AccountRequest request) {
		String form = this.pages.forgotPassword();
		AccountAnswer sent = AccountAnswer.done(request, form, "recovery_sent", Map.of("sent", true));
		return CappedEmails.send(this.throttle, request, form, (email) -> this.admin.reactive()
			.account()
			.createRecovery(email, request.url(this.pages.resetPassword()))
			.thenReturn(sent)
			// an unknown or blocked account gets the same answer as any other
			.onErrorResume((ex) -> AppwriteAnswers.isRefusal(ex, "user_not_found", "user_blocked"),
					(ex) -> Mono.just(sent))
			.onErrorResume((ex) -> AppwriteAnswers.isRefusal(ex, "general_smtp_disabled", "general_argument_invalid"),
					(ex) -> {
						logger.warn("Appwrite did not send a recovery email (" + AppwriteAnswers.type(ex)
								+ "). Check that the Appwrite project has SMTP set up and that the host of "
								+ request.url(this.pages.resetPassword()) + " is one of its Web platforms.");
						return Mono.just(AccountAnswer.failed(request, form, AccountProblem.NOT_SENT));
					})
			.onErrorMap(AppwriteAnswers::unavailable));
	}

}
