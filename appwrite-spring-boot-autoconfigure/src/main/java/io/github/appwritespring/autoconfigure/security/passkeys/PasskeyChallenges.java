package io.github.appwritespring.autoconfigure.security.passkeys;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.Bytes;

import io.github.appwritespring.autoconfigure.security.signing.SignedStamps;

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

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final int MAX_LENGTH = 512;

	private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]{0,128}");

	private final SignedStamps stamps;

	/**
	 * Creates a new {@code PasskeyChallenges}.
	 * @param applicationSecret the secret the HMAC key is derived from (the API key)
	 * @param lifetime how long a ceremony may take
	 * @param clock the clock
	 */
	public PasskeyChallenges(String applicationSecret, Duration lifetime, Clock clock) {
		this.stamps = new SignedStamps(SignedStamps.derive(applicationSecret, "appwrite-passkey-challenge"), lifetime,
				clock);
	}

	/**
	 * Returns how long a ceremony may take.
	 * @return how long a ceremony may take
	 */
	public Duration lifetime() {
		return this.stamps.lifetime();
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
		String issued = this.stamps.now();
		String user = (userId != null) ? ENCODER.encodeToString(userId.getBytes(StandardCharsets.UTF_8)) : "";
		return encodedChallenge + "." + issued + "." + user + "."
				+ this.stamps.sign(data(ceremony, encodedChallenge, issued, user));
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
		if (parts.length != 4 || parts[0].isEmpty()) {
			return null;
		}
		for (String part : parts) {
			if (!PART.matcher(part).matches()) {
				return null;
			}
		}
		if (!this.stamps.valid(data(ceremony, parts[0], parts[1], parts[2]), parts[1], parts[3])) {
			return null;
		}
		String userId = parts[2].isEmpty() ? null
				: new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8);
		return new Started(Bytes.fromBase64(parts[0]), userId);
	}

	private static String data(Ceremony ceremony, String challenge, String issued, String user) {
		return ceremony.name() + "\n" + challenge + "\n" + issued + "\n" + user;
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
