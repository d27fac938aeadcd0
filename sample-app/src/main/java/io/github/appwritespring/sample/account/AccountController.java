package io.github.appwritespring.sample.account;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.security.AppwriteFactors;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.model.Session;
import io.github.appwritespring.client.model.User;
import io.github.appwritespring.sample.web.BadInputException;
import io.github.appwritespring.sample.web.PageMessages;

/**
 * The account page. The email, password and second-factor forms post to the starter's
 * endpoints ({@code /auth/email}, {@code /auth/password}, {@code /auth/mfa/...}) and come
 * back here; the name and the list of sessions are the user's own Appwrite calls through
 * the session client: Appwrite lets a session read and end only its own user's sessions.
 */
@Controller
public class AccountController {

	private static final int MAX_NAME = 128;

	private final AppwriteSessionClient me;

	/**
	 * Creates a new {@code AccountController}.
	 * @param me the request's session client (a request-scoped proxy)
	 */
	public AccountController(AppwriteSessionClient me) {
		this.me = me;
	}

	/**
	 * Returns the account page: the user as Appwrite has it now, the second factors and
	 * the sessions, this one first, and whether a passkey began this one.
	 * @param error why the last change failed (the starter's code), if it did
	 * @param authentication the signed-in user
	 * @return the account page
	 */
	@GetMapping("/account")
	public ModelAndView account(@RequestParam(required = false) @Nullable List<String> error,
			Authentication authentication) {
		User user = this.me.account().get();
		List<Session> sessions = this.me.account()
			.listSessions()
			.sessions()
			.stream()
			.sorted(Comparator.comparing((Session session) -> !session.current())
				.thenComparing(Session::createdAt, Comparator.reverseOrder()))
			.toList();
		ModelAndView page = new ModelAndView("account/page");
		page.addObject("error", PageMessages.error(error, Map.of()));
		page.addObject("user", user);
		page.addObject("factors", this.me.account().listMFAFactors());
		page.addObject("sessions", sessions.stream().map(SessionView::of).toList());
		// the starter gives every request of a session a passkey began Spring Security's
		// WebAuthn factor
		page.addObject("passkeySession", AppwriteFactors.hasWebAuthn(authentication));
		return page;
	}

	/**
	 * Changes the user's name.
	 * @param name the new name
	 * @return back to the account page
	 */
	@PostMapping("/account/name")
	public String name(@RequestParam String name) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
			throw new BadInputException("A name needs 1 to " + MAX_NAME + " characters.");
		}
		this.me.account().updateName(trimmed);
		return "redirect:/account?notice=name_changed";
	}

	/**
	 * Signs one of the user's other sessions out (this browser's own sign-out is
	 * {@code POST /auth/logout}).
	 * @param id the session's ID
	 * @return back to the account page
	 */
	@PostMapping("/account/sessions/{id}/delete")
	public String signOut(@PathVariable String id) {
		if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,35}")) {
			throw new BadInputException("This is no session of yours.");
		}
		try {
			this.me.account().deleteSession(id);
		}
		catch (AppwriteErrorResponseException ex) {
			if (ex.getStatus() != 404) {
				throw ex;
			}
			// already gone, or another user's: Appwrite answers both alike
		}
		return "redirect:/account?notice=signed_out_session";
	}

}
