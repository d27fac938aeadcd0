package io.github.appwritespring.emulator.internal.account;

/**
 * The HTML of the emulated OAuth2 provider's consent page. Stable for browser tests: form
 * {@code #consent}, inputs {@code #email} / {@code #name} (names {@code email},
 * {@code name}), buttons {@code #approve} and {@code #deny} (name {@code decision}).
 */
final class ConsentPage {

	private ConsentPage() {
	}

	static String render(String provider, String state, String action) {
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head><meta charset="utf-8"><title>Sign in with %1$s (Appwrite emulator)</title></head>
				<body>
				<h1>Sign in with %1$s</h1>
				<p>This page stands in for the %1$s OAuth2 provider. Appwrite emulator: development and tests only.</p>
				<form id="consent" method="post" action="%3$s">
				  <input type="hidden" name="state" value="%2$s">
				  <label for="email">Email</label>
				  <input id="email" name="email" type="email" required>
				  <label for="name">Name</label>
				  <input id="name" name="name" type="text">
				  <button id="approve" type="submit" name="decision" value="approve">Approve</button>
				  <button id="deny" type="submit" name="decision" value="deny" formnovalidate>Deny</button>
				</form>
				</body>
				</html>
				""".formatted(escape(provider), escape(state), escape(action));
	}

	private static String escape(String value) {
		return value.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
