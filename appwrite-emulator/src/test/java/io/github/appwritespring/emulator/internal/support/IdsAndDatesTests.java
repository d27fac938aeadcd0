package io.github.appwritespring.emulator.internal.support;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.appwritespring.emulator.internal.error.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdsAndDatesTests {

	@Test
	void generatedIdsAre20HexCharsStartingWithTheEpochSeconds() {
		Set<String> seen = new HashSet<>();
		long seconds = Instant.now().getEpochSecond();
		for (int i = 0; i < 1000; i++) {
			String id = Ids.unique();
			assertThat(id).matches("[0-9a-f]{20}");
			assertThat(Long.parseLong(id.substring(0, 8), 16)).isBetween(seconds - 5, seconds + 5);
			seen.add(id);
		}
		assertThat(seen).hasSize(1000);
	}

	@Test
	void customIdsFollowAppwritesKeyRule() {
		assertThat(Ids.isValid("a")).isTrue();
		assertThat(Ids.isValid("A.b-c_d9")).isTrue();
		assertThat(Ids.isValid("x".repeat(36))).isTrue();
		assertThat(Ids.isValid("x".repeat(37))).isFalse();
		assertThat(Ids.isValid("")).isFalse();
		assertThat(Ids.isValid(".a")).isFalse();
		assertThat(Ids.isValid("-a")).isFalse();
		assertThat(Ids.isValid("_a")).isFalse();
		assertThat(Ids.isValid("a/b")).isFalse();
		assertThat(Ids.isValid("a b")).isFalse();
		assertThat(Ids.isValid("ä")).isFalse();
		assertThat(Ids.resolve("rowId", "unique()")).matches("[0-9a-f]{20}");
		assertThat(Ids.resolve("rowId", "mine")).isEqualTo("mine");
		assertThatThrownBy(() -> Ids.resolve("rowId", "..")).isInstanceOfSatisfying(ApiException.class,
				(e) -> assertThat(e.getMessage()).startsWith("Invalid `rowId` param: "));
	}

	@Test
	void datesUseAppwritesFormat() {
		assertThat(AppwriteDates.format(Instant.parse("2020-10-15T06:38:00.123456Z")))
			.isEqualTo("2020-10-15T06:38:00.123+00:00");
		assertThat(AppwriteDates.parse("2020-10-15T06:38:00.000+00:00"))
			.contains(Instant.parse("2020-10-15T06:38:00Z"));
		assertThat(AppwriteDates.parse("2020-10-15T08:38:00.000+02:00"))
			.contains(Instant.parse("2020-10-15T06:38:00Z"));
		assertThat(AppwriteDates.parse("yesterday")).isEmpty();
	}

}
