package io.github.appwritespring.autoconfigure.security.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import org.springframework.security.core.AuthenticationException;

import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt.Flow;

/**
 * How both stacks answer a failed sign-in, sign-up or OAuth2 completion by default. A
 * JSON client gets the reason's status and {@code {"error": code, "message": ...}}; a
 * browser goes back to the sign-in or sign-up page with {@code ?error=code}, except that
 * a throttled sign-in or sign-up gets a 429 error page. A throttled answer carries
 * {@code Retry-After}. The OAuth2 callback, the magic link and the team invitation link
 * are a browser's navigation: they always go back to the sign-in page, naming only
 * {@code throttled}, {@code blocked} (the links also {@code mfa_required}) or the flow's
 * own code ({@code oauth2}, {@code link}, {@code invitation}). A wrong emailed code goes
 * back to the email code page with {@code error=code}.
 */
public final class SignInFailures {

	private SignInFailures() {
	}

	/**
	 * Returns the answer to a failed attempt.
	 * @param attempt the attempt
	 * @param failure why it failed (any authentication failure; one that is not an
	 * {@link AppwriteSignInException} counts as the flow's generic failure)
	 * @param wantsJson whether the client sent or asked for JSON
	 * @param pages the sign-in and sign-up pages
	 * @return the answer
	 */
	public static Answer answer(SignInAttempt attempt, AuthenticationException failure, boolean wantsJson,
			SignInPages pages) {
		Reason reason = reason(attempt.flow(), failure);
		Duration retryAfter = (failure instanceof AppwriteSignInException appwrite && reason == Reason.THROTTLED)
				? appwrite.getRetryAfter() : null;
		if (attempt.flow().bounces()) {
			return new Answer(302, SignInPages.withError(pages.loginPage(), reason), null, reason.message(), null);
		}
		if (wantsJson) {
			return new Answer(reason.status(), null, SecurityJson.error(reason.code(), reason.message()),
					reason.message(), retryAfter);
		}
		if (reason == Reason.THROTTLED) {
			return new Answer(reason.status(), null, null, reason.message(), retryAfter);
		}
		String page = (attempt.form() != null) ? attempt.form()
				: (attempt.flow() == Flow.SIGN_UP) ? pages.signupPage() : pages.loginPage();
		return new Answer(302, SignInPages.withError(page, reason), null, reason.message(), null);
	}

	private static Reason reason(Flow flow, AuthenticationException failure) {
		Reason reason = (failure instanceof AppwriteSignInException appwrite) ? appwrite.getReason() : null;
		return switch (flow) {
			case OAUTH2 -> (reason == Reason.THROTTLED || reason == Reason.BLOCKED) ? reason : Reason.OAUTH2;
			case MAGIC_URL -> passesOn(reason) ? reason : Reason.LINK;
			case INVITATION -> passesOn(reason) ? reason : Reason.INVITATION;
			case EMAIL_OTP -> (passesOn(reason) || reason == Reason.REQUEST) ? reason : Reason.CODE;
			case SIGN_UP -> (reason != null) ? reason : Reason.INVALID;
			case SIGN_IN -> (reason != null) ? reason : Reason.CREDENTIALS;
		};
	}

	/**
	 * Whether a token sign-in's failure is told as it is: it says nothing about the
	 * token.
	 */
	@Contract("null -> false")
	private static boolean passesOn(@Nullable Reason reason) {
		return reason == Reason.THROTTLED || reason == Reason.BLOCKED || reason == Reason.MFA_REQUIRED;
	}

	/**
	 * An answer: a redirect when {@code redirect} is set, else a JSON body when
	 * {@code json} is set, else an error page with the status and message.
	 *
	 * @param status the status
	 * @param redirect the page to redirect to, a path of the application, or {@code null}
	 * @param json the JSON body, or {@code null}
	 * @param message the message for people
	 * @param retryAfter the {@code Retry-After}, or {@code null} for none
	 */
	public record Answer(int status, @Nullable String redirect, byte @Nullable [] json, String message,
			@Nullable Duration retryAfter) {

	}

}
