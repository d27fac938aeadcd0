package io.github.appwritespring.sample.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

import io.github.appwritespring.emulator.mail.Message;
import io.github.appwritespring.test.AppwriteTotp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account page in a real browser: name, email and password; the list of sessions with
 * "sign out this one" and "sign out all others" (two browsers of one person); and
 * two-step sign-in: an authenticator app added with its first code (computed as the app
 * would), recovery codes shown once, MFA on, then each factor on the MFA page at sign-in,
 * and MFA off.
 */
class AccountBrowserTests extends BrowserTestSupport {

	@Test
	void changeTheNameTheEmailAndThePassword() {
		AppBrowser ada = browser().signUp("Ada", "ada@example.com", "ada-password").open("/account");
		assertThat(ada.element("name").getAttribute("value")).isEqualTo("Ada");
		assertThat(ada.text("email")).isEqualTo("ada@example.com");
		assertThat(ada.text("email-status")).isEqualTo("not verified yet");

		ada.type("name", "Ada Lovelace").submit("save-name");
		assertThat(ada.path()).isEqualTo("/account?notice=name_changed");
		assertThat(ada.text("current-user")).isEqualTo("Ada Lovelace");

		ada.type("new-email", "ada.lovelace@example.com")
			.type("email-password", "wrong-password")
			.submit("change-email");
		assertThat(ada.text("error")).isEqualTo("The current password is not right.");
		ada.type("new-email", "ada.lovelace@example.com").type("email-password", "ada-password").submit("change-email");
		assertThat(ada.text("flash")).startsWith("Your email was changed.");
		assertThat(ada.text("email")).isEqualTo("ada.lovelace@example.com");

		ada.type("current-password", "ada-password")
			.type("new-password", "ada-new-password")
			.type("new-password-confirmation", "ada-new-password")
			.submit("change-password");
		assertThat(ada.path()).isEqualTo("/account?notice=password_changed");
		assertThat(ada.text("flash")).startsWith("Your password was changed.");
		ada.signOut().signIn("ada.lovelace@example.com", "ada-new-password");
		assertThat(ada.path()).isEqualTo("/notes");
	}

	@Test
	void sessionsAreListedAndSignedOutOneByOneOrAllOthers() {
		AppBrowser laptop = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		AppBrowser phone = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		laptop.open("/account");
		assertThat(laptop.driver().findElements(By.cssSelector("#sessions tr.session"))).hasSize(2);
		assertThat(laptop.text("sessions")).contains("127.0.0.1");
		assertThat(laptop.driver().findElement(By.cssSelector("#sessions tr.session.current")).getText())
			.contains("this browser");

		laptop.submit(signOutButtonOf(laptop));
		assertThat(laptop.path()).isEqualTo("/account?notice=signed_out_session");
		assertThat(laptop.driver().findElements(By.cssSelector("#sessions tr.session"))).hasSize(1);
		phone.open("/notes");
		assertThat(phone.path()).startsWith("/login");

		phone.signIn(DEMO_EMAIL, DEMO_PASSWORD);
		AppBrowser tablet = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		laptop.open("/account");
		assertThat(laptop.driver().findElements(By.cssSelector("#sessions tr.session"))).hasSize(3);
		laptop.submit("sign-out-others");
		assertThat(laptop.path()).isEqualTo("/account?notice=signed_out_others");
		assertThat(laptop.driver().findElements(By.cssSelector("#sessions tr.session"))).hasSize(1);
		phone.open("/notes");
		tablet.open("/notes");
		assertThat(phone.path()).startsWith("/login");
		assertThat(tablet.path()).startsWith("/login");
	}

	@Test
	void addAnAuthenticatorTurnMfaOnAndSignInWithEachFactor() {
		// the unverified email's banner first: the emailed code is a factor once it is
		// verified
		AppBrowser ada = browser().signUp("Ada", "ada@example.com", "ada-password");
		assertThat(ada.text("verify-banner")).contains("Please verify your email", "ada@example.com");
		ada.submit("resend-verification");
		assertThat(ada.path()).isEqualTo("/verify-email?notice=verification_sent");
		assertThat(ada.text("flash")).isEqualTo("A verification link is on its way to your email.");
		Message verification = mail("ada@example.com");
		assertThat(verification.template()).isEqualTo("verification");
		ada.follow(verification.link().orElseThrow()).awaitPath("/notes?notice=email_verified");
		assertThat(ada.text("flash")).isEqualTo("Your email is verified.");
		assertThat(ada.has("verify-banner")).isFalse();
		ada.open("/account");
		assertThat(ada.text("mfa-status")).startsWith("Off");

		String secret = addAuthenticator(ada);
		assertThat(ada.element("totp-qr").getAttribute("src")).startsWith("data:image/svg+xml;base64,");
		ada.type("totp-code", "000000").submit("verify-totp");
		assertThat(ada.text("error")).startsWith("The code is wrong");
		secret = addAuthenticator(ada);
		ada.type("totp-code", AppwriteTotp.code(secret)).submit("verify-totp");
		assertThat(ada.path()).isEqualTo("/account?notice=totp_added");
		assertThat(ada.text("totp-added")).isEqualTo("An authenticator app is added.");

		List<String> recoveryCodes = createRecoveryCodes(ada);
		assertThat(recoveryCodes).hasSize(6);
		ada.open("/account").click("create-recovery-codes");
		assertThat(ada.awaitText("recovery-codes-text")).contains("already");

		ada.submit("mfa-on");
		assertThat(ada.path()).isEqualTo("/account?notice=mfa_on");
		assertThat(ada.text("mfa-status")).startsWith("On");

		// the authenticator app's code
		signInUpToTheSecondStep(ada);
		assertThat(ada.has("challenge-email")).isTrue();
		assertThat(ada.has("challenge-recoverycode")).isTrue();
		ada.type("code", "000000").submit("confirm");
		assertThat(ada.path()).isEqualTo("/login/mfa?error=code");
		ada.type("code", AppwriteTotp.code(secret)).submit("confirm");
		assertThat(ada.path()).isEqualTo("/notes");

		// an emailed code
		signInUpToTheSecondStep(ada).submit("challenge-email");
		assertThat(ada.text("flash")).isEqualTo("A code is on its way to your email.");
		ada.type("code", mail("ada@example.com").code()).submit("confirm");
		assertThat(ada.path()).isEqualTo("/notes");

		// a recovery code, once
		signInUpToTheSecondStep(ada).submit("challenge-recoverycode");
		assertThat(ada.text("flash")).startsWith("Enter one of your recovery codes.");
		ada.type("code", recoveryCodes.get(0)).submit("confirm");
		assertThat(ada.path()).isEqualTo("/notes");

		ada.open("/account").submit("mfa-off");
		assertThat(ada.text("mfa-status")).startsWith("Off");
		ada.signOut().signIn("ada@example.com", "ada-password");
		assertThat(ada.path()).isEqualTo("/notes");
	}

	@Test
	void screenshotsOfTheAccountPageAndTheMfaEnrolment() throws IOException {
		Assumptions.assumeTrue(Boolean.getBoolean("sample.screenshot"),
				"only with -Dsample.screenshot=true, which writes docs/account-page.png and docs/mfa-enrolment.png");
		AppBrowser demo = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		demo.driver().manage().window().setSize(new Dimension(1280, 2300));
		demo.open("/account");
		screenshot(demo, "account-page.png");
		demo.driver().manage().window().setSize(new Dimension(1280, 900));
		addAuthenticator(demo);
		demo.driver().executeScript("document.getElementById('mfa-section').scrollIntoView();");
		screenshot(demo, "mfa-enrolment.png");
	}

	/** Adds an authenticator on the account page and returns its secret. */
	private static String addAuthenticator(AppBrowser browser) {
		browser.click("add-totp");
		return browser.awaitText("totp-secret");
	}

	private static List<String> createRecoveryCodes(AppBrowser browser) {
		browser.click("create-recovery-codes");
		browser.awaitText("recovery-codes");
		return browser.texts("#recovery-codes li");
	}

	private static AppBrowser signInUpToTheSecondStep(AppBrowser browser) {
		browser.signOut().signIn("ada@example.com", "ada-password");
		assertThat(browser.path()).isEqualTo("/login/mfa");
		return browser;
	}

	/** Gives the first "sign out this one" button an ID to click. */
	private static String signOutButtonOf(AppBrowser browser) {
		browser.driver()
			.executeScript(
					"document.querySelector('#sessions tr.session:not(.current) .sign-out-session').id = 'sign-out-one';");
		return "sign-out-one";
	}

	private static void screenshot(AppBrowser browser, String name) throws IOException {
		Path file = Path.of(System.getProperty("sample.docs.dir", "../docs")).resolve(name);
		Files.createDirectories(file.getParent());
		Files.write(file, browser.driver().getScreenshotAs(OutputType.BYTES));
	}

}
