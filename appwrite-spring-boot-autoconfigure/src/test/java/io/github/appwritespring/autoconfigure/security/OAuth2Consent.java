package io.github.appwritespring.autoconfigure.security;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks a browser through an OAuth2 sign-in on the emulator's consent page, which stands in for the provider.
 */
public final class OAuth2Consent {

	private static final Pattern STATE = Pattern.compile("name=\"state\" value=\"([^\"]+)\"");

	private OAuth2Consent() {
	}

	/**
	 * Starts the sign-in and approves it on the consent page.
	 * @param browser the browser
	 * @param start the application's start path, e.g. {@code /auth/oauth2/github}
	 * @param email the email to approve as
	 * @return the callback URL the emulator sends the browser to
	 */
	public static String callbackUrl(HttpBrowser browser, String start, String email) throws Exception {
		HttpResponse<String> started = browser.get(start);
		assertThat(started.statusCode()).isEqualTo(302);
		String consentUrl = started.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> consent = browser.get(consentUrl);
		assertThat(consent.statusCode()).isEqualTo(200);
		Matcher state = STATE.matcher(consent.body());
		assertThat(state.find()).as("the consent page carries its state").isTrue();
		HttpResponse<String> approved = browser.postForm(consentUrl.substring(0, consentUrl.indexOf('?')),
				Map.of("state", state.group(1), "email", email, "name", "OAuth User", "decision", "approve"));
		assertThat(approved.statusCode()).isEqualTo(301);
		return approved.headers().firstValue("Location").orElseThrow();
	}

	/**
	 * Runs the whole sign-in.
	 * @return the callback's answer
	 */
	public static HttpResponse<String> signIn(HttpBrowser browser, String start, String email) throws Exception {
		return browser.get(callbackUrl(browser, start, email));
	}

}
