package io.github.appwritespring.autoconfigure.security.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's policy on the real in-memory store, with a clock the test moves.
 */
class LoginThrottleTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final AppwriteSecurityProperties.Throttle settings = new AppwriteSecurityProperties.Throttle();

	private final InMemoryLoginThrottleStore store = new InMemoryLoginThrottleStore(1000);

	@Test
	void freeFailuresThenDoublingWaitsUpToTheMaximum() {
		this.settings.setAccountFreeFailures(3);
		assertThat(throttle().delayAfter(3, 3)).isZero();
		assertThat(throttle().delayAfter(4, 3)).isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle().delayAfter(5, 3)).isEqualTo(Duration.ofSeconds(2));
		assertThat(throttle().delayAfter(8, 3)).isEqualTo(Duration.ofSeconds(16));
		assertThat(throttle().delayAfter(30, 3)).isEqualTo(Duration.ofMinutes(15));
		assertThat(throttle().delayAfter(Long.MAX_VALUE, 3)).as("never overflows").isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void anAccountWaitsAfterItsFreeFailuresAndTheWaitRunsOut() {
		this.settings.setAccountFreeFailures(2);
		for (int i = 0; i < 3; i++) {
			throttle().failed("10.0.0.1", "Alice@Example.com").block();
		}
		assertThat(throttle().retryAfter("10.0.0.2", "alice@example.com ").block())
			.as("the account is the same whatever the case, and from any IP")
			.isEqualTo(Duration.ofSeconds(1));
		this.clock.advance(Duration.ofMillis(400));
		assertThat(throttle().retryAfter("10.0.0.2", "alice@example.com").block()).isEqualTo(Duration.ofMillis(600));
		this.clock.advance(Duration.ofMillis(600));
		assertThat(throttle().retryAfter("10.0.0.2", "alice@example.com").block()).isZero();
	}

	@Test
	void anIpWaitsAfterItsFreeFailuresWhateverTheAccounts() {
		this.settings.setIpFreeFailures(3);
		for (int i = 0; i < 4; i++) {
			throttle().failed("10.0.0.9", "user" + i + "@example.com").block();
		}
		assertThat(throttle().retryAfter("10.0.0.9", "fresh@example.com").block()).isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle().retryAfter("10.0.0.9", null).block()).isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle().retryAfter("10.0.0.10", "fresh@example.com").block()).isZero();
	}

	@Test
	void anIpv6ClientCountsByItsNetworkAndAMappedIpv4AsTheIpv4() {
		this.settings.setIpFreeFailures(1);
		throttle().failed("2001:db8:1:2::1", null).block();
		throttle().failed("2001:db8:1:2::ffff", null).block();
		assertThat(throttle().retryAfter("2001:db8:1:2:abcd::9", "fresh@example.com").block())
			.as("another address of the same /64")
			.isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle().retryAfter("2001:db8:1:3::1", "fresh@example.com").block()).isZero();
		throttle().failed("203.0.113.7", null).block();
		throttle().failed("::ffff:203.0.113.7", null).block();
		assertThat(throttle().retryAfter("203.0.113.7", null).block()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void anAddressThatIsNoIpLiteralCountsAsUnknown() {
		this.settings.setIpFreeFailures(0);
		this.settings.setAccountFreeFailures(5);
		throttle().failed("evil.example", "frank@example.com").block();
		assertThat(throttle().retryAfter("evil.example", "grace@example.com").block())
			.as("no bucket for a name, and no DNS look-up")
			.isZero();
	}

	@Test
	void withoutAnIpOnlyTheAccountCounts() {
		this.settings.setAccountFreeFailures(1);
		this.settings.setIpFreeFailures(0);
		throttle().failed(null, "dave@example.com").block();
		throttle().failed(null, "dave@example.com").block();
		assertThat(throttle().retryAfter(null, "dave@example.com").block()).isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle().retryAfter(null, "erin@example.com").block())
			.as("no shared 'unknown' IP bucket that one client could fill for everyone")
			.isZero();
	}

	@Test
	void successForgetsTheAccountAndTimeForgetsEverything() {
		this.settings.setAccountFreeFailures(0);
		throttle().failed("10.0.0.1", "bob@example.com").block();
		assertThat(throttle().retryAfter("10.0.0.1", "bob@example.com").block()).isPositive();
		throttle().succeeded("bob@example.com").block();
		assertThat(throttle().retryAfter("10.0.0.3", "bob@example.com").block()).isZero();
		InMemoryLoginThrottleStore store = new InMemoryLoginThrottleStore(10,
				() -> TimeUnit.MILLISECONDS.toNanos(this.clock.millis()));
		store.recordFailure("k", this.clock.instant(), Duration.ofMillis(50)).block();
		assertThat(store.get("k").block().failures()).isEqualTo(1);
		this.clock.advance(Duration.ofMillis(49));
		assertThat(store.get("k").block().failures()).as("remembered until forget-after").isEqualTo(1);
		this.clock.advance(Duration.ofMillis(1));
		assertThat(store.get("k").block().failures()).as("forgotten at forget-after").isZero();
	}

	@Test
	void offMeansNoWaits() {
		this.settings.setEnabled(false);
		this.settings.setAccountFreeFailures(0);
		throttle().failed("10.0.0.1", "carol@example.com").block();
		assertThat(throttle().retryAfter("10.0.0.1", "carol@example.com").block()).isZero();
	}

	/** The throttle with the settings as the test has set them, on the test's store. */
	private LoginThrottle throttle() {
		return new LoginThrottle(this.store, this.settings.toPolicy(), this.clock);
	}

}
