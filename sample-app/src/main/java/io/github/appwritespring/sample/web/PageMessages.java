package io.github.appwritespring.sample.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.autoconfigure.security.pages.PageTexts;

/**
 * The sentences the sample's pages show for the {@code error} and {@code notice} codes
 * the starter's endpoints send a browser back with: the starter's own sentences (those of
 * its default pages), and the sample's for the notices only its pages use. A code nobody
 * knows shows nothing: the query is never echoed.
 */
public final class PageMessages {

	private static final Map<String, String> NOTICES = Map.of("name_changed", "Your name was changed.",
			"signed_out_session", "That session was signed out.", "totp_added",
			"Your authenticator app is added. Turn two-step sign-in on to use it.", "totp_removed",
			"Your authenticator app was removed.", "mfa_on", "Two-step sign-in is on.", "mfa_off",
			"Two-step sign-in is off.");

	private PageMessages() {
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
		return (text != null) ? text : PageTexts.error(code);
	}

	/**
	 * Returns the sentence for a {@code notice} code.
	 * @param code the {@code notice} parameter, or {@code null}
	 * @return the sentence, or {@code null} when there is none or nobody knows it
	 */
	public static @Nullable String notice(@Nullable String code) {
		String text = (code != null) ? NOTICES.get(code) : null;
		return (text != null) ? text : PageTexts.notice(code);
	}

}
