package io.github.appwritespring.autoconfigure.security.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Signs data with the time it was issued (HMAC-SHA256, base64url), and checks a signature
 * and that its issue time is within a lifetime: the part every signed value the browser
 * carries shares.
 *
 * @since 0.1.0
 */
public final class SignedStamps {

	private static final String ALGORITHM = "HmacSHA256";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final SecretKeySpec key;

	private final Duration lifetime;

	private final Clock clock;

	/**
	 * Creates a new {@code SignedStamps}.
	 * @param key the HMAC key
	 * @param lifetime how long a signed value is valid
	 * @param clock the clock
	 */
	public SignedStamps(byte[] key, Duration lifetime, Clock clock) {
		this.key = new SecretKeySpec(key.clone(), ALGORITHM);
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/**
	 * Returns a key for one use derived from an application secret.
	 * @param secret the application secret (e.g. the API key)
	 * @param use what the key is for, so that each use has its own
	 * @return the derived key
	 */
	public static byte[] derive(String secret, String use) {
		return mac(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM), use);
	}

	/**
	 * Returns how long a signed value is valid.
	 * @return how long a signed value is valid
	 */
	public Duration lifetime() {
		return this.lifetime;
	}

	/**
	 * Returns the current issue time, in epoch seconds.
	 * @return the current issue time
	 */
	public String now() {
		return Long.toString(this.clock.instant().getEpochSecond());
	}

	/**
	 * Returns the signature of data.
	 * @param data the data, its issue time included
	 * @return its signature, base64url
	 */
	public String sign(String data) {
		return ENCODER.encodeToString(mac(this.key, data));
	}

	/**
	 * Returns whether a signature is the data's and the issue time is within the
	 * lifetime.
	 * @param data the data, its issue time included
	 * @param issued the issue time, in epoch seconds, as sent
	 * @param signature the signature, as sent
	 * @return whether both hold
	 */
	public boolean valid(String data, @Nullable String issued, @Nullable String signature) {
		if (issued == null || signature == null || issued.isEmpty() || issued.length() > 12) {
			return false;
		}
		if (!MessageDigest.isEqual(sign(data).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII))) {
			return false;
		}
		long at;
		try {
			at = Long.parseLong(issued);
		}
		catch (NumberFormatException ex) {
			return false;
		}
		long age = this.clock.instant().getEpochSecond() - at;
		return age >= 0 && age < this.lifetime.toSeconds();
	}

	private static byte[] mac(SecretKeySpec key, String data) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
