package io.github.appwritespring.emulator.internal.auth;

import java.util.Set;

/**
 * Appwrite's scopes per role (1.8): what guests and signed-in users may call. API keys of
 * the emulator hold every scope.
 */
public final class Scopes {

	/** Scopes of requests without a user. */
	public static final Set<String> GUESTS = Set.of("global", "public", "home", "console", "graphql", "sessions.write",
			"documents.read", "documents.write", "rows.read", "rows.write", "files.read", "files.write", "locale.read",
			"avatars.read", "execution.write");

	/** Scopes of requests with a signed-in user (session or JWT). */
	public static final Set<String> USERS = Set.of("global", "public", "home", "console", "graphql", "sessions.write",
			"account", "teams.read", "teams.write", "documents.read", "documents.write", "rows.read", "rows.write",
			"files.read", "files.write", "projects.read", "locale.read", "avatars.read", "execution.read",
			"execution.write", "targets.read", "targets.write", "subscribers.read", "subscribers.write",
			"assistant.read");

	/** The scope of the Account routes: users only (not guests, not API keys). */
	public static final String ACCOUNT = "account";

	/**
	 * The scope of routes anyone may call, even without a project (e.g.
	 * {@code GET /health/version}).
	 */
	public static final String PUBLIC = "public";

	private Scopes() {
	}

}
