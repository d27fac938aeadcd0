package io.github.appwritespring.test;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes the codes of a TOTP authenticator as an authenticator app does, for tests that
 * complete Appwrite's second factor: RFC 6238 with Appwrite's settings (HMAC-SHA1, 6
 * digits, 30-second steps). Appwrite accepts only the code of the current step, with no
 * drift window, so {@link #code(String)} waits for the next step when the current one is
 * about to end.
 *
 * @since 0.1.0
 */
public final class AppwriteTotp {

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final long STEP_SECONDS = 30;

	/** How much of a step must be left for a code to still be accepted on arrival. */
	private static final long MARGIN_SECONDS = 3;

	private AppwriteTotp() {
	}

	/**
	 * Returns the code of the current step, waiting for the next step first when fewer
	 * than 3 seconds of this one are left.
	 * @param base32Secret the authenticator's secret in Base32, as Appwrite gives it
	 * @return the 6-digit code
	 */
	public static String code(String base32Secret) {
		return code(base32Secret, Clock.systemUTC());
	}

	/**
	 * Returns the code of the clock's current step, waiting (on the system clock) for the
	 * next step first when fewer than 3 seconds of this one are left. Pass the clock the
	 * emulator runs on when a test moves it.
	 * @param base32Secret the authenticator's secret in Base32, as Appwrite gives it
	 * @param clock the clock the server checks codes with
	 * @return the 6-digit code
	 */
	public static String code(String base32Secret, Clock clock) {
		long left = STEP_SECONDS - Math.floorMod(clock.instant().getEpochSecond(), STEP_SECONDS);
		if (left <= MARGIN_SECONDS) {
			try {
				Thread.sleep(left * 1000 + 200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the next TOTP step", ex);
			}
		}
		return code(base32Secret, clock.instant());
	}

	/**
	 * Returns the code of the step an instant falls in.
	 * @param base32Secret the authenticator's secret in Base32 (upper or lower case,
	 * padding ignored)
	 * @param at the instant
	 * @return the 6-digit code
	 */
	public static String code(String base32Secret, Instant at) {
		long step = Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0F;
			int binary = ((hash[offset] & 0x7F) << 24) | ((hash[offset + 1] & 0xFF) << 16)
					| ((hash[offset + 2] & 0xFF) << 8) | (hash[offset + 3] & 0xFF);
			return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is required on every Java platform", ex);
		}
	}

	private static byte[] base32(String value) {
		String clean = value.replace("=", "").toUpperCase(Locale.ROOT);
		ByteBuffer bytes = ByteBuffer.allocate(clean.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (char c : clean.toCharArray()) {
			int sextet = BASE32.indexOf(c);
			if (sextet < 0) {
				throw new IllegalArgumentException("Not a Base32 TOTP secret");
			}
			buffer = (buffer << 5) | sextet;
			bits += 5;
			if (bits >= 8) {
				bytes.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return bytes.array();
	}

}
