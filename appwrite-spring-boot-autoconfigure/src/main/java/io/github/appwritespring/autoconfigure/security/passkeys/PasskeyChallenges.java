package io.github.appwritespring.autoconfigure.security.passkeys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.Bytes;

/**
 * The value of the cookie that carries a started passkey ceremony: its challenge, when it
 * started, the user it registers a passkey for (none for a sign-in), the ceremony, and an
 * HMAC over all of them, so that the application needs no server-side state between the
 * two steps of a ceremony (any instance completes it) and a browser cannot bring a
 * challenge of its own choosing, an old one, or one made for another user or ceremony.
 * That a challenge is used only once is up to the caller.
 *
 * @since 0.1.0
 */
public final class PasskeyChallenges {

	private static final String ALGORITHM = "HmacSHA256";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final int MAX_LENGTH = 512;

	private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]{0,128}");

	private final SecretKeySpec key;

	private final Duration lifetime;

	private final Clock clock;

	/**
	 * Creates a new {@code PasskeyChallenges}.
	 * @param applicationSecret the secret the HMAC key is derived from (the API key)
	 * @param lifetime how long a ceremony may take
	 * @param clock the clock
	 */
	public PasskeyChallenges(String applicationSecret, Duration lifetime, Clock clock) {
		this.key = new SecretKeySpec(
				mac(new SecretKeySpec(applicationSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM),
						"appwrite-passkey-challenge"),
				ALGORITHM);
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/**
	 * Returns how long a ceremony may take.
	 * @return how long a ceremony may take
	 */
	public Duration lifetime() {
		return this.lifetime;
	}

	/**
	 * Returns the cookie value for a started ceremony.
	 * @param ceremony which ceremony
	 * @param challenge its challenge
	 * @param userId the user a registration is for, or {@code null} for a sign-in
	 * @return the cookie value
	 */
	public String seal(Ceremony ceremony, Bytes challenge, @Nullable String userId) {
		String encodedChallenge = challenge.toBase64UrlString();
		String issued = Long.toString(this.clock.instant().getEpochSecond());
		String user = (userId != null) ? ENCODER.encodeToString(userId.getBytes(StandardCharsets.UTF_8)) : "";
		return encodedChallenge + "." + issued + "." + user + "." + signature(ceremony, encodedChallenge, issued, user);
	}

	/**
	 * Returns the ceremony a cookie value holds, or {@code null} when it is malformed,
	 * forged, made for another ceremony, or expired.
	 * @param ceremony which ceremony is completed
	 * @param value the cookie's value, or {@code null}
	 * @return the started ceremony, or {@code null}
	 */
	public @Nullable Started open(Ceremony ceremony, @Nullable String value) {
		if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
			return null;
		}
		String[] parts = value.split("\\.", -1);
		if (parts.length != 4 || parts[0].isEmpty() || parts[1].isEmpty() || parts[1].length() > 12) {
			return null;
		}
		for (String part : parts) {
			if (!PART.matcher(part).matches()) {
				return null;
			}
		}
		byte[] expected = signature(ceremony, parts[0], parts[1], parts[2]).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))) {
			return null;
		}
		long issued;
		try {
			issued = Long.parseLong(parts[1]);
		}
		catch (NumberFormatException ex) {
			return null;
		}
		long age = this.clock.instant().getEpochSecond() - issued;
		if (age < 0 || age >= this.lifetime.toSeconds()) {
			return null;
		}
		String userId = parts[2].isEmpty() ? null
				: new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8);
		return new Started(Bytes.fromBase64(parts[0]), userId);
	}

	private String signature(Ceremony ceremony, String challenge, String issued, String user) {
		return ENCODER.encodeToString(mac(this.key, ceremony.name() + "\n" + challenge + "\n" + issued + "\n" + user));
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

	/** The two ceremonies. */
	public enum Ceremony {

		/** Signing in with a passkey (an assertion). */
		AUTHENTICATION,

		/** Registering a passkey for the signed-in user (an attestation). */
		REGISTRATION

	}

	/**
	 * A started ceremony.
	 *
	 * @param challenge its challenge
	 * @param userId the user a registration is for, or {@code null} for a sign-in
	 */
	public record Started(Bytes challenge, @Nullable String userId) {

	}

}
