package io.github.appwritespring.autoconfigure.security.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import org.springframework.security.core.AuthenticationException;

import io.github.appwritespring.autoconfigure.security.AppwriteMfaRequiredException;
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
		return answer(attempt, failure, wantsJson, pages, null);
	}

	/**
	 * Returns the answer to a failed attempt, with second factors on: a sign-in that
	 * needs one ({@link AppwriteMfaRequiredException}, whose limited session the browser
	 * keeps) goes on to the MFA page (JSON: {@code 200 {"mfaRequired": true, "factors":
	 * [...]}}), and a wrong second factor goes back there with {@code ?error=code}.
	 * @param attempt the attempt
	 * @param failure why it failed
	 * @param wantsJson whether the client sent or asked for JSON
	 * @param pages the sign-in and sign-up pages
	 * @param mfaPage the MFA page, or {@code null} when second factors are off
	 * @return the answer
	 */
	public static Answer answer(SignInAttempt attempt, AuthenticationException failure, boolean wantsJson,
			SignInPages pages, @Nullable String mfaPage) {
		if (mfaPage != null && failure instanceof AppwriteMfaRequiredException pending) {
			if (wantsJson) {
				Map<String, Object> fields = new LinkedHashMap<>();
				fields.put("mfaRequired", true);
				fields.put("factors", pending.getFactors());
				return Answer.json(200, SecurityJson.object(fields)).withMessage(pending.getReason().message());
			}
			// a link from a mail client arrives cross-site: a same-site page moves on, so
			// that the limited session's SameSite=Strict cookie is sent
			String next = withRedirect(mfaPage, pages.redirectParameter(), attempt.redirect());
			return (attempt.flow().bounces() ? Answer.bounce(next) : Answer.redirect(302, next))
				.withMessage(pending.getReason().message());
		}
		Reason reason = reason(attempt.flow(), failure);
		Duration retryAfter = (failure instanceof AppwriteSignInException appwrite && reason == Reason.THROTTLED)
				? appwrite.getRetryAfter() : null;
		if (attempt.flow().bounces()) {
			return Answer.redirect(302, SignInPages.withError(pages.loginPage(), reason)).withMessage(reason.message());
		}
		if (wantsJson) {
			return Answer.json(reason.status(), SecurityJson.error(reason.code(), reason.message()))
				.withMessage(reason.message())
				.withRetryAfter(retryAfter);
		}
		if (reason == Reason.THROTTLED) {
			return Answer.error(reason.status(), reason.message()).withRetryAfter(retryAfter);
		}
		if (attempt.flow() == Flow.MFA && mfaPage != null && reason != Reason.MFA_EXPIRED) {
			return Answer
				.redirect(302,
						SignInPages.withError(withRedirect(mfaPage, pages.redirectParameter(), attempt.redirect()),
								reason))
				.withMessage(reason.message());
		}
		String page = (attempt.form() != null) ? attempt.form()
				: (attempt.flow() == Flow.SIGN_UP) ? pages.signupPage() : pages.loginPage();
		return Answer.redirect(302, SignInPages.withError(page, reason)).withMessage(reason.message());
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
			case MFA -> (reason != null) ? reason : Reason.CODE;
			case PASSKEY -> passesOn(reason) ? reason : Reason.PASSKEY;
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
	 * Returns the page with <em>parameter</em>{@code =}<em>target</em> in its query, so
	 * that its form can carry the target on.
	 * @param page a page
	 * @param parameter the redirect parameter's name
	 * @param target a safe relative path, or {@code null}
	 * @return the page, with the target when there is one
	 */
	public static String withRedirect(String page, String parameter, @Nullable String target) {
		if (target == null) {
			return page;
		}
		return page + (page.contains("?") ? "&" : "?") + URLEncoder.encode(parameter, StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(target, StandardCharsets.UTF_8);
	}

}
