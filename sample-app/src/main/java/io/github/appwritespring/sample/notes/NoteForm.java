package io.github.appwritespring.sample.notes;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the note form posts, with its checks.
 *
 * @param title the title (required, at most {@link NoteLimits#TITLE} characters)
 * @param body the text (at most {@link NoteLimits#BODY} characters)
 */
public record NoteForm(@Nullable String title, @Nullable String body) {

	/**
	 * Returns an empty form.
	 * @return an empty form
	 */
	public static NoteForm empty() {
		return new NoteForm("", "");
	}

	/**
	 * Returns the problems with this input, as messages for the form; empty when it is
	 * fine.
	 * @return the problems with this input, as messages for the form; empty when it is
	 * fine
	 */
	public List<String> errors() {
		List<String> errors = new ArrayList<>();
		if (title().isEmpty()) {
			errors.add("A note needs a title.");
		}
		else if (title().length() > NoteLimits.TITLE) {
			errors.add("The title is too long: at most " + NoteLimits.TITLE + " characters.");
		}
		if (body().length() > NoteLimits.BODY) {
			errors.add("The text is too long: at most " + NoteLimits.BODY + " characters.");
		}
		return errors;
	}

	/**
	 * Returns the title without surrounding blanks, never {@code null}.
	 * @return the title without surrounding blanks, never {@code null}
	 */
	@Override
	public String title() {
		return (this.title != null) ? this.title.strip() : "";
	}

	/**
	 * Returns the text, never {@code null}.
	 * @return the text, never {@code null}
	 */
	@Override
	public String body() {
		return (this.body != null) ? this.body : "";
	}

}
