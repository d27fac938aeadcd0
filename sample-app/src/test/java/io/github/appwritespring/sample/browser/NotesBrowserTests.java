package io.github.appwritespring.sample.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notes in a real browser: write, edit, delete, page, count words, and keep them to their
 * owner until shared.
 */
class NotesBrowserTests extends BrowserTestSupport {

	@Test
	void createEditAndDeleteANote() {
		AppBrowser demo = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		assertThat(demo.text("no-notes")).contains("No notes yet");

		String id = demo.createNote("Groceries", "milk\nbread");
		assertThat(demo.text("notice")).isEqualTo("Note created.");
		assertThat(demo.text("note-title")).isEqualTo("Groceries");
		assertThat(demo.text("note-body")).isEqualTo("milk\nbread");

		demo.submit("edit").type("title", "Groceries for Sunday").type("body", "milk\nbread\neggs").submit("save");
		assertThat(demo.path()).isEqualTo("/notes/" + id + "?saved");
		assertThat(demo.text("note-title")).isEqualTo("Groceries for Sunday");
		assertThat(demo.text("note-body")).isEqualTo("milk\nbread\neggs");

		demo.open("/notes");
		assertThat(demo.noteTitles("notes")).containsExactly("Groceries for Sunday");

		demo.open("/notes/" + id).submitConfirmed("delete");
		assertThat(demo.path()).isEqualTo("/notes?deleted");
		assertThat(demo.noteTitles("notes")).isEmpty();
		demo.open("/notes/" + id);
		assertThat(demo.text("error-title")).isEqualTo("Not found");
	}

	@Test
	void signedInPagesMakeNoServletSession() {
		AppBrowser demo = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		String id = demo.createNote("Stateless", "");
		demo.open("/notes").open("/notes/" + id);
		// D6: the Appwrite session cookie is the only state; any instance can answer any
		// request
		assertThat(demo.cookie("JSESSIONID")).isNull();
	}

	@Test
	void notesAreListedNewestFirstAndPaged() {
		AppBrowser demo = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		for (int i = 1; i <= 12; i++) {
			demo.createNote("Note " + i, "text " + i);
		}
		demo.open("/notes");
		assertThat(demo.text("note-count")).isEqualTo("(12)");
		assertThat(demo.noteTitles("notes")).hasSize(10).startsWith("Note 12", "Note 11").endsWith("Note 3");
		demo.submit("older");
		assertThat(demo.noteTitles("notes")).containsExactly("Note 2", "Note 1");
		assertThat(demo.has("older")).isFalse();
		demo.submit("newest");
		assertThat(demo.noteTitles("notes")).first().isEqualTo("Note 12");
	}

	@Test
	void badInputGetsAClearMessageAnd400() {
		AppBrowser demo = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		demo.open("/notes/new").type("title", "   ").type("body", "no title").submit("save");
		assertThat(demo.text("errors")).isEqualTo("A note needs a title.");
		assertThat(demo.element("body").getAttribute("value")).isEqualTo("no title");

		// past the form's maxlength, as a script or an old browser would send it
		demo.driver()
			.executeScript("document.getElementById('title').removeAttribute('maxlength');"
					+ "document.getElementById('title').value = 'x'.repeat(201);");
		demo.submit("save");
		assertThat(demo.text("errors")).isEqualTo("The title is too long: at most 200 characters.");

		demo.open("/notes/not-a-note");
		assertThat(demo.text("error-title")).isEqualTo("Not found");
		demo.open("/notes/..%2F..%2Fadmin");
		assertThat(demo.driver().getPageSource()).doesNotContain("Exception", "appwrite.", "at io.");
	}

	@Test
	void anotherUserSeesANoteOnlyOnceItIsShared() {
		AppBrowser demo = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		String id = demo.createNote("Secret plan", "Step one: write a sample app.");

		AppBrowser bob = browser().signUp("Bob", "bob@example.com", "bob-password");
		assertThat(bob.noteTitles("notes")).isEmpty();
		assertThat(bob.has("shared-notes")).isFalse();
		bob.open("/notes/" + id);
		assertThat(bob.text("error-title")).isEqualTo("Not found");

		// the same answer whether an account uses the email or not
		demo.open("/notes/" + id).type("share-email", "nobody@example.com").submit("share");
		assertThat(demo.text("notice")).startsWith("Shared. If an account uses that email");
		demo.type("share-email", "Bob@Example.com").submit("share");
		assertThat(demo.text("notice")).startsWith("Shared. If an account uses that email");
		assertThat(demo.text("readers")).isEqualTo("nobody@example.com, bob@example.com");

		bob.open("/notes");
		assertThat(bob.noteTitles("shared-notes")).containsExactly("Secret plan");
		bob.open("/notes/" + id);
		assertThat(bob.text("note-body")).isEqualTo("Step one: write a sample app.");
		assertThat(bob.text("shared-by")).contains("Demo User", "read only");
		assertThat(bob.has("edit")).isFalse();
		assertThat(bob.has("delete")).isFalse();
		// read-only also when the form is forged
		bob.open("/notes/" + id + "/edit");
		assertThat(bob.text("error-title")).isEqualTo("Not allowed");
	}

	@Test
	void wordCountRunsTheFunction() {
		AppBrowser demo = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		demo.createNote("Counting", "one two  three\nfour   five");
		demo.submit("count-words");
		assertThat(demo.text("word-count")).isEqualTo("5 words");
	}

	@Test
	void screenshotOfTheNotesPage() throws IOException {
		org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("sample.screenshot"),
				"only with -Dsample.screenshot=true, which writes docs/sample-app.png");
		AppBrowser demo = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		demo.createNote("Welcome to the sample", "Notes are Appwrite rows that only you can read.");
		demo.createNote("Try the word count", "It runs an Appwrite function on the text of a note.");
		demo.createNote("Share a note", "Type another user's email on a note to let them read it.");
		demo.open("/notes");
		Path file = Path.of(System.getProperty("sample.screenshot.file", "docs/sample-app.png"));
		Files.createDirectories(file.getParent());
		Files.write(file, demo.driver().getScreenshotAs(OutputType.BYTES));
	}

}
