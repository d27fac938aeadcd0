package io.github.appwritespring.sample.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in the sample, in Chromium with a virtual authenticator: the demo user adds
 * one on the passkeys page, signs out, signs in with it without typing an email and sees
 * the notes, and the account page says the session began with a passkey; once removed, it
 * no longer signs in.
 */
class PasskeysBrowserTests extends BrowserTestSupport {

	@Test
	void aPasskeyAddedOnThePasskeysPageSignsInUntilRemoved() {
		AppBrowser demo = browser();
		((HasVirtualAuthenticator) demo.driver()).addVirtualAuthenticator(
				new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
					.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
					.setHasResidentKey(true)
					.setHasUserVerification(true)
					.setIsUserVerified(true));
		demo.signIn(DEMO_EMAIL, DEMO_PASSWORD).open("/account").submit("to-passkeys");
		assertThat(demo.has("no-passkeys")).isTrue();
		demo.type("passkey-label", "Test laptop").submit("passkey-add");
		assertThat(demo.text("passkey-list")).contains("Test laptop");

		assertThat(demo.open("/account").has("signed-in-with-passkey")).isFalse();
		demo.signOut().open("/login").submit("passkey-sign-in");
		assertThat(demo.path()).isEqualTo("/notes");
		assertThat(demo.open("/account").text("signed-in-with-passkey")).isEqualTo(", signed in with a passkey");

		demo.open("/passkeys");
		demo.driver().findElement(By.cssSelector("#passkey-list button")).click();
		assertThat(demo.element("no-passkeys").isDisplayed()).isTrue();
		demo.signOut().open("/login");
		demo.element("passkey-sign-in").click();
		new WebDriverWait(demo.driver(), Duration.ofSeconds(30))
			.until((driver) -> !driver.findElement(By.id("passkey-sign-in-error")).getText().isBlank());
		assertThat(demo.path()).isEqualTo("/login");
	}

}
