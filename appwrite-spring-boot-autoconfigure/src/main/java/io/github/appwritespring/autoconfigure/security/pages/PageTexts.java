package io.github.appwritespring.autoconfigure.security.pages;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.account.AccountProblem;

/**
 * The sentences the default pages show for the {@code error} and {@code notice} codes the
 * endpoints send browsers back with. A code they do not know shows nothing: the query is
 * never echoed. An application's own pages may show the same sentences.
 *
 * @since 0.1.0
 */
public final class PageTexts {

	private static final Map<String, String> ERRORS = errors();

	private static final Map<String, String> NOTICES = Map.ofEntries(Map.entry("recovery_sent",
			"If an account uses that email, a link to choose a new password is on its way. It works for one hour."),
			Map.entry("password_reset", "Your password was changed. Sign in with the new one."),
			Map.entry("verification_sent", "A verification link is on its way to your email."),
			Map.entry("email_verified", "Your email is verified."),
			Map.entry("already_verified", "Your email was already verified."),
			Map.entry("magic_url_sent", "If that email can sign in here, a sign-in link is on its way."),
			Map.entry("code_sent", "A 6-digit code is on its way to your email."),
			Map.entry("challenge_email", "A code is on its way to your email."),
			Map.entry("challenge_phone", "A code is on its way to your phone."),
			Map.entry("challenge_totp", "Enter the code your authenticator app shows."),
			Map.entry("challenge_recoverycode", "Enter one of your recovery codes. Each works once."),
			Map.entry("password_changed", "Your password was changed."),
			Map.entry("email_changed", "Your email was changed. Verify the new one."),
			Map.entry("signed_out_others", "Your other sessions were signed out."));

	private PageTexts() {
	}

	private static Map<String, String> errors() {
		Map<String, String> errors = new HashMap<>();
		for (Reason reason : Reason.values()) {
			errors.put(reason.code(), reason.message());
		}
		for (AccountProblem problem : AccountProblem.values()) {
			errors.putIfAbsent(problem.code(), problem.message());
		}
		return Map.copyOf(errors);
	}

	/**
	 * Returns the sentence for an {@code error} code: a sign-in's ({@link Reason#code()})
	 * or an account endpoint's ({@link AccountProblem#code()}).
	 * @param code the code, or {@code null}
	 * @return the sentence, or {@code null} for no code or one that is not known
	 */
	public static @Nullable String error(@Nullable String code) {
		return (code != null) ? ERRORS.get(code) : null;
	}

	/**
	 * Returns the sentence for a {@code notice} code (e.g. {@code recovery_sent},
	 * {@code password_changed}).
	 * @param code the code, or {@code null}
	 * @return the sentence, or {@code null} for no code or one that is not known
	 */
	public static @Nullable String notice(@Nullable String code) {
		return (code != null) ? NOTICES.get(code) : null;
	}

}
