package io.github.appwritespring.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.github.appwritespring.emulator.mail.Message;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ways into an account besides the password, in a real browser, with the emails read
 * from the emulator's mailbox: "forgot your password?" (its link followed from the
 * emulator's mailbox page, which the sign-in page links to), the sign-in link and the
 * emailed code.
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
		// as a newcomer on the emulator does: the sign-in page's link to the mailbox
		// page,
		// and the link there
		String mailbox = visitor.open("/login").element("mailbox").getAttribute("href");
		assertThat(mailbox).isEqualTo(this.appwrite.getEndpoint().replaceFirst("/v1$", "") + "/_emulator/mailbox");
		visitor.follow(mailbox);
		assertThat(visitor.driver().findElement(By.cssSelector("article.message .to")).getText()).isEqualTo(DEMO_EMAIL);
		visitor.follow(visitor.driver().findElement(By.cssSelector("article.message a.link")).getAttribute("href"));
		assertThat(visitor.path()).isEqualTo(link.substring(visitor.base().length()));
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

	private static String wrong(String code) {
		return ((code.charAt(0) == '0') ? "1" : "0") + code.substring(1);
	}

}
