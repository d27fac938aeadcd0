package io.github.appwritespring.sample.auth;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.github.appwritespring.sample.web.PageMessages;

/**
 * The sign-in and sign-up pages. Their forms post to the starter's {@code /auth/login},
 * {@code /auth/signup}, {@code /auth/magic-url} and {@code /auth/email-otp}, which come
 * back here with {@code ?error=...} when something went wrong. On the emulator the
 * sign-in page also shows the seeded accounts and links to the emulator's mailbox.
 */
@Controller
public class LoginController {

	private static final Map<String, String> LOGIN_ERRORS = Map.of("credentials", "Wrong email or password.",
			"throttled", "Too many attempts. Wait a few minutes, then try again.", "oauth2",
			"Signing in through the provider did not work. Try again, or use your email and password.", "unavailable",
			"Sign-in is unavailable right now: Appwrite cannot be reached. Try again in a moment.", "blocked",
			"This account is blocked.");

	private static final Map<String, String> SIGNUP_ERRORS = Map.of("exists",
			"An account with this email exists already. Sign in instead.", "invalid",
			"Check the form: a name, a valid email and a password of at least 8 characters.", "throttled",
			"Too many attempts. Wait a few minutes, then try again.", "unavailable",
			"Sign-up is unavailable right now: Appwrite cannot be reached. Try again in a moment.");

	private final DemoAccounts demoAccounts;

	private final EmulatorMailboxLink mailbox;

	private final List<String> providers;

	/**
	 * Creates a new {@code LoginController}.
	 * @param demoAccounts the emulator's seeded accounts
	 * @param mailbox the emulator's mailbox page, when on the emulator
	 * @param providers the OAuth2 providers to offer
	 */
	public LoginController(DemoAccounts demoAccounts, EmulatorMailboxLink mailbox,
			@Value("${appwrite.security.oauth2.providers:}") List<String> providers) {
		this.demoAccounts = demoAccounts;
		this.mailbox = mailbox;
		this.providers = providers.stream().filter((provider) -> !provider.isBlank()).toList();
	}

	/**
	 * Returns the sign-in page.
	 * @param error why the last attempt failed ({@code credentials}, {@code throttled},
	 * ...), if it did
	 * @param logout present after signing out
	 * @param redirect where to go after signing in (a relative path; the starter checks
	 * it)
	 * @return the sign-in page
	 */
	@GetMapping("/login")
	public ModelAndView login(@RequestParam(required = false) @Nullable List<String> error,
			@RequestParam(required = false) @Nullable String logout,
			@RequestParam(required = false) @Nullable String redirect) {
		ModelAndView page = new ModelAndView("auth/login");
		page.addObject("error", message(LOGIN_ERRORS, error, "credentials"));
		page.addObject("loggedOut", logout != null);
		page.addObject("mailboxUrl", this.mailbox.url());
		page.addObject("redirect", redirect);
		page.addObject("providers", this.providers);
		page.addObject("demoAccounts", this.demoAccounts.list());
		return page;
	}

	/**
	 * Returns the sign-up page.
	 * @param error why the last attempt failed, if it did
	 * @return the sign-up page
	 */
	@GetMapping("/signup")
	public ModelAndView signup(@RequestParam(required = false) @Nullable List<String> error) {
		ModelAndView page = new ModelAndView("auth/signup");
		page.addObject("error", message(SIGNUP_ERRORS, error, "invalid"));
		page.addObject("providers", this.providers);
		return page;
	}

	/**
	 * The first {@code error} decides: a provider may append its own {@code error}
	 * parameter after ours. The page's own words first, then the starter's (a link, a
	 * code, an invitation, ...), else the fallback's.
	 */
	private static @Nullable String message(Map<String, String> messages, @Nullable List<String> error,
			String fallback) {
		if (error == null) {
			return null;
		}
		String text = PageMessages.error(error, messages);
		return (text != null) ? text : messages.get(fallback);
	}

}
