package io.github.appwritespring.autoconfigure.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default pages on both stacks, in the smallest application: the starter, its
 * properties, the {@link Pages} controller, and one Thymeleaf template,
 * {@code templates/sign-in/code.html}, for the emailed-code page moved to
 * {@code /sign-in/code}. A subclass starts it with its stack.
 */
@TestPropertySource(locations = "classpath:security-e2e.properties",
		properties = { "appwrite.security.magic-url.enabled=true", "appwrite.security.email-otp.enabled=true",
				"appwrite.security.email-code-page=/sign-in/code", "spring.application.name=Notebook" })
public abstract class DefaultPagesTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AppwriteClient admin;

	Browser browser;

	@BeforeEach
	void newBrowser() {
		this.browser = new Browser(this.port);
	}

	private static String formToken(Answer page) {
		Matcher matcher = CSRF_FIELD.matcher(page.body());
		assertThat(matcher.find()).as("the page's form carries the CSRF token: %s", page.body()).isTrue();
		return matcher.group(1);
	}

	@Test
	void theSignInPageWorksEndToEndWithNoTemplate() throws Exception {
		String email = "p" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		this.admin.users().create(ID.unique(), email, null, "a-long-password", "Page User");
		Answer page = this.browser.getPage("/login");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.header("Cache-Control")).isEqualTo("no-store");
		assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'")
			.contains("style-src 'self' 'sha256-")
			.contains("form-action 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(page.body()).contains("<html lang=\"en\">")
			.contains("<title>Sign in · Notebook</title>")
			.contains("action=\"/auth/login\"")
			.contains("<label for=\"email-1\">Email</label>")
			.contains("autocomplete=\"current-password\"")
			.contains("href=\"/auth/oauth2/github\"")
			.contains("action=\"/auth/magic-url\"")
			.contains("href=\"/forgot-password\"")
			.contains("href=\"/signup\"")
			.doesNotContain("<script");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("email", email);
		fields.put("password", "a-long-password");
		fields.put("_csrf", formToken(page));
		Answer signIn = this.browser.postForm("/auth/login", fields);
		assertThat(signIn.status()).isEqualTo(302);
		assertThat(signIn.location()).isEqualTo("/");
		assertThat(this.browser.get("/").body()).isEqualTo("home");
	}

	@Test
	void aProtectedPageSendsTheBrowserToTheDefaultSignInPage() throws Exception {
		Answer answer = this.browser.getPage("/mine");
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).endsWith("/login");
	}

	@Test
	void theApplicationsOwnPageWins() throws Exception {
		assertThat(this.browser.getPage("/signup").body()).isEqualTo("my own sign-up page");
	}

	@Test
	void errorsAndNoticesShowTheirSentenceAndNeverTheQuery() throws Exception {
		Answer error = this.browser.getPage("/login?error=credentials");
		assertThat(error.body()).contains("<p role=\"alert\">Invalid email or password.</p>");
		Answer notice = this.browser.getPage("/login?notice=password_reset");
		assertThat(notice.body()).contains("<p role=\"status\">Your password was changed.");
		Answer forged = this.browser.getPage("/login?error=%3Cscript%3Ealert(1)%3C/script%3E&notice=pwned");
		assertThat(forged.body()).doesNotContain("script").doesNotContain("pwned").doesNotContain("role=\"alert\"");
	}

	@Test
	void theResetPageCarriesTheLinksFieldsEscapedAndItsFormPostsTheNewPassword() throws Exception {
		Answer page = this.browser.getPage("/reset-password?userId=u1&secret=%22%3E%3Cb%3E&error=password_mismatch");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("action=\"/auth/recovery/confirm\"")
			.contains("name=\"userId\" value=\"u1\"")
			.contains("name=\"secret\" value=\"&quot;&gt;&lt;b&gt;\"")
			.contains("The two passwords differ.")
			.contains("autocomplete=\"new-password\"");
		Answer withoutLink = this.browser.getPage("/reset-password");
		assertThat(withoutLink.body()).contains("needs the link from the recovery email")
			.doesNotContain("action=\"/auth/recovery/confirm\"");
	}

	@Test
	void theForgotPasswordFormWorksWithTheTokenItRendered() throws Exception {
		Answer page = this.browser.getPage("/forgot-password");
		assertThat(page.body()).contains("action=\"/auth/recovery\"");
		Answer sent = this.browser.postForm("/auth/recovery",
				Map.of("email", "nobody@example.com", "_csrf", formToken(page)));
		assertThat(sent.status()).isEqualTo(303);
		assertThat(sent.location()).isEqualTo("/forgot-password?notice=recovery_sent");
		assertThat(this.browser.getPage(sent.location()).body()).contains("a link to choose a new password");
	}

	@Test
	void theSecondFactorAndVerifyEmailPagesAreServed() throws Exception {
		assertThat(this.browser.getPage("/login/mfa").body()).contains("action=\"/auth/mfa/verify\"")
			.contains("autocomplete=\"one-time-code\"")
			.contains("name=\"factor\" value=\"recoverycode\"");
		assertThat(this.browser.getPage("/verify-email").body()).contains("action=\"/auth/verification\"");
	}

	@Test
	void aTemplateNamedAfterAPagesPathWinsAndAMovedPageStaysOpenToAnyone() throws Exception {
		Answer page = this.browser.getPage("/sign-in/code");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<p>rendered by the application: its own code page</p>")
			.doesNotContain("action=");
		assertThat(this.browser.getPage("/login/code").status()).as("nothing is served at the default path any more")
			.isEqualTo(404);
	}

	@Test
	void aRedirectTargetIsKeptOnlyWhenItIsARelativePath() throws Exception {
		assertThat(this.browser.getPage("/login?redirect=/notes/1").body())
			.contains("name=\"redirect\" value=\"/notes/1\"")
			.contains("href=\"/auth/oauth2/github?redirect=%2Fnotes%2F1\"");
		assertThat(this.browser.getPage("/login?redirect=https://evil.example/").body()).doesNotContain("evil.example");
	}

	@Test
	void otherMethodsAreNotPages() throws Exception {
		Answer post = this.browser.postForm("/forgot-password", Map.of("_csrf", this.browser.csrfFormField()));
		assertThat(post.status()).isIn(404, 405);
	}

	/**
	 * The application's own pages, the same on both stacks: {@code GET /} answers
	 * {@code home}, {@code GET /mine} answers {@code my own page}, and
	 * {@code GET /signup} is the application's own sign-up page.
	 */
	@RestController
	protected static class Pages {

		@GetMapping("/")
		String home() {
			return "home";
		}

		@GetMapping("/mine")
		String mine() {
			return "my own page";
		}

		@GetMapping("/signup")
		String signup() {
			return "my own sign-up page";
		}

	}

}
