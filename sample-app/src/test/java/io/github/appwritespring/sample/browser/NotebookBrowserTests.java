package io.github.appwritespring.sample.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.github.appwritespring.emulator.mail.Message;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shared notebook in two browsers: its owner invites someone by email, the invitation
 * link signs that person in, and they read the notebook's notes (Appwrite's team role
 * permission, through their own session) without being able to change them; a third
 * person, not invited, sees neither.
 */
class NotebookBrowserTests extends BrowserTestSupport {

	@Test
	void anInvitedPersonJoinsThroughTheEmailedLinkAndReadsTheNotebookOthersDoNot() {
		AppBrowser demo = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD).open("/notebook");
		assertThat(demo.has("no-notebook")).isTrue();
		demo.submit("create-notebook");
		assertThat(demo.path()).isEqualTo("/notebook?created");
		type(demo, ".write-title", "Team plan");
		type(demo, ".write-body", "Ship the sample.");
		demo.driver().findElement(By.cssSelector(".write")).click();
		String notePath = pathOfNewNote(demo).replace("?created", "");
		assertThat(demo.text("in-notebook")).contains("its members can read it");

		demo.open("/notebook");
		type(demo, ".invite-email", "Grace@Example.com");
		demo.driver().findElement(By.cssSelector(".invite")).click();
		demo.awaitPath("/notebook?invited");
		assertThat(demo.text("notice")).startsWith("Invited.");
		assertThat(demo.texts(".member")).anySatisfy((member) -> assertThat(member).contains("(invited)"));

		Message invitation = mail("grace@example.com");
		assertThat(invitation.template()).isEqualTo("invitation");
		AppBrowser grace = browser().follow(invitation.link().orElseThrow()).awaitPath("/notes");
		grace.open("/notebook");
		assertThat(grace.noteTitles("notes")).isEmpty();
		assertThat(grace.texts(".notebook-notes .note-title")).containsExactly("Team plan");
		assertThat(grace.has("create-notebook")).isFalse();
		assertThat(grace.driver().findElements(By.cssSelector(".invite-form"))).isEmpty();
		grace.driver().findElement(By.cssSelector(".notebook-notes .note-title")).click();
		assertThat(grace.text("note-body")).isEqualTo("Ship the sample.");
		assertThat(grace.text("shared-by")).contains("Demo User", "read only");
		assertThat(grace.has("edit")).isFalse();

		// the link works once
		AppBrowser stranger = browser().follow(invitation.link().orElseThrow()).awaitPath("/login?error=invitation");
		assertThat(stranger.text("error")).contains("invitation is invalid or was already accepted");

		demo.open("/notebook");
		assertThat(demo.texts(".member")).noneSatisfy((member) -> assertThat(member).contains("(invited)"));

		// someone not invited sees neither the notebook nor its note
		AppBrowser admin = browser().signIn(ADMIN_EMAIL, ADMIN_PASSWORD).open("/notebook");
		assertThat(admin.has("no-notebook")).isTrue();
		admin.open(notePath);
		assertThat(admin.text("error-title")).isEqualTo("Not found");
	}

	private static void type(AppBrowser browser, String cssSelector, String text) {
		WebElement field = browser.driver().findElement(By.cssSelector(cssSelector));
		field.clear();
		field.sendKeys(text);
	}

	/** Waits for the note page a note written into the notebook leads to. */
	private static String pathOfNewNote(AppBrowser browser) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until((driver) -> browser.path().startsWith("/notes/") && browser.path().endsWith("?created"));
		return browser.path();
	}

}
