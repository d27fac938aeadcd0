package io.github.appwritespring.autoconfigure.security.throttle;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.appwritespring.autoconfigure.security.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Trusted-device tokens: bound to an account, signed, expiring.
 */
class TrustedDevicesTests {

	private final MovableClock clock = new MovableClock();

	private final TrustedDevices devices = new TrustedDevices(TrustedDevices.deriveSecret("standard_api-key"),
			Duration.ofDays(30), this.clock);

	@Test
	void aTokenNamesItsDeviceForItsAccountOnly() {
		String token = this.devices.issue("Ann@Example.com");
		assertThat(token).doesNotContain("ann").doesNotContain("Ann");
		assertThat(this.devices.deviceId(token, " ann@example.com")).isNotNull()
			.isEqualTo(token.substring(0, token.indexOf('.')));
		assertThat(this.devices.deviceId(token, "bob@example.com")).isNull();
		assertThat(this.devices.issue("ann@example.com")).as("a new device each time").isNotEqualTo(token);
	}

	@Test
	void forgedMalformedAndExpiredTokensAreNone() {
		String token = this.devices.issue("ann@example.com");
		String[] parts = token.split("\\.");
		assertThat(this.devices.deviceId(parts[0] + ".9" + parts[1] + "." + parts[2], "ann@example.com")).isNull();
		assertThat(this.devices.deviceId("a.b", "ann@example.com")).isNull();
		assertThat(this.devices.deviceId("", "ann@example.com")).isNull();
		assertThat(this.devices.deviceId(null, "ann@example.com")).isNull();
		assertThat(this.devices.deviceId("x".repeat(10_000), "ann@example.com")).isNull();
		TrustedDevices otherKey = new TrustedDevices(TrustedDevices.deriveSecret("another-key"), Duration.ofDays(30),
				this.clock);
		assertThat(otherKey.deviceId(token, "ann@example.com")).isNull();
		this.clock.advance(Duration.ofDays(30));
		assertThat(this.devices.deviceId(token, "ann@example.com")).isNull();
	}

	@Test
	void aShortSecretIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TrustedDevices(new byte[8], Duration.ofDays(1), this.clock));
	}

}
