package io.github.appwritespring.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator keeps time on the clock it is given: a session lives exactly its length on
 * that clock, however little real time passes.
 */
class EmulatorClockTests {

	@Test
	void aSessionExpiresWhenTheGivenClockReachesItsExpiry() {
		SteppedClock clock = new SteppedClock(Instant.parse("2026-03-01T10:00:00Z"));
		try (AppwriteEmulator emulator = AppwriteEmulator.builder()
			.sessionLength(Duration.ofHours(1))
			.clock(clock)
			.start()) {
			String secret = emulator.createSession(emulator.seedUser("clock@example.com", "a-long-password"));
			TestHttp user = TestHttp.guest(emulator).with("X-Appwrite-Session", secret);
			assertThat(user.get("/account").json().path("email").asString()).isEqualTo("clock@example.com");
			clock.now = clock.now.plus(Duration.ofHours(1)).minusMillis(1);
			assertThat(user.get("/account").status()).as("still valid a moment before its expiry").isEqualTo(200);
			clock.now = clock.now.plusMillis(1);
			assertError(user.get("/account"), 401, "general_unauthorized_scope");
		}
	}

	private static final class SteppedClock extends Clock {

		private volatile Instant now;

		SteppedClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("the emulator keeps time in UTC");
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
