package io.github.appwritespring.sample.pages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.sample.notebook.Notebooks;
import io.github.appwritespring.sample.notes.NoteForm;
import io.github.appwritespring.sample.web.BadInputException;

/**
 * The shared notebook page: start one, invite people by email, write notes its members
 * read.
 */
@Controller
public class NotebookController {

	private final Notebooks notebooks;

	private final String invitationPath;

	/**
	 * Creates a new {@code NotebookController}.
	 * @param notebooks the notebooks
	 * @param security where the starter's invitation endpoint is
	 */
	public NotebookController(Notebooks notebooks, AppwriteSecurityProperties security) {
		this.notebooks = notebooks;
		this.invitationPath = security.getEndpoints().getTeamInvitation();
	}

	/**
	 * Returns the user's notebooks.
	 * @param user the signed-in user
	 * @return the user's notebooks
	 */
	@GetMapping("/notebook")
	public ModelAndView page(@AuthenticationPrincipal AppwriteUser user) {
		return new ModelAndView("notebook/page").addObject("notebooks", this.notebooks.of(user));
	}

	/**
	 * Starts a notebook owned by the user.
	 * @return back to the notebook page
	 */
	@PostMapping("/notebook")
	public String create() {
		this.notebooks.create();
		return "redirect:/notebook?created";
	}

	/**
	 * Invites someone by email. The answer is the same whether they have an account, are
	 * a member already or are new.
	 * @param user the signed-in user, the notebook's owner
	 * @param teamId the notebook's team
	 * @param email whom to invite
	 * @return back to the notebook page
	 */
	@PostMapping("/notebook/{teamId}/invitations")
	public String invite(@AuthenticationPrincipal AppwriteUser user, @PathVariable String teamId,
			@RequestParam String email) {
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(this.invitationPath).toUriString();
		this.notebooks.invite(user, teamId, email, url);
		return "redirect:/notebook?invited";
	}

	/**
	 * Writes a note into a notebook.
	 * @param user the signed-in user, a member
	 * @param teamId the notebook's team
	 * @param form the note
	 * @return the new note's page
	 */
	@PostMapping("/notebook/{teamId}/notes")
	public String write(@AuthenticationPrincipal AppwriteUser user, @PathVariable String teamId, NoteForm form) {
		if (!form.errors().isEmpty()) {
			throw new BadInputException(form.errors().get(0));
		}
		return "redirect:/notes/" + this.notebooks.write(user, teamId, form).id() + "?created";
	}

}
