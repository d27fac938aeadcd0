package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

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
public class AppwriteMfaAuthenticationToken extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final @Nullable String challengeId;

	private @Nullable String sessionSecret;

	private @Nullable String code;

	/**
	 * Creates a new {@code AppwriteMfaAuthenticationToken}.
	 * @param sessionSecret the browser's session cookie, or {@code null} when it sent
	 * none
	 * @param challengeId the challenge started for this browser, or {@code null}
	 * @param code the code the user entered, or {@code null}
	 */
	public AppwriteMfaAuthenticationToken(@Nullable String sessionSecret, @Nullable String challengeId,
			@Nullable String code) {
		super(List.of());
		this.sessionSecret = sessionSecret;
		this.challengeId = challengeId;
		this.code = code;
	}

	/**
	 * Returns the challenge's ID.
	 * @return the challenge's ID, or {@code null}
	 */
	@Override
	public @Nullable String getPrincipal() {
		return this.challengeId;
	}

	/**
	 * Returns the code, or {@code null} once erased.
	 * @return the code
	 */
	@Override
	public @Nullable String getCredentials() {
		return this.code;
	}

	/**
	 * Returns the session's secret, or {@code null} once erased.
	 * @return the session's secret
	 */
	public @Nullable String getSessionSecret() {
		return this.sessionSecret;
	}

	@Override
	public void setAuthenticated(boolean authenticated) {
		if (authenticated) {
			throw new IllegalArgumentException("A second-factor request is never authenticated itself");
		}
		super.setAuthenticated(false);
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		this.code = null;
		this.sessionSecret = null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
