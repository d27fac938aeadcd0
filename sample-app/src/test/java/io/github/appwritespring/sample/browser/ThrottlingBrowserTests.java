package io.github.appwritespring.sample.browser;

import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing passwords is slowed down with a clear message. The failures counted here would
 * slow down the other tests' sign-ins from the same address, so this test's application
 * context is thrown away after it.
 */
@DirtiesContext
class ThrottlingBrowserTests extends BrowserTestSupport {

	@Test
	void repeatedWrongPasswordsAreThrottled() {
		AppBrowser guesser = browser();
		int attempts = 0;
		do {
			guesser.signIn(DEMO_EMAIL, "guess-" + ++attempts);
		}
		while (guesser.path().equals("/login?error=credentials") && attempts < 10);
		// the starter answers a throttled form sign-in with 429 and the app's error page
		assertThat(attempts).isGreaterThan(1);
		assertThat(guesser.text("error-title")).isEqualTo("Too many attempts");
		assertThat(guesser.cookie(sessionCookieName())).isNull();
		guesser.submit("back-to-login");
		assertThat(guesser.path()).isEqualTo("/login");
	}

}
