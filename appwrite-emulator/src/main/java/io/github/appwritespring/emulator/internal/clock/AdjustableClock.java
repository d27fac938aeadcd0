package io.github.appwritespring.emulator.internal.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs as the configured one, plus an offset that only grows (time never
 * goes backwards for the emulator); {@code reset()} clears the offset.
 */
public final class AdjustableClock extends Clock {

	private final Clock base;

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	/** A clock following {@code base}. */
	public AdjustableClock(Clock base) {
		this.base = base;
	}

	/** Moves the clock forward. */
	public void advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("The emulator's clock only moves forward");
		}
		this.offset.updateAndGet((current) -> current.plus(duration));
	}

	/** Forgets every advance. */
	public void clear() {
		this.offset.set(Duration.ZERO);
	}

	@Override
	public ZoneId getZone() {
		return this.base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the emulator keeps time in UTC");
	}

	@Override
	public Instant instant() {
		return this.base.instant().plus(this.offset.get());
	}

	@Override
	public long millis() {
		return instant().toEpochMilli();
	}

}
