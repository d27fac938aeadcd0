package io.github.appwritespring.sample.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.sample.attachments.AttachmentService;
import io.github.appwritespring.sample.notes.Note;
import io.github.appwritespring.sample.notes.NoteForm;
import io.github.appwritespring.sample.notes.NoteLimits;
import io.github.appwritespring.sample.notes.NoteService;
import io.github.appwritespring.sample.sharing.NoteSharing;
import io.github.appwritespring.sample.web.BadInputException;
import io.github.appwritespring.sample.wordcount.WordCountService;

/**
 * The notes pages: list, create, show, edit, delete, share and word count.
 */
@Controller
public class NoteController {

	private final NoteService notes;

	private final NoteDetailView detail;

	private final AttachmentService attachments;

	private final NoteSharing sharing;

	private final WordCountService wordCount;

	/**
	 * Creates a new {@code NoteController}.
	 * @param notes the notes
	 * @param detail the note page
	 * @param attachments the attachments, deleted with their note
	 * @param sharing sharing by email
	 * @param wordCount the word-count function
	 */
	public NoteController(NoteService notes, NoteDetailView detail, AttachmentService attachments, NoteSharing sharing,
			WordCountService wordCount) {
		this.notes = notes;
		this.detail = detail;
		this.attachments = attachments;
		this.sharing = sharing;
		this.wordCount = wordCount;
	}

	/**
	 * Returns the notes list.
	 * @return the notes list
	 */
	@GetMapping("/")
	public String home() {
		return "redirect:/notes";
	}

	/**
	 * Returns the user's notes, newest first, and those shared with them.
	 * @param user the signed-in user
	 * @param after the cursor of the page, or {@code null} for the newest notes
	 * @return the user's notes, newest first, and those shared with them
	 */
	@GetMapping("/notes")
	public ModelAndView list(@AuthenticationPrincipal AppwriteUser user,
			@RequestParam(required = false) @Nullable String after) {
		ModelAndView page = new ModelAndView("notes/list");
		page.addObject("page", this.notes.mine(user, after));
		List<Row<Note>> shared = (after != null) ? List.of() : this.notes.sharedWith(user);
		Map<String, String> sharedBy = new HashMap<>();
		shared.forEach((note) -> sharedBy.put(note.id(), this.sharing.ownerName(note)));
		page.addObject("shared", shared);
		page.addObject("sharedBy", sharedBy);
		page.addObject("firstPage", after == null);
		return page;
	}

	/**
	 * Returns an empty note form.
	 * @return an empty note form
	 */
	@GetMapping("/notes/new")
	public ModelAndView newNote() {
		return form(null, NoteForm.empty(), List.of(), HttpStatus.OK);
	}

	/**
	 * Returns the new note's page, or the form with what is wrong (400).
	 * @param user the signed-in user
	 * @param form the input
	 * @return the new note's page, or the form with what is wrong (400)
	 */
	@PostMapping("/notes")
	public ModelAndView create(@AuthenticationPrincipal AppwriteUser user, NoteForm form) {
		List<String> errors = form.errors();
		if (!errors.isEmpty()) {
			return form(null, form, errors, HttpStatus.BAD_REQUEST);
		}
		Row<Note> note = this.notes.create(user, form);
		return new ModelAndView("redirect:/notes/" + note.id() + "?created");
	}

	/**
	 * Returns the note page.
	 * @param user the signed-in user
	 * @param id the note's ID
	 * @param words a word count to show, from the word-count action
	 * @return the note page
	 */
	@GetMapping("/notes/{id}")
	public ModelAndView show(@AuthenticationPrincipal AppwriteUser user, @PathVariable String id,
			@RequestParam(required = false) @Nullable Integer words) {
		ModelAndView page = this.detail.render(this.notes.get(id), user, null, HttpStatus.OK);
		page.addObject("words", words);
		return page;
	}

	/**
	 * Returns the form with the note.
	 * @param user the signed-in user
	 * @param id the note's ID
	 * @return the form with the note
	 */
	@GetMapping("/notes/{id}/edit")
	public ModelAndView edit(@AuthenticationPrincipal AppwriteUser user, @PathVariable String id) {
		Row<Note> note = this.notes.owned(id, user);
		return form(note.id(), new NoteForm(note.data().title(), note.data().body()), List.of(), HttpStatus.OK);
	}

	/**
	 * Returns the note page, or the form with what is wrong (400).
	 * @param user the signed-in user
	 * @param id the note's ID
	 * @param form the input
	 * @return the note page, or the form with what is wrong (400)
	 */
	@PostMapping("/notes/{id}")
	public ModelAndView update(@AuthenticationPrincipal AppwriteUser user, @PathVariable String id, NoteForm form) {
		List<String> errors = form.errors();
		if (!errors.isEmpty()) {
			return form(this.notes.owned(id, user).id(), form, errors, HttpStatus.BAD_REQUEST);
		}
		Row<Note> note = this.notes.update(id, user, form);
		return new ModelAndView("redirect:/notes/" + note.id() + "?saved");
	}

	/**
	 * Returns the notes list.
	 * @param user the signed-in user
	 * @param id the note's ID
	 * @return the notes list
	 */
	@PostMapping("/notes/{id}/delete")
	public String delete(@AuthenticationPrincipal AppwriteUser user, @PathVariable String id) {
		deleteOwned(user, id);
		return "redirect:/notes?deleted";
	}

	/**
	 * Deletes one of the user's notes with its attachments (404 for another's note), for
	 * htmx: the list's delete buttons send {@code DELETE /notes/{id}} and swap the note
	 * for the empty answer.
	 * @param user the signed-in user
	 * @param id the note's ID
	 * @return an empty 200
	 */
	@DeleteMapping("/notes/{id}")
	public ResponseEntity<String> deleteInPlace(@AuthenticationPrincipal AppwriteUser user, @PathVariable String id) {
		deleteOwned(user, id);
		return ResponseEntity.ok("");
	}

	private void deleteOwned(AppwriteUser user, String id) {
		Row<Note> note = this.notes.owned(id, user);
		this.attachments.deleteAll(note);
		this.notes.delete(note);
	}

	/**
	 * Returns the note page, with an error (400) when the email is no good.
	 * @param user the signed-in user
	 * @param id the note's ID
	 * @param email the email of the user to share with
	 * @return the note page, with an error (400) when the email is no good
	 */
	@PostMapping("/notes/{id}/share")
	public ModelAndView share(@AuthenticationPrincipal AppwriteUser user, @PathVariable String id,
			@RequestParam(defaultValue = "") String email) {
		Row<Note> note = this.notes.owned(id, user);
		try {
			this.sharing.share(note, user, email);
		}
		catch (BadInputException ex) {
			return this.detail.render(note, user, ex.getMessage(), HttpStatus.BAD_REQUEST);
		}
		return new ModelAndView("redirect:/notes/" + note.id() + "?shared");
	}

	/**
	 * Returns the note page showing its number of words.
	 * @param user the signed-in user
	 * @param id the note's ID
	 * @return the note page showing its number of words
	 */
	@PostMapping("/notes/{id}/word-count")
	public String countWords(@AuthenticationPrincipal AppwriteUser user, @PathVariable String id) {
		Row<Note> note = this.notes.get(id);
		String body = note.data().body();
		return "redirect:/notes/" + note.id() + "?words=" + this.wordCount.count((body != null) ? body : "");
	}

	private static ModelAndView form(@Nullable String id, NoteForm form, List<String> errors, HttpStatus status) {
		ModelAndView page = new ModelAndView("notes/form", status);
		page.addObject("id", id);
		page.addObject("form", form);
		page.addObject("errors", errors);
		page.addObject("titleMax", NoteLimits.TITLE);
		page.addObject("bodyMax", NoteLimits.BODY);
		return page;
	}

}
