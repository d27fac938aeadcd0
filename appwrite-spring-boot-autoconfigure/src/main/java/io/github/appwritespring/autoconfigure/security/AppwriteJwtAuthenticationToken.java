package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;

/**
 * An Appwrite user signed in with an Appwrite JWT ({@code Authorization: Bearer} or
 * {@code X-Appwrite-JWT}) rather than the session cookie: the same {@link AppwriteUser}
 * principal and authorities, no session secret, and the JWT as credentials, from which
 * the request's {@link io.github.appwritespring.autoconfigure.AppwriteSessionClient} is
 * made. {@link #getSessionExpire()} is when the JWT expires. {@code toString()} never
 * shows the JWT.
 *
 * @since 0.1.0
 */
public class AppwriteJwtAuthenticationToken extends AppwriteAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String jwt;

	/**
	 * Creates a new {@code AppwriteJwtAuthenticationToken}.
	 * @param user the user
	 * @param jwt the JWT
	 * @param expire when the JWT expires
	 * @param authorities the user's authorities
	 */
	public AppwriteJwtAuthenticationToken(AppwriteUser user, String jwt, Instant expire,
			Collection<? extends GrantedAuthority> authorities) {
		super(user, null, expire, authorities);
		this.jwt = jwt;
	}

	/**
	 * Returns the JWT.
	 * @return the JWT
	 */
	public String getJwt() {
		return this.jwt;
	}

	/**
	 * Returns the JWT.
	 * @return the JWT
	 */
	@Override
	public @Nullable String getCredentials() {
		return this.jwt;
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
