package io.github.appwritespring.autoconfigure.security.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link LoginThrottleStore} must do, above all under concurrency: N attempts
 * made at once get through no more often than N made one after another. A subclass runs
 * it on one store.
 */
abstract class LoginThrottleStoreContract {

	private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	private final ThrottlePolicy policy = new ThrottlePolicy(true, 5, 20, Duration.ofSeconds(1), Duration.ofMinutes(15),
			Duration.ofHours(1), 10, 50, 20, 5);

	/**
	 * Returns the store under test, empty.
	 * @return the store under test, empty
	 */
	abstract LoginThrottleStore store();

	@Test
	void aHundredConcurrentAttemptsOnOneAccountGetNoFurtherThanSequentialOnes() throws Exception {
		String account = "account:race" + System.nanoTime() + "@example.com";
		int admitted = concurrently(100,
				(i) -> store().reserve(List.of(new ThrottleKey(account, 5)), NOW, this.policy).block().isZero());
		assertThat(admitted).as("the free failures and the one that starts the wait").isEqualTo(6);
		assertThat(store().get(account).block().failures()).isEqualTo(6);
	}

	@Test
	void concurrentAttemptsOnManyAccountsFromOneAddressGetNoFurtherThanItsLimit() throws Exception {
		String ip = "ip:race" + System.nanoTime();
		int admitted = concurrently(80, (i) -> store()
			.reserve(List.of(new ThrottleKey(ip, 20), new ThrottleKey("account:" + ip + "-" + i, 5)), NOW, this.policy)
			.block()
			.isZero());
		assertThat(admitted).isEqualTo(21);
	}

	@Test
	void anAttemptRefusedByOneKeyCountsOnNone() {
		String ip = "ip:refused" + System.nanoTime();
		String account = "account:refused" + System.nanoTime();
		ThrottleKey waiting = new ThrottleKey(account, 0);
		assertThat(store().reserve(List.of(waiting), NOW, this.policy).block()).isZero();
		Duration wait = store().reserve(List.of(new ThrottleKey(ip, 20), waiting), NOW.plusMillis(250), this.policy)
			.block();
		assertThat(wait).isEqualTo(Duration.ofMillis(750));
		assertThat(store().get(ip).block().failures()).isZero();
		assertThat(store().get(account).block().failures()).isEqualTo(1);
	}

	@Test
	void releaseTakesOneBackAndNeverGoesBelowNothing() {
		String key = "ip:release" + System.nanoTime();
		store().reserve(List.of(new ThrottleKey(key, 20)), NOW, this.policy).block();
		store().reserve(List.of(new ThrottleKey(key, 20)), NOW, this.policy).block();
		store().release(key).block();
		assertThat(store().get(key).block().failures()).isEqualTo(1);
		store().release(key).block();
		store().release(key).block();
		assertThat(store().get(key).block().failures()).isZero();
		store().reset(key).block();
		assertThat(store().get(key).block()).isEqualTo(LoginAttempts.NONE);
	}

	@Test
	void aHundredConcurrentUsesOfAnHourlyCapTakeExactlyTheCap() throws Exception {
		String key = "signup:race" + System.nanoTime();
		int taken = concurrently(100, (i) -> store().take(key, 10, Duration.ofHours(1), NOW).block().isZero());
		assertThat(taken).isEqualTo(10);
		assertThat(store().take(key, 10, Duration.ofHours(1), NOW.plus(Duration.ofMinutes(30))).block())
			.isEqualTo(Duration.ofMinutes(30));
		assertThat(store().take(key, 10, Duration.ofHours(1), NOW.plus(Duration.ofHours(1))).block())
			.as("the next window")
			.isZero();
	}

	/**
	 * Runs the attempts on as many threads, released at once; returns how many said yes.
	 */
	private static int concurrently(int count, Attempt attempt) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				Callable<Boolean> call = () -> {
					start.await();
					return attempt.admitted(index);
				};
				results.add(threads.submit(call));
			}
			start.countDown();
			int admitted = 0;
			for (Future<Boolean> result : results) {
				admitted += result.get() ? 1 : 0;
			}
			return admitted;
		}
		finally {
			threads.shutdownNow();
		}
	}

	@FunctionalInterface
	interface Attempt {

		boolean admitted(int index);

	}

}
