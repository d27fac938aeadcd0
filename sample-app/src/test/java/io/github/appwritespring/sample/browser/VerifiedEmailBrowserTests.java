package io.github.appwritespring.sample.browser;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code verified} profile ({@code appwrite.security.require-verified-email=true}): a
 * new account reaches its notes only after opening the emailed link; until then every
 * page leads to "verify your email", which sends the link again and fixes a mistyped
 * address.
 */
@ActiveProfiles("verified")
class VerifiedEmailBrowserTests extends BrowserTestSupport {

	@Test
	void aNewAccountReachesItsNotesOnlyOnceTheEmailIsVerified() {
		AppBrowser ada = browser().signUp("Ada", "ada@exmaple.com", "ada-password");
		assertThat(ada.path()).isEqualTo("/verify-email");
		assertThat(ada.text("verify-text")).contains("ada@exmaple.com");
		assertThat(ada.has("verify-banner")).isFalse();
		ada.open("/notes/new");
		assertThat(ada.path()).isEqualTo("/verify-email");
		ada.open("/account");
		assertThat(ada.path()).isEqualTo("/verify-email");

		// a mistyped address is fixed from the page itself
		ada.click("fix-email")
			.type("new-email", "ada@example.com")
			.type("email-password", "ada-password")
			.submit("change-email");
		assertThat(ada.text("verify-text")).contains("ada@example.com");

		ada.submit("send-verification");
		assertThat(ada.path()).isEqualTo("/verify-email?notice=verification_sent");
		ada.follow(mail("ada@example.com").link().orElseThrow()).awaitPath("/notes?notice=email_verified");
		ada.open("/notes/new");
		assertThat(ada.path()).isEqualTo("/notes/new");
	}

}
