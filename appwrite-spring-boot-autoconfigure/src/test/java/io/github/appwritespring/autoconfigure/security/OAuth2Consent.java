package io.github.appwritespring.autoconfigure.security;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks a {@link Browser} through an OAuth2 sign-in on the emulator's consent page, which
 * stands in for the provider.
 */
public final class OAuth2Consent {

	private static final Pattern STATE = Pattern.compile("name=\"state\" value=\"([^\"]+)\"");

	private OAuth2Consent() {
	}

	/**
	 * Approves a sign-in on the consent page, however many redirects the provider URL
	 * takes to reach it.
	 * @param browser the browser
	 * @param providerUrl where the application sent the browser (its {@code Location})
	 * @param email the email to approve as
	 * @return the emulator's answer to the approval: a redirect to the application's
	 * callback
	 */
	public static Answer approve(Browser browser, String providerUrl, String email) throws Exception {
		String consentUrl = providerUrl;
		Answer consent = browser.get(consentUrl);
		for (int hops = 0; hops < 3 && consent.status() / 100 == 3; hops++) {
			consentUrl = consent.location();
			consent = browser.get(consentUrl);
		}
		assertThat(consent.status()).as("the emulator's consent page").isEqualTo(200);
		Matcher state = STATE.matcher(consent.body());
		assertThat(state.find()).as("the consent page carries its state").isTrue();
		Answer approved = browser.postForm(consentUrl.replaceAll("\\?.*", ""),
				Map.of("state", state.group(1), "email", email, "name", "OAuth User", "decision", "approve"));
		assertThat(approved.status()).isBetween(301, 302);
		return approved;
	}

	/**
	 * Starts the sign-in and approves it on the consent page.
	 * @param browser the browser
	 * @param start the application's start path, e.g. {@code /auth/oauth2/github}
	 * @param email the email to approve as
	 * @return the callback URL the emulator sends the browser to
	 */
	public static String callbackUrl(Browser browser, String start, String email) throws Exception {
		Answer started = browser.get(start);
		assertThat(started.status()).isEqualTo(302);
		return approve(browser, started.location(), email).location();
	}

}
