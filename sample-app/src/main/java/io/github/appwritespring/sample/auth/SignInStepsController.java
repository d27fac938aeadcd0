package io.github.appwritespring.sample.auth;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.model.MfaFactors;
import io.github.appwritespring.sample.web.PageMessages;

/**
 * The pages between asking to sign in and being signed in, in the sample's look instead
 * of the starter's default pages: "forgot your password?", the reset page the recovery
 * email links to, the emailed sign-in code, the second factor, and "verify your email".
 * Their forms post to the starter's endpoints ({@code /auth/recovery},
 * {@code /auth/recovery/confirm}, {@code /auth/email-otp/verify},
 * {@code /auth/mfa/challenge}, {@code /auth/mfa/verify}, {@code /auth/verification}),
 * which come back here with {@code ?error=...} or {@code ?notice=...}.
 */
@Controller
public class SignInStepsController {

	private final AppwriteSessionClient me;

	/**
	 * Creates a new {@code SignInStepsController}.
	 * @param me the request's session client (a request-scoped proxy): at the second
	 * factor, the limited session waiting for it
	 */
	public SignInStepsController(AppwriteSessionClient me) {
		this.me = me;
	}

	/**
	 * Returns the page that asks for the recovery email.
	 * @param error why the last attempt failed, if it did
	 * @return the page that asks for the recovery email
	 */
	@GetMapping("/forgot-password")
	public ModelAndView forgotPassword(@RequestParam(required = false) @Nullable List<String> error) {
		return page("auth/forgot-password", error);
	}

	/**
	 * Returns the page the recovery email links to: a new password, twice.
	 * @param userId the user, from the link
	 * @param secret the recovery secret, from the link
	 * @param error why the last attempt failed, if it did
	 * @return the page the recovery email links to
	 */
	@GetMapping("/reset-password")
	public ModelAndView resetPassword(@RequestParam(required = false) @Nullable String userId,
			@RequestParam(required = false) @Nullable String secret,
			@RequestParam(required = false) @Nullable List<String> error) {
		ModelAndView page = page("auth/reset-password", error);
		boolean complete = userId != null && !userId.isBlank() && secret != null && !secret.isBlank();
		page.addObject("userId", complete ? userId : null);
		page.addObject("secret", complete ? secret : null);
		return page;
	}

	/**
	 * Returns the page for the emailed sign-in code.
	 * @param redirect where to go after signing in, if anywhere
	 * @param error why the last attempt failed, if it did
	 * @return the page for the emailed sign-in code
	 */
	@GetMapping("/login/code")
	public ModelAndView emailCode(@RequestParam(required = false) @Nullable String redirect,
			@RequestParam(required = false) @Nullable List<String> error) {
		return page("auth/email-code", error).addObject("redirect", redirect);
	}

	/**
	 * Returns the second-factor page: the factors the account has, read through the
	 * limited session waiting for one (all of them when they cannot be read).
	 * @param redirect where to go after signing in, if anywhere
	 * @param error why the last attempt failed, if it did
	 * @return the second-factor page
	 */
	@GetMapping("/login/mfa")
	public ModelAndView mfa(@RequestParam(required = false) @Nullable String redirect,
			@RequestParam(required = false) @Nullable List<String> error) {
		return page("auth/mfa", error).addObject("redirect", redirect).addObject("factors", factors());
	}

	/**
	 * Returns the "verify your email" page, with "send the link again".
	 * @param error why the last attempt failed, if it did
	 * @return the "verify your email" page
	 */
	@GetMapping("/verify-email")
	public ModelAndView verifyEmail(@RequestParam(required = false) @Nullable List<String> error) {
		return page("auth/verify-email", error).addObject("verifyEmailPage", true);
	}

	private MfaFactors factors() {
		if (this.me.hasSession()) {
			try {
				return this.me.account().listMFAFactors();
			}
			catch (AppwriteErrorResponseException ex) {
				// no pending sign-in (or it ended): offer every factor; the starter says
				// "sign in again" when one is used
			}
		}
		return new MfaFactors(true, false, true, true);
	}

	private static ModelAndView page(String view, @Nullable List<String> error) {
		return new ModelAndView(view).addObject("error", PageMessages.error(error, Map.of()));
	}

}
