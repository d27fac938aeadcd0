package io.github.appwritespring.autoconfigure.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the session cache trusts a resolved user: its TTL, never past the expiry of
 * the session or JWT it was resolved from.
 */
class AppwriteSessionResolverExpiryTests {

	private static final Instant NOW = Instant.parse("2026-12-04T00:00:00Z");

	private static final Duration TTL = Duration.ofMinutes(5);

	private static AppwriteUser user() {
		return new AppwriteUser("u1", "u1@example.com", "U", List.of(), true, false, Map.of());
	}

	@Test
	void aSessionWithoutKnownExpiryIsTrustedForTheTtl() {
		AppwriteAuthenticationToken token = new AppwriteAuthenticationToken(user(), "secret", null, List.of());
		assertThat(AppwriteSessionResolver.trusted(token, TTL, NOW)).isEqualTo(TTL);
	}

	@Test
	void aJwtIsNeverTrustedPastItsExpiry() {
		AppwriteJwtAuthenticationToken soon = new AppwriteJwtAuthenticationToken(user(), "a.b.c", NOW.plusSeconds(42),
				List.of());
		AppwriteJwtAuthenticationToken later = new AppwriteJwtAuthenticationToken(user(), "a.b.c",
				NOW.plus(Duration.ofMinutes(15)), List.of());
		AppwriteJwtAuthenticationToken gone = new AppwriteJwtAuthenticationToken(user(), "a.b.c", NOW.minusSeconds(1),
				List.of());
		assertThat(AppwriteSessionResolver.trusted(soon, TTL, NOW)).isEqualTo(Duration.ofSeconds(42));
		assertThat(AppwriteSessionResolver.trusted(later, TTL, NOW)).isEqualTo(TTL);
		assertThat(AppwriteSessionResolver.trusted(gone, TTL, NOW)).isZero();
		assertThat(soon.toString()).doesNotContain("a.b.c");
		assertThat(soon.getSessionSecret()).isNull();
	}

}
