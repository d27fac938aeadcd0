package io.github.appwritespring.emulator.internal.auth;

/**
 * Store collections that authentication reads, and their shared fields. Fields starting
 * with {@code _} are internal and never rendered.
 *
 * <ul>
 * <li>{@link #USERS}: the User model fields plus {@code _password} (a
 * {@link PasswordHasher} hash).</li>
 * <li>{@link #SESSIONS}: the Session model fields ({@code $id}, {@code userId},
 * {@code expire}, ...) plus {@code _secretHash} ({@link SessionSecrets#hash}).</li>
 * <li>{@link #TOKENS}: the Token model fields plus {@code _secretHash}.</li>
 * <li>{@link #MEMBERSHIPS}: written by the Teams routes; read here by {@code userId};
 * needs at least {@code $id}, {@code userId}, {@code teamId}, {@code roles} (array of
 * strings), {@code confirm}.</li>
 * </ul>
 */
public final class AuthCollections {

	/** Users. */
	public static final String USERS = "users";

	/** Sessions. */
	public static final String SESSIONS = "sessions";

	/** One-time tokens (OAuth2, {@code POST /users/{id}/tokens}). */
	public static final String TOKENS = "tokens";

	/** Team memberships. */
	public static final String MEMBERSHIPS = "memberships";

	/** Internal field: the password hash of a user. */
	public static final String PASSWORD_HASH = "_password";

	/** Internal field: the SHA-256 of a session's or token's secret. */
	public static final String SECRET_HASH = "_secretHash";

	private AuthCollections() {
	}

}
