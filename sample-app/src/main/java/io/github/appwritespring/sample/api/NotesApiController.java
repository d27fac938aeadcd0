package io.github.appwritespring.sample.api;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.sample.notes.NotePage;
import io.github.appwritespring.sample.notes.NoteService;

/**
 * The notes as JSON for API clients: a front end signed in with Appwrite's client SDK
 * calls {@code /api/**} with {@code Authorization: Bearer <jwt>} from
 * {@code account.createJWT()} ({@code appwrite.security.jwt.paths}), and Appwrite answers
 * as that user: no cookie, no CSRF token.
 */
@RestController
public class NotesApiController {

	private final NoteService notes;

	/**
	 * Creates a new {@code NotesApiController}.
	 * @param notes the notes, read as the request's user
	 */
	public NotesApiController(NoteService notes) {
		this.notes = notes;
	}

	/**
	 * Returns a page of the user's notes, newest first.
	 * @param user the JWT's user
	 * @param after the cursor of the page, or {@code null} for the newest notes
	 * @return the user, the notes (ID, title, creation time) and the next page's cursor
	 */
	@GetMapping("/api/notes")
	public Map<String, Object> notes(@AuthenticationPrincipal AppwriteUser user,
			@RequestParam(required = false) @Nullable String after) {
		NotePage page = this.notes.mine(user, after);
		List<Map<String, String>> notes = page.notes()
			.stream()
			.map((note) -> Map.of("id", note.id(), "title", note.data().title(), "createdAt", note.createdAt()))
			.toList();
		return (page.next() != null) ? Map.of("user", user.getEmail(), "notes", notes, "next", page.next())
				: Map.of("user", user.getEmail(), "notes", notes);
	}

}
