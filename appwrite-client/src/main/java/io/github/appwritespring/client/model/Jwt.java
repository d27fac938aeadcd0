package io.github.appwritespring.client.model;

/**
 * A short-lived JSON Web Token for a user, usable with {@code client.withJwt(jwt)}.
 *
 * @param jwt the token
 * @since 0.1.0
 */
public record Jwt(String jwt) {

	@Override
	public String toString() {
		return "Jwt[(hidden)]";
	}

}
