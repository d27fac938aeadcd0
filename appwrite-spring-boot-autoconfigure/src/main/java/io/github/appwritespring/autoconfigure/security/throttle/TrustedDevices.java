package io.github.appwritespring.autoconfigure.security.throttle;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.autoconfigure.security.signing.SignedStamps;

/**
 * Device cookies, as OWASP describes them against account lockout: a browser that has
 * signed in to an account gets a signed token naming a random device ID, the account (as
 * a MAC, never in clear) and when it was issued. A sign-in with a valid token for the
 * account tried is counted against that device instead of the account, so an attacker who
 * keeps the account waiting with wrong passwords does not lock its owner out; a device
 * that fails too often waits like an account does.
 *
 * @since 0.1.0
 */
public class TrustedDevices {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final int MAX_LENGTH = 200;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SignedStamps stamps;

	/**
	 * Creates a new {@code TrustedDevices}.
	 * @param secret the signing secret (at least 16 bytes); the same on every instance of
	 * the application, so a token issued by one is accepted by all
	 * @param lifetime how long a token is accepted after it was issued
	 * @param clock the clock
	 */
	public TrustedDevices(byte[] secret, Duration lifetime, Clock clock) {
		if (secret.length < 16) {
			throw new IllegalArgumentException("The trusted-device secret must have at least 16 bytes");
		}
		this.stamps = new SignedStamps(secret, lifetime, clock);
	}

	/**
	 * Derives a signing secret from another secret the application already holds (such as
	 * its Appwrite API key), so that every instance agrees without more configuration and
	 * the token cannot be forged without it.
	 * @param applicationSecret a secret the application holds
	 * @return a signing secret that reveals nothing about the one it came from
	 */
	public static byte[] deriveSecret(String applicationSecret) {
		return SignedStamps.derive(applicationSecret, "appwrite-trusted-device");
	}

	/**
	 * Returns how long a token is accepted after it was issued.
	 * @return how long a token is accepted after it was issued
	 */
	public Duration lifetime() {
		return this.stamps.lifetime();
	}

	/**
	 * Returns a new token for a browser that just signed in to the account.
	 * @param account the account's email
	 * @return the cookie value
	 */
	public String issue(String account) {
		byte[] id = new byte[16];
		RANDOM.nextBytes(id);
		String device = ENCODER.encodeToString(id);
		String issued = this.stamps.now();
		return device + "." + issued + "." + this.stamps.sign(data(device, issued, account));
	}

	/**
	 * Returns the device ID of a token that is valid for the account, or {@code null}.
	 * @param token the cookie value the browser sent, or {@code null}
	 * @param account the account tried
	 * @return the device ID, or {@code null} when there is no token, it is malformed,
	 * forged, issued for another account or expired
	 */
	public @Nullable String deviceId(@Nullable String token, @Nullable String account) {
		if (token == null || account == null || token.length() > MAX_LENGTH) {
			return null;
		}
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3 || parts[0].isEmpty()) {
			return null;
		}
		return this.stamps.valid(data(parts[0], parts[1], account), parts[1], parts[2]) ? parts[0] : null;
	}

	private static String data(String device, String issued, String account) {
		return device + "\n" + issued + "\n" + account.trim().toLowerCase(Locale.ROOT);
	}

}
