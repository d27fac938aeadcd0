package io.github.appwritespring.sample.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing up, in (password and OAuth2) and out in a real browser, and the session cookie
 * as the browser keeps it.
 */
class AuthenticationBrowserTests extends BrowserTestSupport {

	@Test
	void signUpSignOutAndSignInAgain() {
		AppBrowser ada = browser();
		ada.signUp("Ada Lovelace", "ada@example.com", "analytical-engine");
		assertThat(ada.path()).isEqualTo("/notes");
		assertThat(ada.text("current-user")).isEqualTo("Ada Lovelace");

		ada.signOut();
		assertThat(ada.path()).isEqualTo("/login?logout");
		assertThat(ada.text("logged-out")).isEqualTo("You are signed out.");
		assertThat(ada.cookie(sessionCookieName())).isNull();
		ada.open("/notes");
		assertThat(ada.path()).startsWith("/login");

		ada.signIn("ada@example.com", "analytical-engine");
		assertThat(ada.path()).isEqualTo("/notes");
		assertThat(ada.text("current-user")).isEqualTo("Ada Lovelace");
	}

	@Test
	void signingUpTwiceWithOneEmailSaysSo() {
		AppBrowser browser = browser();
		browser.signUp("Demo again", DEMO_EMAIL, "another-password");
		assertThat(browser.path()).isEqualTo("/signup?error=exists");
		assertThat(browser.text("error")).contains("exists already");
	}

	@Test
	void aWrongPasswordShowsAClearErrorAndNoSession() {
		AppBrowser browser = browser();
		browser.signIn(DEMO_EMAIL, "not-the-password");
		assertThat(browser.path()).isEqualTo("/login?error=credentials");
		assertThat(browser.text("error")).isEqualTo("Wrong email or password.");
		assertThat(browser.cookie(sessionCookieName())).isNull();
	}

	@Test
	void theLoginPageShowsTheDemoAccountsOnTheEmulator() {
		AppBrowser browser = browser().open("/login");
		assertThat(browser.text("demo-accounts")).contains(DEMO_EMAIL, DEMO_PASSWORD, ADMIN_EMAIL);
	}

	@Test
	void signInWithGitHubThroughTheEmulatorsConsentPage() {
		AppBrowser browser = browser().open("/login");
		browser.submit("oauth2-github");
		assertThat(browser.driver().getCurrentUrl()).contains("/v1/emulator/oauth2/consent");
		browser.type("email", "octocat@example.com").type("name", "The Octocat");
		browser.element("approve").click();
		// the callback answers a same-site page that moves on by itself, so wait for
		// where it goes
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
			.until((driver) -> browser.path().equals("/notes"));
		assertThat(browser.text("current-user")).isEqualTo("The Octocat");
		assertThat(browser.cookie(sessionCookieName())).isNotNull();
	}

	@Test
	void denyingConsentComesBackToTheLoginPageWithAnError() {
		AppBrowser browser = browser().open("/login");
		browser.submit("oauth2-github");
		browser.submit("deny");
		assertThat(browser.path()).startsWith("/login?error=oauth2");
		assertThat(browser.text("error")).contains("provider did not work");
	}

	@Test
	void theSessionCookieIsHttpOnlySecureStrictAndSiteWide() {
		AppBrowser browser = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		Cookie cookie = browser.cookie(sessionCookieName());
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.isSecure()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Strict");
		assertThat(cookie.getPath()).isEqualTo("/");

		// the browser's own cookie store, through DevTools, agrees and has no Domain
		// attribute widening it
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> all = (List<Map<String, Object>>) browser.driver()
			.executeCdpCommand("Network.getAllCookies", Map.of())
			.get("cookies");
		Map<String, Object> stored = all.stream()
			.filter((c) -> sessionCookieName().equals(c.get("name")))
			.findFirst()
			.orElseThrow();
		assertThat(stored).containsEntry("httpOnly", true)
			.containsEntry("secure", true)
			.containsEntry("sameSite", "Strict")
			.containsEntry("path", "/")
			.containsEntry("domain", "localhost")
			.containsEntry("session", false);
		// JavaScript on the page cannot read it
		assertThat((String) browser.driver().executeScript("return document.cookie"))
			.doesNotContain(sessionCookieName());
	}

}
