package io.github.appwritespring.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /admin} in a real browser: for the {@code admin} label only.
 */
class AdminBrowserTests extends BrowserTestSupport {

	@Test
	void anAdminSeesEveryUser() {
		AppBrowser admin = browser().signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		admin.submit("nav-admin");
		assertThat(admin.path()).isEqualTo("/admin");
		assertThat(admin.driver().findElements(By.cssSelector("#users .email")).stream().map(WebElement::getText))
			.containsExactlyInAnyOrder(DEMO_EMAIL, ADMIN_EMAIL);
	}

	@Test
	void anyoneElseIsForbidden() {
		AppBrowser demo = browser().signIn(DEMO_EMAIL, DEMO_PASSWORD);
		assertThat(demo.has("nav-admin")).isFalse();
		demo.open("/admin");
		assertThat(demo.text("error-title")).isEqualTo("Not allowed");
		assertThat(demo.driver().getPageSource()).doesNotContain(ADMIN_EMAIL);
	}

	@Test
	void aVisitorIsSentToTheLoginPage() {
		AppBrowser visitor = browser().open("/admin");
		assertThat(visitor.path()).startsWith("/login");
	}

}
