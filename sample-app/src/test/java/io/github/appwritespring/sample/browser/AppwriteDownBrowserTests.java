package io.github.appwritespring.sample.browser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import io.github.appwritespring.emulator.AppwriteEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When Appwrite cannot be reached the app says so with a 503 page, and keeps the user's
 * session (it is not a sign-out). This test stops the emulator, so its application
 * context is thrown away after it.
 */
@DirtiesContext
class AppwriteDownBrowserTests extends BrowserTestSupport {

	@Autowired
	AppwriteEmulator emulator;

	@Test
	void pagesAndSignInSayAppwriteIsUnavailable() {
		AppBrowser demo = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		demo.createNote("Before the outage", "");
		AppBrowser visitor = browser().open("/login");

		this.emulator.close();

		demo.open("/notes");
		assertThat(demo.text("error-title")).isEqualTo("Appwrite is unavailable");
		assertThat(demo.text("error-text")).contains("you are still signed in");
		assertThat(demo.driver().getPageSource()).doesNotContain("Exception", "127.0.0.1");
		assertThat(demo.cookie(sessionCookieName())).isNotNull();

		visitor.type("email", DEMO_EMAIL).type("password", DEMO_PASSWORD).submit("login");
		assertThat(visitor.text("error-title")).isEqualTo("Appwrite is unavailable");
	}

}
