package io.github.appwritespring.autoconfigure.security.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.internal.SignInPages;
import io.github.appwritespring.client.AppwriteClient;

/**
 * {@code POST /auth/recovery/confirm} ({@code userId}, {@code secret}, {@code password},
 * {@code passwordConfirmation}): sets the new password from a recovery link, then ends
 * every session of the user (Appwrite 1.8 keeps them; whoever reset the password may be
 * the owner locking out someone who got in), then sends the browser to the sign-in page
 * with {@code notice=password_reset}. A browser signed in as that user is signed out by
 * its next request, when Appwrite refuses its session. A wrong, expired or used link
 * changes nothing.
 */
final class PasswordResetEndpoint extends BaseEndpoint {

	private static final Log logger = LogFactory.getLog(PasswordResetEndpoint.class);

	private final AppwriteClient admin;

	private final SignInPages signInPages;

	private final AccountPages pages;

	PasswordResetEndpoint(String path, AppwriteClient admin, SignInPages signInPages, AccountPages pages) {
		super("POST", path, Access.ANYONE);
		this.admin = admin;
		this.signInPages = signInPages;
		this.pages = pages;
	}

	@Override
	public Mono<AccountAnswer> handle(AccountRequest request) {
		String userId = request.field("userId");
		String secret = request.field("secret");
		if (userId == null || secret == null) {
			return Mono.just(AccountAnswer.failed(request, this.pages.forgotPassword(), AccountProblem.LINK));
		}
		String form = AccountAnswer.withParameter(
				AccountAnswer.withParameter(this.pages.resetPassword(), "userId", encoded(userId)), "secret",
				encoded(secret));
		String password = request.secretField("password");
		String confirmation = request.secretField("passwordConfirmation");
		if (password == null) {
			return Mono.just(AccountAnswer.failed(request, form, AccountProblem.MISSING));
		}
		if (confirmation != null && !confirmation.equals(password)) {
			return Mono.just(AccountAnswer.failed(request, form, AccountProblem.PASSWORD_MISMATCH));
		}
		return this.admin.reactive()
			.account()
			.updateRecovery(userId, secret, password)
			.then(endSessions(userId))
			.thenReturn(
					AccountAnswer.done(request, this.signInPages.loginPage(), "password_reset", Map.of("reset", true)))
			.onErrorResume((ex) -> AppwriteAnswers.isRefusal(ex, "user_invalid_token", "user_not_found"),
					(ex) -> Mono.just(AccountAnswer.failed(request, this.pages.forgotPassword(), AccountProblem.LINK)))
			.onErrorResume(
					(ex) -> AppwriteAnswers.isRefusal(ex, "general_argument_invalid", "password_recently_used",
							"password_personal_data"),
					(ex) -> Mono.just(AccountAnswer.failed(request, form, AccountProblem.PASSWORD)))
			.onErrorMap(AppwriteAnswers::unavailable);
	}

	/**
	 * Ends the user's sessions. The password is already changed when this runs: a failure
	 * here is logged rather than answered, since the link is used up and the user could
	 * not try again.
	 */
	private Mono<Void> endSessions(String userId) {
		return this.admin.reactive().users().deleteSessions(userId).onErrorResume((ex) -> {
			logger.warn("The password of user " + userId + " was reset, but their sessions could not be ended ("
					+ AppwriteAnswers.describe(ex) + "); they end when they expire or are deleted in the console");
			return Mono.empty();
		});
	}

	private static String encoded(@Nullable String value) {
		return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
	}

}
