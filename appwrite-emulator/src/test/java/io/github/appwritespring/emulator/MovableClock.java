package io.github.appwritespring.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move forward instead of sleeping. */
public final class MovableClock extends Clock {

	private volatile Instant now;

	public MovableClock(Instant now) {
		this.now = now;
	}

	/** Moves the clock forward. */
	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
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
