package io.github.appwritespring.sample.pages;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;

/**
 * The signed-in user's passkeys: listed (name, added, last used) from the starter's
 * Appwrite-backed {@link UserCredentialRepository}, added by the page's script through
 * the starter's WebAuthn endpoints, removed here (only the user's own).
 */
@Controller
public class PasskeyController {

	private final UserCredentialRepository passkeys;

	/**
	 * Creates the controller.
	 * @param passkeys where the starter keeps passkeys (an Appwrite table)
	 */
	public PasskeyController(UserCredentialRepository passkeys) {
		this.passkeys = passkeys;
	}

	/**
	 * Lists the user's passkeys.
	 * @param user the signed-in user
	 * @return the passkeys page
	 */
	@GetMapping("/passkeys")
	public ModelAndView list(@AuthenticationPrincipal AppwriteUser user) {
		List<CredentialRecord> records = this.passkeys.findByUserId(handle(user))
			.stream()
			.sorted(Comparator.comparing(CredentialRecord::getCreated))
			.toList();
		return new ModelAndView("passkeys/list").addObject("passkeys", records);
	}

	/**
	 * Removes one of the user's passkeys; another user's is left alone.
	 * @param user the signed-in user
	 * @param id the passkey's credential ID (base64url)
	 * @return back to the list
	 */
	@PostMapping("/passkeys/{id}/delete")
	public String delete(@AuthenticationPrincipal AppwriteUser user, @PathVariable String id) {
		Bytes credentialId = Bytes.fromBase64(id);
		CredentialRecord record = this.passkeys.findByCredentialId(credentialId);
		if (record != null && record.getUserEntityUserId().equals(handle(user))) {
			this.passkeys.delete(credentialId);
		}
		return "redirect:/passkeys";
	}

	private static Bytes handle(AppwriteUser user) {
		return new Bytes(user.getId().getBytes(StandardCharsets.UTF_8));
	}

}
