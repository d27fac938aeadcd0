package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A signed-in Appwrite user: the {@link AppwriteUser} as principal and the Appwrite
 * session secret (the session cookie's value) as credentials, from which the request's
 * {@link io.github.appwritespring.autoconfigure.AppwriteSessionClient} is made.
 * {@code toString()} never shows the secret.
 *
 * @since 0.1.0
 */
public class AppwriteAuthenticationToken extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final AppwriteUser user;

	private final @Nullable String sessionSecret;

	private final @Nullable Instant sessionExpire;

	/**
	 * Creates a new {@code AppwriteAuthenticationToken}.
	 * @param user the user
	 * @param sessionSecret the Appwrite session secret, or {@code null} (e.g. a mock user
	 * in tests)
	 * @param sessionExpire when the session expires, when known (it is at sign-in)
	 * @param authorities the user's authorities
	 */
	public AppwriteAuthenticationToken(AppwriteUser user, @Nullable String sessionSecret,
			@Nullable Instant sessionExpire, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.user = user;
		this.sessionSecret = sessionSecret;
		this.sessionExpire = sessionExpire;
		setAuthenticated(true);
	}

	@Override
	public AppwriteUser getPrincipal() {
		return this.user;
	}

	/**
	 * Returns the session secret, or {@code null}.
	 * @return the session secret, or {@code null}
	 */
	@Override
	public @Nullable String getCredentials() {
		return this.sessionSecret;
	}

	/**
	 * Returns the session secret, or {@code null}.
	 * @return the session secret, or {@code null}
	 */
	public @Nullable String getSessionSecret() {
		return this.sessionSecret;
	}

	/**
	 * Returns when the session expires, or {@code null} when not known.
	 * @return when the session expires, or {@code null} when not known
	 */
	public @Nullable Instant getSessionExpire() {
		return this.sessionExpire;
	}

	@Override
	public String getName() {
		return this.user.getId();
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
