package io.github.appwritespring.sample.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attachments in a real browser: upload, download through the app with the same bytes,
 * the size limit, delete.
 */
class AttachmentsBrowserTests extends BrowserTestSupport {

	@TempDir
	Path files;

	@Test
	void uploadDownloadAndDeleteAnAttachment() throws IOException {
		byte[] bytes = new byte[300_000];
		new Random(42).nextBytes(bytes);
		Path upload = Files.write(this.files.resolve("data.bin"), bytes);

		AppBrowser demo = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		String id = demo.createNote("With a file", "see attachment");
		assertThat(demo.text("size-limit")).isEqualTo("At most 1 MB per file.");
		demo.element("file").sendKeys(upload.toString());
		demo.submit("upload");
		assertThat(demo.path()).isEqualTo("/notes/" + id + "?uploaded");
		assertThat(demo.driver().findElement(By.cssSelector("#attachments .download")).getText()).isEqualTo("data.bin");

		demo.driver().findElement(By.cssSelector("#attachments .download")).click();
		Path downloaded = demo.chromium().downloads().resolve("data.bin");
		new WebDriverWait(demo.driver(), Duration.ofSeconds(15))
			.until((driver) -> Files.exists(downloaded) && sizeOf(downloaded) == bytes.length);
		assertThat(Files.readAllBytes(downloaded)).isEqualTo(bytes);

		demo.driver().findElement(By.cssSelector("#attachments .remove-attachment")).click();
		new WebDriverWait(demo.driver(), Duration.ofSeconds(15)).until((driver) -> demo.path().endsWith("?removed"));
		assertThat(demo.driver().findElements(By.cssSelector("#attachments .attachment"))).isEmpty();
	}

	@Test
	void aFileOverTheLimitIsRefusedWithTheLimitShown() throws IOException {
		Path upload = Files.write(this.files.resolve("big.bin"), new byte[1024 * 1024 + 1]);
		AppBrowser demo = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		demo.createNote("Too big", "");
		demo.element("file").sendKeys(upload.toString());
		demo.submit("upload");
		assertThat(demo.text("error")).isEqualTo("That file is too large: attachments can be at most 1 MB.");
		assertThat(demo.driver().findElements(By.cssSelector("#attachments .attachment"))).isEmpty();
	}

	@Test
	void aFileOverTheMultipartLimitGetsThe413Page() throws IOException {
		// past spring.servlet.multipart.max-file-size: refused before the controller,
		// still with the limit shown
		Path upload = Files.write(this.files.resolve("huge.bin"), new byte[10 * 1024 * 1024 + 1]);
		AppBrowser demo = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		demo.createNote("Far too big", "");
		demo.element("file").sendKeys(upload.toString());
		demo.submit("upload");
		assertThat(demo.text("error-title")).isEqualTo("File too large");
		assertThat(demo.text("error-text")).isEqualTo("Attachments can be at most 1 MB. Choose a smaller file.");
	}

	@Test
	void anotherUserCannotDownloadAnAttachment() throws IOException {
		Path upload = Files.writeString(this.files.resolve("private.txt"), "only for demo");
		AppBrowser demo = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		String id = demo.createNote("Private file", "");
		demo.element("file").sendKeys(upload.toString());
		demo.submit("upload");
		String href = demo.driver().findElement(By.cssSelector("#attachments .download")).getAttribute("href");

		AppBrowser admin = browser().signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		admin.driver().get(href);
		assertThat(admin.text("error-title")).isEqualTo("Not found");
		assertThat(href).contains("/notes/" + id + "/attachments/");
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
