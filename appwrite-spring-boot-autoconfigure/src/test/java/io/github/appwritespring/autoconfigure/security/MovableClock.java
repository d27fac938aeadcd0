package io.github.appwritespring.autoconfigure.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A {@link Clock} that stands still until a test moves it, so that a test skips a wait (a
 * login throttle's, a session's lifetime) by moving time instead of sleeping.
 * Thread-safe: the application and the emulator read it on their own threads. Declared as
 * the application's {@code Clock} bean by {@link AsBean}, it drives the login throttle.
 */
public final class MovableClock extends Clock {

	private final AtomicReference<Instant> now;

	private final ZoneId zone;

	/**
	 * Creates a clock that stands at the current instant (to the millisecond).
	 */
	public MovableClock() {
		this(Instant.now().truncatedTo(ChronoUnit.MILLIS));
	}

	/**
	 * Creates a clock that stands at the given instant.
	 * @param start the instant it shows until it is moved
	 */
	public MovableClock(Instant start) {
		this(new AtomicReference<>(start), ZoneOffset.UTC);
	}

	private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	/**
	 * Moves the clock forward.
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("time only moves forward, not by " + duration);
		}
		this.now.updateAndGet((instant) -> instant.plus(duration));
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MovableClock(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	/**
	 * Declares a {@link MovableClock} as the application's {@code Clock} bean.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class AsBean {

		@Bean
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
