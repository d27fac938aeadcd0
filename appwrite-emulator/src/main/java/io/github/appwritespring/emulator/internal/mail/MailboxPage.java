package io.github.appwritespring.emulator.internal.mail;

import java.util.List;
import java.util.Locale;

import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.mail.Message;

/**
 * The HTML of {@code /_emulator/mailbox}: the captured messages, newest first, links
 * clickable (http and https only), codes visible. Everything shown is escaped: messages
 * carry user-controlled text (names, team names, URLs).
 */
final class MailboxPage {

	private MailboxPage() {
	}

	static String render(List<Message> messages, String projectId) {
		StringBuilder html = new StringBuilder(1024);
		html.append("""
				<!DOCTYPE html>
				<html lang="en">
				<head><meta charset="utf-8"><title>Mailbox - Appwrite emulator</title>
				<style>
				body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}
				article{border:1px solid #ccc;border-radius:6px;padding:1rem;margin:1rem 0}
				pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem}
				.code{font-size:1.5rem;font-family:monospace;letter-spacing:.2rem}
				.meta{color:#555;font-size:.9rem}
				</style></head>
				<body>
				""");
		html.append("<h1>Mailbox of project ").append(escape(projectId)).append("</h1>\n");
		html.append("<p>What the Appwrite emulator would have sent (development and tests only), newest first: ")
			.append(messages.size())
			.append(" message(s).</p>\n");
		for (Message message : messages) {
			html.append("<article class=\"message\" id=\"message-").append(escape(message.id())).append("\">\n");
			html.append("<h2 class=\"subject\">")
				.append(escape(message.subject().isEmpty() ? "(SMS)" : message.subject()))
				.append("</h2>\n");
			html.append("<p class=\"meta\">")
				.append(message.channel().name().toLowerCase(Locale.ROOT))
				.append(" to <span class=\"to\">")
				.append(escape(message.to()))
				.append("</span> at ")
				.append(escape(AppwriteDates.format(message.createdAt())))
				.append(" (template ")
				.append(escape(message.template()))
				.append(")</p>\n");
			if (message.code() != null) {
				html.append("<p>Code: <span class=\"code\">").append(escape(message.code())).append("</span></p>\n");
			}
			for (String link : message.links()) {
				html.append("<p><a class=\"link\" rel=\"noreferrer noopener\" href=\"")
					.append(isWebUrl(link) ? escape(link) : "#")
					.append("\">")
					.append(escape(link))
					.append("</a></p>\n");
			}
			html.append("<pre class=\"text\">").append(escape(message.text())).append("</pre>\n</article>\n");
		}
		return html.append("</body>\n</html>\n").toString();
	}

	private static boolean isWebUrl(String link) {
		String lower = link.toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://");
	}

	static String escape(String value) {
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
