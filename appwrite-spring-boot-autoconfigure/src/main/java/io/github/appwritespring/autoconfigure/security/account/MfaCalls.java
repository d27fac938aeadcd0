package io.github.appwritespring.autoconfigure.security.account;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.internal.SignInFailures;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.service.ReactiveAccount;

/**
 * What the MFA endpoints share: Appwrite's account API through the browser's own session
 * (MFA routes refuse the API key), where a browser goes afterwards, and what Appwrite's
 * refusals mean for them.
 */
final class MfaCalls {

	private final AppwriteClient admin;

	private final SignInPages signInPages;

	private final String mfaPage;

	MfaCalls(AppwriteClient admin, SignInPages signInPages, String mfaPage) {
		this.admin = admin;
		this.signInPages = signInPages;
		this.mfaPage = mfaPage;
	}

	/** The account API through a session, with the end user's user agent. */
	ReactiveAccount account(String sessionSecret, AccountRequest request) {
		AppwriteClient session = this.admin.withSession(sessionSecret);
		String userAgent = request.details().userAgent();
		return ((userAgent != null) ? session.withForwardedUserAgent(userAgent) : session).reactive().account();
	}

	/** The signed-in user's session; only called for endpoints that need one. */
	static String sessionOf(AccountRequest request) {
		AppwriteAuthenticationToken user = request.user();
		String secret = (user != null) ? user.getSessionSecret() : null;
		return (secret != null) ? secret : "";
	}

	/**
	 * The application's path as the browser sees it (behind its proxies), {@code ""} at
	 * the root: cookies for the MFA endpoints are scoped below it.
	 */
	static String contextPath(AccountRequest request) {
		String path = URI.create(request.applicationUrl()).getRawPath();
		return (path != null) ? path : "";
	}

	/** Where an enrolment form's browser goes afterwards: its target, else home. */
	String page(AccountRequest request) {
		return (request.redirect() != null) ? request.redirect() : this.signInPages.successUrl();
	}

	String mfaPage() {
		return this.mfaPage;
	}

	/** The MFA page, carrying the browser's target on. */
	String mfaPage(AccountRequest request) {
		return SignInFailures.withRedirect(this.mfaPage, this.signInPages.redirectParameter(), request.redirect());
	}

	String loginPage() {
		return this.signInPages.loginPage();
	}

	/**
	 * The answer to a refusal of Appwrite: a change Appwrite protects needs a challenge
	 * completed in the last 30 minutes (the MFA page), a wrong code, a factor the account
	 * does not have, a change already made, a session that is gone. Anything else fails
	 * as it came (503 when Appwrite is unavailable).
	 */
	Mono<AccountAnswer> refused(AccountRequest request, String page, Throwable failure) {
		String type = AppwriteAnswers.type(failure);
		if (type == null) {
			return Mono.error(AppwriteAnswers.unavailable(failure));
		}
		AccountProblem problem = switch (type) {
			case "user_challenge_required" -> AccountProblem.CHALLENGE_REQUIRED;
			case "user_invalid_token", "general_argument_invalid" -> AccountProblem.CODE;
			case "user_authenticator_not_found", "user_recovery_codes_not_found", "user_email_not_found",
					"user_email_not_verified", "user_phone_not_found", "user_phone_not_verified" ->
				AccountProblem.FACTOR;
			case "user_authenticator_already_verified", "user_recovery_codes_already_exists" ->
				AccountProblem.ALREADY_DONE;
			case "general_smtp_disabled", "general_phone_disabled" -> AccountProblem.NOT_SENT;
			case "general_rate_limit_exceeded" -> AccountProblem.THROTTLED;
			case "user_more_factors_required", "user_unauthorized", "general_unauthorized_scope",
					"user_session_not_found", "user_not_found", "user_blocked" ->
				AccountProblem.SIGN_IN_REQUIRED;
			default -> null;
		};
		if (problem == null) {
			return Mono.error(AppwriteAnswers.unavailable(failure));
		}
		return Mono.just(switch (problem) {
			case CHALLENGE_REQUIRED -> AccountAnswer.failed(request, mfaPage(request), problem);
			case SIGN_IN_REQUIRED -> AccountAnswer.failed(request, this.signInPages.loginPage(), problem);
			case THROTTLED -> AccountAnswer.throttled(request, page, Duration.ofMinutes(1));
			default -> AccountAnswer.failed(request, page, problem);
		});
	}

	/** The answer of an endpoint that did what was asked. */
	AccountAnswer done(AccountRequest request, String notice, Map<String, ?> json) {
		return AccountAnswer.done(request, page(request), notice, json);
	}

	/** A field as Appwrite wants a one-time code: digits or letters, no spaces. */
	static @Nullable String code(AccountRequest request, String field) {
		String code = request.field(field);
		return (code != null && code.length() <= 64) ? code.replace(" ", "") : null;
	}

}
