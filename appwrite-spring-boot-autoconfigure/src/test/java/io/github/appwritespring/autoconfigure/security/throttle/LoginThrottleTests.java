package io.github.appwritespring.autoconfigure.security.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.MovableClock;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle.Reservation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's policy on the real in-memory store, with a clock the test moves. A
 * failure is an attempt that was reserved and never given back.
 */
class LoginThrottleTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final AppwriteSecurityProperties.Throttle settings = new AppwriteSecurityProperties.Throttle();

	private final InMemoryLoginThrottleStore store = new InMemoryLoginThrottleStore(1000);

	@Test
	void freeFailuresThenDoublingWaitsUpToTheMaximum() {
		this.settings.setAccountFreeFailures(3);
		ThrottlePolicy policy = this.settings.toPolicy();
		assertThat(policy.delayAfter(3, 3)).isZero();
		assertThat(policy.delayAfter(4, 3)).isEqualTo(Duration.ofSeconds(1));
		assertThat(policy.delayAfter(5, 3)).isEqualTo(Duration.ofSeconds(2));
		assertThat(policy.delayAfter(8, 3)).isEqualTo(Duration.ofSeconds(16));
		assertThat(policy.delayAfter(30, 3)).isEqualTo(Duration.ofMinutes(15));
		assertThat(policy.delayAfter(Long.MAX_VALUE, 3)).as("never overflows").isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void anAccountWaitsAfterItsFreeFailuresAndTheWaitRunsOut() {
		this.settings.setAccountFreeFailures(2);
		for (int i = 0; i < 3; i++) {
			fail("10.0.0.1", "Alice@Example.com");
		}
		assertThat(throttle().retryAfter("10.0.0.2", "alice@example.com ").block())
			.as("the account is the same whatever the case, and from any IP")
			.isEqualTo(Duration.ofSeconds(1));
		assertThat(reserve("10.0.0.2", "alice@example.com").retryAfter()).isEqualTo(Duration.ofSeconds(1));
		this.clock.advance(Duration.ofMillis(400));
		assertThat(throttle().retryAfter("10.0.0.2", "alice@example.com").block()).isEqualTo(Duration.ofMillis(600));
		this.clock.advance(Duration.ofMillis(600));
		assertThat(reserve("10.0.0.2", "alice@example.com").refused()).isFalse();
	}

	@Test
	void aRefusedAttemptCountsNothing() {
		this.settings.setAccountFreeFailures(0);
		this.settings.setIpFreeFailures(5);
		fail("10.0.0.1", "zoe@example.com");
		for (int i = 0; i < 10; i++) {
			assertThat(reserve("10.0.0.1", "zoe@example.com").refused()).isTrue();
		}
		assertThat(this.store.get("ip:10.0.0.1").block().failures()).as("the IP kept only the real failure")
			.isEqualTo(1);
	}

	@Test
	void anIpWaitsAfterItsFreeFailuresWhateverTheAccounts() {
		this.settings.setIpFreeFailures(3);
		for (int i = 0; i < 4; i++) {
			fail("10.0.0.9", "user" + i + "@example.com");
		}
		assertThat(throttle().retryAfter("10.0.0.9", "fresh@example.com").block()).isEqualTo(Duration.ofSeconds(1));
		assertThat(reserve("10.0.0.9", null).retryAfter()).isEqualTo(Duration.ofSeconds(1));
		assertThat(reserve("10.0.0.10", "fresh@example.com").refused()).isFalse();
	}

	@Test
	void anIpv6ClientCountsByItsNetworkAndAMappedIpv4AsTheIpv4() {
		this.settings.setIpFreeFailures(1);
		fail("2001:db8:1:2::1", null);
		fail("2001:db8:1:2::ffff", null);
		assertThat(reserve("2001:db8:1:2:abcd::9", "fresh@example.com").retryAfter())
			.as("another address of the same /64")
			.isEqualTo(Duration.ofSeconds(1));
		assertThat(reserve("2001:db8:1:3::1", "fresh@example.com").refused()).isFalse();
		fail("203.0.113.7", null);
		fail("::ffff:203.0.113.7", null);
		assertThat(reserve("203.0.113.7", null).retryAfter()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void anAddressThatIsNoIpLiteralCountsAsUnknown() {
		this.settings.setIpFreeFailures(0);
		this.settings.setAccountFreeFailures(5);
		fail("evil.example", "frank@example.com");
		assertThat(reserve("evil.example", "grace@example.com").refused())
			.as("no bucket for a name, and no DNS look-up")
			.isFalse();
	}

	@Test
	void withoutAnIpOnlyTheAccountCounts() {
		this.settings.setAccountFreeFailures(1);
		this.settings.setIpFreeFailures(0);
		fail(null, "dave@example.com");
		fail(null, "dave@example.com");
		assertThat(reserve(null, "dave@example.com").retryAfter()).isEqualTo(Duration.ofSeconds(1));
		assertThat(reserve(null, "erin@example.com").refused())
			.as("no shared 'unknown' IP bucket that one client could fill for everyone")
			.isFalse();
	}

	@Test
	void successForgetsTheAccountAndGivesTheIpItsAttemptBack() {
		this.settings.setAccountFreeFailures(0);
		fail("10.0.0.1", "bob@example.com");
		assertThat(reserve("10.0.0.1", "bob@example.com").refused()).isTrue();
		this.clock.advance(Duration.ofSeconds(1));
		Reservation right = reserve("10.0.0.1", "bob@example.com");
		throttle().succeeded(right).block();
		assertThat(reserve("10.0.0.3", "bob@example.com").refused()).isFalse();
		assertThat(this.store.get("ip:10.0.0.1").block().failures()).isEqualTo(1);
	}

	@Test
	void anAttemptAppwriteNeverJudgedIsGivenBack() {
		this.settings.setAccountFreeFailures(0);
		Reservation unanswered = reserve("10.0.0.1", "ivan@example.com");
		throttle().released(unanswered).block();
		assertThat(reserve("10.0.0.1", "ivan@example.com").refused()).as("nothing was held against the account")
			.isFalse();
	}

	@Test
	void anAccountRefusingTheAttemptGivesTheIpItsCountBack() {
		this.settings.setAccountFreeFailures(0);
		this.settings.setIpFreeFailures(10);
		fail("10.0.0.5", "judy@example.com");
		assertThat(reserve("10.0.0.5", "judy@example.com").refused()).isTrue();
		assertThat(this.store.get("ip:10.0.0.5").block().failures()).isEqualTo(1);
	}

	@Test
	void timeForgetsEverything() {
		InMemoryLoginThrottleStore store = new InMemoryLoginThrottleStore(10,
				() -> TimeUnit.MILLISECONDS.toNanos(this.clock.millis()));
		this.settings.setForgetAfter(Duration.ofMillis(50));
		store.reserve(java.util.List.of(new ThrottleKey("k", 0)), this.clock.instant(), this.settings.toPolicy())
			.block();
		assertThat(store.get("k").block().failures()).isEqualTo(1);
		this.clock.advance(Duration.ofMillis(49));
		assertThat(store.get("k").block().failures()).as("remembered until forget-after").isEqualTo(1);
		this.clock.advance(Duration.ofMillis(1));
		assertThat(store.get("k").block().failures()).as("forgotten at forget-after").isZero();
	}

	@Test
	void aTrustedDeviceIsCountedByItselfNotByTheAccount() {
		this.settings.setAccountFreeFailures(1);
		TrustedDevices devices = new TrustedDevices(new byte[32], Duration.ofDays(1), this.clock);
		LoginThrottle throttle = new LoginThrottle(this.store, this.settings.toPolicy(), devices, this.clock);
		String token = devices.issue("kim@example.com");
		for (int i = 0; i < 5; i++) {
			throttle.reserve("198.51.100." + i, "kim@example.com", null).block();
		}
		assertThat(throttle.reserve("192.0.2.1", "kim@example.com", null).block().refused())
			.as("an attacker keeps the account waiting")
			.isTrue();
		assertThat(throttle.reserve("192.0.2.1", "kim@example.com", token).block().refused())
			.as("but not its owner's browser")
			.isFalse();
		assertThat(throttle.reserve("192.0.2.1", "other@example.com", token).block().refused())
			.as("the token only vouches for its own account")
			.isFalse();
		assertThat(throttle.reserve("192.0.2.1", "kim@example.com", "forged.1.x").block().refused()).isTrue();
		Reservation owner = throttle.reserve("192.0.2.1", "kim@example.com", token).block();
		throttle.succeeded(owner).block();
		assertThat(throttle.reserve("192.0.2.1", "kim@example.com", null).block().refused())
			.as("the owner's success does not free the account for others")
			.isTrue();
		throttle.reserve("192.0.2.1", "kim@example.com", token).block();
		throttle.reserve("192.0.2.1", "kim@example.com", token).block();
		assertThat(throttle.reserve("192.0.2.1", "kim@example.com", token).block().refused())
			.as("a device that fails too often waits like an account")
			.isTrue();
	}

	@Test
	void signUpsAndOAuth2StartsAreCappedPerAddressAndHour() {
		this.settings.setSignupsPerHour(2);
		this.settings.setOauth2StartsPerHour(1);
		assertThat(throttle().signUp("10.1.1.1").block()).isZero();
		assertThat(throttle().signUp("10.1.1.1").block()).isZero();
		assertThat(throttle().signUp("10.1.1.1").block()).isEqualTo(Duration.ofHours(1));
		assertThat(throttle().signUp("10.1.1.2").block()).as("another address").isZero();
		assertThat(throttle().oauth2Start("10.1.1.1").block()).as("counted apart from sign-ups").isZero();
		assertThat(throttle().oauth2Start("10.1.1.1").block()).isEqualTo(Duration.ofHours(1));
		this.clock.advance(Duration.ofMinutes(59));
		assertThat(throttle().signUp("10.1.1.1").block()).isEqualTo(Duration.ofMinutes(1));
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(throttle().signUp("10.1.1.1").block()).as("a new hour").isZero();
		assertThat(throttle().signUp(null).block()).as("no shared unknown bucket").isZero();
	}

	@Test
	void offMeansNoWaits() {
		this.settings.setEnabled(false);
		this.settings.setAccountFreeFailures(0);
		this.settings.setSignupsPerHour(1);
		fail("10.0.0.1", "carol@example.com");
		assertThat(reserve("10.0.0.1", "carol@example.com").refused()).isFalse();
		throttle().signUp("10.0.0.1").block();
		assertThat(throttle().signUp("10.0.0.1").block()).isZero();
	}

	private void fail(@Nullable String ip, @Nullable String account) {
		assertThat(reserve(ip, account).refused()).as("reserved").isFalse();
	}

	private Reservation reserve(@Nullable String ip, @Nullable String account) {
		return throttle().reserve(ip, account, null).block();
	}

	/** The throttle with the settings as the test has set them, on the test's store. */
	private LoginThrottle throttle() {
		return new LoginThrottle(this.store, this.settings.toPolicy(), null, this.clock);
	}

}
