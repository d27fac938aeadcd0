package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;

import org.jspecify.annotations.Nullable;

/**
 * A request to complete a second factor: the browser's session (limited, or signed in but
 * needing a fresh challenge), the MFA challenge it started and the code for it. It is
 * never authenticated itself; authenticating it yields an
 * {@link AppwriteAuthenticationToken} for the same session, now with the factor.
 * {@code toString()} never shows the session secret or the code; both are erased after
 * authentication.
 *
 * @since 0.1.0
 */
public class AppwriteMfaAuthenticationToken extends AppwriteSignInRequestToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private @Nullable String sessionSecret;

	/**
	 * Creates a new {@code AppwriteMfaAuthenticationToken}.
	 * @param sessionSecret the browser's session cookie, or {@code null} when it sent
	 * none
	 * @param challengeId the challenge started for this browser, or {@code null}
	 * @param code the code the user entered, or {@code null}
	 */
	public AppwriteMfaAuthenticationToken(@Nullable String sessionSecret, @Nullable String challengeId,
			@Nullable String code) {
		super(challengeId, code);
		this.sessionSecret = sessionSecret;
	}

	/**
	 * Returns the session's secret, or {@code null} once erased.
	 * @return the session's secret
	 */
	public @Nullable String getSessionSecret() {
		return this.sessionSecret;
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		this.sessionSecret = null;
	}

}
