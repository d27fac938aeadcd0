package io.github.appwritespring.client;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.github.appwritespring.client.internal.Require;

/**
 * Appwrite IDs: {@link #unique()} generates one on the client, {@link #custom(String)}
 * checks one the caller chose.
 *
 * @since 0.1.0
 */
public final class ID {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private static final AtomicLong LAST_MICROS = new AtomicLong();

	private ID() {
	}

	/**
	 * A new 20-character lower-case hexadecimal ID, ordered by creation time like
	 * Appwrite's own: 8 hex digits of epoch seconds, 5 of the sub-second part in
	 * microseconds, then 7 random digits.
	 * @return the ID
	 */
	public static String unique() {
		long micros = currentMicros();
		long seconds = micros / 1_000_000L;
		long subSecond = micros % 1_000_000L;
		char[] id = new char[20];
		writeHex(id, 0, seconds, 8);
		writeHex(id, 8, subSecond, 5);
		writeHex(id, 13, ThreadLocalRandom.current().nextLong(), 7);
		return new String(id);
	}

	/**
	 * Checks an ID the caller chose against Appwrite's rule (1 to 36 characters of
	 * {@code a-z A-Z 0-9 . - _}, not starting with {@code .}, {@code -} or {@code _}).
	 * @param id the ID
	 * @return the same ID
	 * @throws IllegalArgumentException if Appwrite would reject it
	 */
	public static String custom(String id) {
		return Require.id("id", id);
	}

	/**
	 * The current time in microseconds, strictly increasing across calls so that IDs made
	 * in the same microsecond still sort in creation order.
	 */
	private static long currentMicros() {
		java.time.Instant now = java.time.Instant.now();
		long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000L;
		return LAST_MICROS.accumulateAndGet(micros, (last, next) -> (next > last) ? next : last + 1);
	}

	private static void writeHex(char[] target, int offset, long value, int digits) {
		for (int i = digits - 1; i >= 0; i--) {
			target[offset + i] = HEX[(int) (value & 0xF)];
			value >>>= 4;
		}
	}

}
