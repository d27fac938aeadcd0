package io.github.appwritespring.autoconfigure.security.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.appwritespring.autoconfigure.security.internal.AppwriteJwts.Presented;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How both stacks read an API client's Appwrite JWT: the paths, the two headers, what is
 * refused without asking Appwrite.
 */
class AppwriteJwtsTests {

	private static final Instant NOW = Instant.parse("2026-12-04T00:00:00Z");

	private static String jwt(String payload) {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		return encoder.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
	}

	@Test
	void offWithoutPathsAndMatchedByPattern() {
		assertThat(AppwriteJwts.of(List.of())).isNull();
		AppwriteJwts jwts = AppwriteJwts.of(List.of("/api/**"));
		assertThat(jwts).isNotNull();
		assertThat(jwts.matches("/api")).isTrue();
		assertThat(jwts.matches("/api/notes/1")).isTrue();
		assertThat(jwts.matches("/apiary")).isFalse();
		assertThat(jwts.matches("/notes")).isFalse();
	}

	@Test
	void aBearerOrAppwritesHeaderCarriesTheJwtWithItsExpiry() {
		String token = jwt("{\"userId\":\"u\",\"exp\":" + NOW.plusSeconds(60).getEpochSecond() + "}");
		Presented bearer = AppwriteJwts.presented(List.of("Bearer " + token), List.of());
		assertThat(bearer.jwt()).isEqualTo(token);
		assertThat(bearer.expire()).isEqualTo(NOW.plusSeconds(60));
		assertThat(bearer.refused(NOW)).isFalse();
		assertThat(AppwriteJwts.presented(List.of("bearer " + token), List.of()).jwt()).isEqualTo(token);
		assertThat(AppwriteJwts.presented(List.of(), List.of(token)).jwt()).isEqualTo(token);
		assertThat(AppwriteJwts.presented(List.of("Bearer " + token), List.of(token)).jwt()).isEqualTo(token);
		assertThat(bearer.toString()).doesNotContain(token);
	}

	@Test
	void noTokenIsAnonymousAndOtherSchemesAreNotOurs() {
		assertThat(AppwriteJwts.presented(List.of(), List.of())).isEqualTo(Presented.NONE);
		assertThat(AppwriteJwts.presented(List.of("Basic dXNlcjpwYXNz"), List.of())).isEqualTo(Presented.NONE);
		assertThat(Presented.NONE.refused(NOW)).isFalse();
	}

	@Test
	void malformedExpiredOrDifferentTokensAreRefused() {
		String expired = jwt("{\"userId\":\"u\",\"exp\":" + NOW.minusSeconds(1).getEpochSecond() + "}");
		String other = jwt("{\"userId\":\"v\",\"exp\":" + NOW.plusSeconds(60).getEpochSecond() + "}");
		String fine = jwt("{\"userId\":\"u\",\"exp\":" + NOW.plusSeconds(60).getEpochSecond() + "}");
		for (Presented presented : List.of(AppwriteJwts.presented(List.of("Bearer "), List.of()),
				AppwriteJwts.presented(List.of("Bearer not-a-jwt"), List.of()),
				AppwriteJwts.presented(List.of("Bearer a.b.c"), List.of()),
				AppwriteJwts.presented(List.of("Bearer " + jwt("{\"userId\":\"u\"}")), List.of()),
				AppwriteJwts.presented(List.of("Bearer " + jwt("{\"exp\":\"soon\"}")), List.of()),
				AppwriteJwts.presented(List.of("Bearer " + jwt("[1]")), List.of()),
				AppwriteJwts.presented(List.of("Bearer " + "a".repeat(5000) + ".b.c"), List.of()),
				AppwriteJwts.presented(List.of("Bearer " + expired), List.of()),
				AppwriteJwts.presented(List.of("Bearer " + fine), List.of(other)),
				AppwriteJwts.presented(List.of("Bearer " + fine, "Bearer " + other), List.of()))) {
			assertThat(presented.refused(NOW)).as(presented.toString()).isTrue();
		}
	}

	@Test
	void theRefusalsAnswerAsRfc6750Says() {
		Answer invalid = AppwriteJwts.invalidToken();
		assertThat(invalid.status()).isEqualTo(401);
		assertThat(invalid.headers()).containsEntry("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		assertThat(invalid.json()).isNull();
		assertThat(AppwriteJwts.tokenRequired().headers()).containsEntry("WWW-Authenticate", "Bearer");
	}

}
