package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A sign-in whose password was right for an account that needs a second factor: Appwrite
 * made a limited session, which only a completed MFA challenge turns into a sign-in. The
 * integration's sign-in endpoints keep the limited session in the browser's session
 * cookie and send the browser to the MFA page; JSON clients get {@code {"mfaRequired":
 * true, "factors": [...]}}. Its reason is {@link Reason#MFA_REQUIRED}. The session secret
 * is never part of its message or {@code toString()}, and is not serialized.
 *
 * @since 0.1.0
 */
public class AppwriteMfaRequiredException extends AppwriteSignInException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient @Nullable String sessionSecret;

	private final transient @Nullable Instant sessionExpire;

	private final List<String> factors;

	/**
	 * Creates a new {@code AppwriteMfaRequiredException}.
	 * @param sessionSecret the limited session's secret (the session cookie's value)
	 * @param sessionExpire when the limited session expires, when known
	 * @param factors the factors the user can complete the sign-in with, as
	 * {@code createMFAChallenge} names them: {@code totp}, {@code email}, {@code phone},
	 * {@code recoverycode}
	 */
	public AppwriteMfaRequiredException(String sessionSecret, @Nullable Instant sessionExpire, List<String> factors) {
		super(Reason.MFA_REQUIRED);
		this.sessionSecret = sessionSecret;
		this.sessionExpire = sessionExpire;
		this.factors = List.copyOf(factors);
	}

	/**
	 * Returns the limited session's secret, or {@code null} once serialized.
	 * @return the limited session's secret
	 */
	public @Nullable String getSessionSecret() {
		return this.sessionSecret;
	}

	/**
	 * Returns when the limited session expires, or {@code null} when not known.
	 * @return when the limited session expires
	 */
	public @Nullable Instant getSessionExpire() {
		return this.sessionExpire;
	}

	/**
	 * Returns the factors the user can complete the sign-in with.
	 * @return the factors, e.g. {@code [totp, recoverycode]}
	 */
	public List<String> getFactors() {
		return this.factors;
	}

}
