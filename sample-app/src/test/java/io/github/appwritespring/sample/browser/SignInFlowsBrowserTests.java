package io.github.appwritespring.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.github.appwritespring.emulator.mail.Message;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ways into an account besides the password, in a real browser, with the emails read
 * from the emulator's mailbox: "forgot your password?", the verification banner, the
 * sign-in link and the emailed code; and the sign-in page's link to the mailbox page.
 */
class SignInFlowsBrowserTests extends BrowserTestSupport {

	@Test
	void forgotPasswordEmailResetPageThenSignInWithTheNewPassword() {
		AppBrowser visitor = browser().open("/login").submit("forgot-password");
		assertThat(visitor.path()).isEqualTo("/forgot-password");
		visitor.type("email", DEMO_EMAIL).submit("send-recovery");
		assertThat(visitor.path()).isEqualTo("/forgot-password?notice=recovery_sent");
		assertThat(visitor.text("flash")).startsWith("If an account uses that email");

		String link = mail(DEMO_EMAIL).link().orElseThrow();
		assertThat(link).startsWith(visitor.base() + "/reset-password?");
		visitor.follow(link);
		assertThat(visitor.text("reset")).isEqualTo("Change the password");
		visitor.type("password", "a-new-password").type("password-confirmation", "another-password").submit("reset");
		assertThat(visitor.text("error")).contains("The two passwords differ");
		visitor.follow(link)
			.type("password", "a-new-password")
			.type("password-confirmation", "a-new-password")
			.submit("reset");
		assertThat(visitor.path()).isEqualTo("/login?notice=password_reset");
		assertThat(visitor.text("flash")).isEqualTo("Your password was changed. Sign in with the new one.");

		visitor.signIn(DEMO_EMAIL, DEMO_PASSWORD);
		assertThat(visitor.text("error")).isEqualTo("Wrong email or password.");
		visitor.signIn(DEMO_EMAIL, "a-new-password");
		assertThat(visitor.path()).isEqualTo("/notes");
		// the link works once
		visitor.signOut()
			.follow(link)
			.type("password", "third-password")
			.type("password-confirmation", "third-password");
		visitor.submit("reset");
		assertThat(visitor.path()).isEqualTo("/forgot-password?error=link");
		assertThat(visitor.text("error")).contains("invalid, has expired or was already used");
	}

	@Test
	void anUnverifiedEmailShowsABannerUntilTheLinkIsOpened() {
		AppBrowser ada = browser().signUp("Ada", "ada@example.com", "ada-password");
		assertThat(ada.text("verify-banner")).contains("Please verify your email", "ada@example.com");
		ada.submit("resend-verification");
		assertThat(ada.path()).isEqualTo("/verify-email?notice=verification_sent");
		assertThat(ada.text("flash")).isEqualTo("A verification link is on its way to your email.");

		Message mail = mail("ada@example.com");
		assertThat(mail.template()).isEqualTo("verification");
		ada.follow(mail.link().orElseThrow()).awaitPath("/notes?notice=email_verified");
		assertThat(ada.text("flash")).isEqualTo("Your email is verified. Thank you.");
		assertThat(ada.has("verify-banner")).isFalse();
	}

	@Test
	void signInWithAnEmailedLink() {
		AppBrowser demo = browser().open("/login");
		demo.click("passwordless").type("magic-url-email", DEMO_EMAIL).submit("send-magic-url");
		assertThat(demo.path()).isEqualTo("/login?notice=magic_url_sent");
		assertThat(demo.text("flash")).startsWith("If that email can sign in here, a sign-in link is on its way.");

		Message mail = mail(DEMO_EMAIL);
		assertThat(mail.template()).isEqualTo("magicSession");
		demo.follow(mail.link().orElseThrow()).awaitPath("/notes");
		assertThat(demo.text("current-user")).isEqualTo("Demo User");
		// a link works once
		demo.signOut().follow(mail.link().orElseThrow()).awaitPath("/login?error=link");
		assertThat(demo.text("error")).contains("invalid, has expired or was already used");
	}

	@Test
	void signInWithAnEmailedCode() {
		AppBrowser demo = browser().open("/login");
		demo.click("passwordless").type("email-otp-email", DEMO_EMAIL).submit("send-email-otp");
		assertThat(demo.path()).isEqualTo("/login/code");
		String code = mail(DEMO_EMAIL).code();
		assertThat(code).hasSize(6);

		demo.type("code", wrong(code)).submit("sign-in-with-code");
		assertThat(demo.path()).isEqualTo("/login/code?error=code");
		assertThat(demo.text("error")).startsWith("The code is wrong or has expired.");
		demo.type("code", code).submit("sign-in-with-code");
		assertThat(demo.path()).isEqualTo("/notes");
		assertThat(demo.text("current-user")).isEqualTo("Demo User");
	}

	@Test
	void theSignInPageLinksToTheEmulatorsMailbox() {
		AppBrowser visitor = browser().open("/forgot-password").type("email", DEMO_EMAIL).submit("send-recovery");
		mail(DEMO_EMAIL);
		visitor.open("/login");
		String mailbox = visitor.element("mailbox").getAttribute("href");
		assertThat(mailbox).isEqualTo(this.appwrite.getEndpoint().replaceFirst("/v1$", "") + "/_emulator/mailbox");
		visitor.follow(mailbox);
		assertThat(visitor.driver().getPageSource()).contains(DEMO_EMAIL, "/reset-password?");
		// and the reset link on that page leads back into the app
		visitor.follow(visitor.driver().findElement(By.cssSelector("article.message a.link")).getAttribute("href"));
		assertThat(visitor.path()).startsWith("/reset-password?");
		assertThat(visitor.has("reset")).isTrue();
	}

	private static String wrong(String code) {
		return ((code.charAt(0) == '0') ? "1" : "0") + code.substring(1);
	}

}
