package io.github.appwritespring.client.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * A Javadoc comment taken apart into its description and block tags, to be adapted from
 * the reactive face to the blocking one and written again.
 */
final class DocComment {

	/** The column Spring's format wraps Javadoc at, with a tab counted as four. */
	private static final int WIDTH = 90;

	private String description;

	private final List<String> tags;

	private DocComment(String description, List<String> tags) {
		this.description = description;
		this.tags = tags;
	}

	/**
	 * Reads a comment as {@code Elements.getDocComment} returns it: lines without their
	 * leading {@code *}.
	 * @param text the comment, or {@code null} when there is none
	 * @return the comment
	 */
	static DocComment parse(@Nullable String text) {
		List<String> description = new ArrayList<>();
		List<String> tags = new ArrayList<>();
		if (text != null) {
			boolean inPre = false;
			for (String raw : text.strip().split("\n", -1)) {
				String line = raw.startsWith(" ") ? raw.substring(1) : raw;
				String stripped = line.strip();
				inPre = (inPre || stripped.contains("<pre>")) && !stripped.contains("</pre>");
				if (!inPre && stripped.startsWith("@")) {
					tags.add(stripped);
				}
				else if (!tags.isEmpty()) {
					int last = tags.size() - 1;
					tags.set(last, tags.get(last) + "\n" + line);
				}
				else {
					description.add(line);
				}
			}
		}
		return new DocComment(String.join("\n", description).strip(), tags);
	}

	String description() {
		return this.description;
	}

	void description(UnaryOperator<String> change) {
		this.description = change.apply(this.description);
	}

	void appendParagraph(String paragraph) {
		this.description = this.description.isEmpty() ? paragraph : this.description + "\n<p>\n" + paragraph;
	}

	/** Removes the {@code @return} tag. */
	void removeReturn() {
		this.tags.removeIf((tag) -> tag.startsWith("@return"));
	}

	/**
	 * Changes the text of the {@code @return} tag, or adds one.
	 * @param change from the current text (empty when there is none) to the new one
	 */
	void changeReturn(UnaryOperator<String> change) {
		for (int i = 0; i < this.tags.size(); i++) {
			if (this.tags.get(i).startsWith("@return")) {
				this.tags.set(i, "@return " + change.apply(this.tags.get(i).substring("@return".length()).strip()));
				return;
			}
		}
		this.tags.add("@return " + change.apply(""));
	}

	/**
	 * Adds a block tag after the others.
	 * @param tag the tag, e.g. {@code @since 0.1.0}
	 */
	void addTag(String tag) {
		this.tags.add(tag);
	}

	/**
	 * Returns every word of the comment, to find the classes it names.
	 * @return the whole text
	 */
	String text() {
		return this.description + "\n" + String.join("\n", this.tags);
	}

	/**
	 * Writes the comment with the given indentation.
	 * @param indent the indentation of the comment's first line: none for a class, whose
	 * comment keeps a blank line before its tags
	 * @return the comment as source, ending with a line break
	 */
	String source(String indent) {
		StringBuilder source = new StringBuilder(indent).append("/**\n");
		List<String> lines = new ArrayList<>();
		if (!this.description.isEmpty()) {
			lines.addAll(List.of(this.description.split("\n", -1)));
			if (indent.isEmpty() && !this.tags.isEmpty()) {
				// a class's comment, where Spring's format keeps a blank line before the
				// tags
				lines.add("");
			}
		}
		for (String tag : this.tags) {
			lines.addAll(List.of(tag.split("\n", -1)));
		}
		boolean inPre = false;
		for (String line : lines) {
			inPre = (inPre || line.contains("<pre>")) && !line.contains("</pre>");
			for (String wrapped : inPre ? List.of(line) : wrap(line, WIDTH - indent.length() * 4 - 3)) {
				source.append(indent).append(wrapped.isEmpty() ? " *" : " * " + wrapped).append('\n');
			}
		}
		return source.append(indent).append(" */\n").toString();
	}

	/**
	 * Breaks a line at spaces so that no part is longer than the width, as Spring's
	 * format would (a word longer than the width stays whole).
	 */
	private static List<String> wrap(String line, int width) {
		List<String> lines = new ArrayList<>();
		String rest = line;
		while (rest.length() > width) {
			int space = rest.lastIndexOf(' ', width);
			if (space <= 0) {
				space = rest.indexOf(' ', width);
				if (space < 0) {
					break;
				}
			}
			lines.add(rest.substring(0, space));
			rest = rest.substring(space + 1);
		}
		lines.add(rest);
		return lines;
	}

}
