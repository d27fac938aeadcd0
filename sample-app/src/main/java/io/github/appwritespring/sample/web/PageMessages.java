package io.github.appwritespring.sample.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.account.AccountProblem;

/**
 * The sentences the sample's pages show for the {@code error} and {@code notice} codes
 * the starter's endpoints send a browser back with: the starter's own messages for its
 * errors, the sample's words for its notices. A code nobody knows shows nothing: the
 * query is never echoed.
 */
public final class PageMessages {

	private static final Map<String, String> ERRORS = errors();

	private static final Map<String, String> NOTICES = Map.ofEntries(
			Map.entry("recovery_sent",
					"If an account uses that email, a link to choose a new password is on its way. "
							+ "It works for one hour."),
			Map.entry("password_reset", "Your password was changed. Sign in with the new one."),
			Map.entry("verification_sent", "A verification link is on its way to your email."),
			Map.entry("email_verified", "Your email is verified. Thank you."),
			Map.entry("already_verified", "Your email was already verified."),
			Map.entry("magic_url_sent",
					"If that email can sign in here, a sign-in link is on its way. Open it in this browser."),
			Map.entry("code_sent", "A 6-digit code is on its way to your email."),
			Map.entry("challenge_email", "A code is on its way to your email."),
			Map.entry("challenge_totp", "Enter the code your authenticator app shows."),
			Map.entry("challenge_recoverycode", "Enter one of your recovery codes. Each works once."),
			Map.entry("password_changed", "Your password was changed. Your other sessions were signed out."),
			Map.entry("email_changed", "Your email was changed. Verify the new one: a link is on its way."),
			Map.entry("signed_out_others", "Your other sessions were signed out."),
			Map.entry("signed_out_session", "That session was signed out."),
			Map.entry("name_changed", "Your name was changed."),
			Map.entry("totp_added", "Your authenticator app is added. Turn two-step sign-in on to use it."),
			Map.entry("totp_removed", "Your authenticator app was removed."),
			Map.entry("mfa_on", "Two-step sign-in is on."), Map.entry("mfa_off", "Two-step sign-in is off."));

	private PageMessages() {
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
	 * Returns the sentence for the first {@code error} code (a provider may append its
	 * own {@code error} parameter after ours).
	 * @param codes the {@code error} parameters, or {@code null}
	 * @param overrides the page's own wording for some codes
	 * @return the sentence, or {@code null} when there is no code or nobody knows it
	 */
	public static @Nullable String error(@Nullable List<String> codes, Map<String, String> overrides) {
		if (codes == null) {
			return null;
		}
		String code = codes.isEmpty() ? "" : codes.get(0);
		String text = overrides.get(code);
		return (text != null) ? text : ERRORS.get(code);
	}

	/**
	 * Returns the sentence for a {@code notice} code.
	 * @param code the {@code notice} parameter, or {@code null}
	 * @return the sentence, or {@code null} when there is none or nobody knows it
	 */
	public static @Nullable String notice(@Nullable String code) {
		return (code != null) ? NOTICES.get(code) : null;
	}

}
