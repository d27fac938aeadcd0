package io.github.appwritespring.sample.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * htmx in a real browser: the notes list deletes a note without a page load, its request
 * carrying the CSRF token in {@code X-XSRF-TOKEN} from {@code hx-headers}.
 */
class HtmxBrowserTests extends BrowserTestSupport {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Test
	void aNoteIsDeletedFromTheListWithoutAPageLoad() {
		AppBrowser demo = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		String keep = demo.createNote("Keep me", "");
		String gone = demo.createNote("Delete me", "");
		demo.open("/notes");
		assertThat(demo.noteTitles("notes")).containsExactly("Delete me", "Keep me");
		demo.driver().executeScript("window.__samePage = true;");
		demo.driver().findElement(By.cssSelector("li[data-id='" + gone + "'] .delete-note")).click();
		new WebDriverWait(demo.driver(), WAIT).ignoring(StaleElementReferenceException.class)
			.until((driver) -> demo.noteTitles("notes").size() == 1);
		assertThat(demo.noteTitles("notes")).containsExactly("Keep me");
		assertThat(demo.driver().executeScript("return window.__samePage === true;"))
			.as("no page load: the list item was swapped out")
			.isEqualTo(true);
		demo.open("/notes");
		assertThat(demo.noteTitles("notes")).as("deleted in Appwrite, not only on the page").containsExactly("Keep me");
		demo.open("/notes/" + gone);
		assertThat(demo.text("error-title")).isEqualTo("Not found");
		assertThat(keep).isNotBlank();
	}

}
