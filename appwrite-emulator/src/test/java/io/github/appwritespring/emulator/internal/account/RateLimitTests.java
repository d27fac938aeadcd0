package io.github.appwritespring.emulator.internal.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(AppwriteEmulatorExtension.class)
class RateLimitTests {

	private static final String WRONG = "{\"email\":\"ada@example.com\",\"password\":\"wrong-password\"}";

	@Test
	void tenLoginsPerEmailPerHourThen429(AppwriteEmulator emulator) {
		emulator.seedUser("ada@example.com", "password123");
		TestHttp guest = TestHttp.guest(emulator);
		for (int i = 0; i < 10; i++) {
			TestHttp.Result attempt = guest.post("/account/sessions/email", WRONG);
			assertError(attempt, 401, "user_invalid_credentials");
			assertThat(attempt.header("X-RateLimit-Limit")).isEqualTo("10");
			assertThat(attempt.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(9 - i));
			assertThat(Long.parseLong(attempt.header("X-RateLimit-Reset")))
				.isGreaterThan(System.currentTimeMillis() / 1000);
		}
		TestHttp.Result limited = guest.post("/account/sessions/email",
				"{\"email\":\"ada@example.com\",\"password\":\"password123\"}");
		assertError(limited, 429, "general_rate_limit_exceeded");
		assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");

		// Another email is counted separately; the key is never limited.
		assertError(
				guest.post("/account/sessions/email", "{\"email\":\"bob@example.com\",\"password\":\"password123\"}"),
				401, "user_invalid_credentials");
		TestHttp.Result withKey = TestHttp.key(emulator)
			.post("/account/sessions/email", "{\"email\":\"ada@example.com\",\"password\":\"password123\"}");
		assertThat(withKey.status()).isEqualTo(201);
		assertThat(withKey.header("X-RateLimit-Limit")).isNull();

		emulator.reset();
		emulator.seedUser("ada@example.com", "password123");
		assertError(guest.post("/account/sessions/email", WRONG), 401, "user_invalid_credentials");
	}

	@Test
	void limitsCanBeSwitchedOff() {
		try (AppwriteEmulator emulator = AppwriteEmulator.builder().rateLimits(false).start()) {
			TestHttp guest = TestHttp.guest(emulator);
			for (int i = 0; i < 12; i++) {
				TestHttp.Result attempt = guest.post("/account/sessions/email", WRONG);
				assertError(attempt, 401, "user_invalid_credentials");
				assertThat(attempt.header("X-RateLimit-Limit")).isNull();
			}
		}
	}

}
