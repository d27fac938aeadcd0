package io.github.appwritespring.autoconfigure.security.passkeys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.authority.FactorGrantedAuthority;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.signing.SignedStamps;

/**
 * The cookie that says a browser's Appwrite session began with a passkey, so that every
 * request of that session, not only the sign-in's, carries Spring Security's
 * {@link FactorGrantedAuthority#WEBAUTHN_AUTHORITY}: Appwrite records such a session's
 * factor as {@code token} (the one-time token the starter exchanged for it) and keeps
 * nothing else about it. The value is the time the passkey was used and an HMAC over that
 * time and the session secret, so it proves nothing without that very session cookie, and
 * nothing once the session is gone; it holds no secret itself. It travels with the
 * session cookie, with its attributes and lifetime.
 *
 * @since 0.1.0
 */
public final class PasskeyFactorCookie {

	/**
	 * How long the cookie is accepted: Appwrite's longest session length (a year), as the
	 * session's own end ends it sooner.
	 */
	private static final Duration LIFETIME = Duration.ofDays(366);

	private static final int MAX_LENGTH = 128;

	private final String name;

	private final SignedStamps stamps;

	/**
	 * Creates a new {@code PasskeyFactorCookie}.
	 * @param name the cookie's name
	 * @param applicationSecret the secret the HMAC key is derived from (the API key)
	 * @param clock the clock
	 */
	public PasskeyFactorCookie(String name, String applicationSecret, Clock clock) {
		this.name = name;
		this.stamps = new SignedStamps(SignedStamps.derive(applicationSecret, "appwrite-passkey-factor"), LIFETIME,
				clock);
	}

	/**
	 * Returns the cookie's name.
	 * @return the cookie's name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Returns the cookie for a session that a passkey just signed in.
	 * @param sessionCookie the session cookie, whose attributes it takes
	 * @param sessionSecret the session's secret
	 * @param expire when the session expires, or {@code null}
	 * @return the cookie
	 */
	public ResponseCookie set(AppwriteSessionCookie sessionCookie, String sessionSecret, @Nullable Instant expire) {
		String issued = this.stamps.now();
		return sessionCookie.companion(this.name, issued + "." + this.stamps.sign(data(sessionSecret, issued)), expire);
	}

	/**
	 * Returns the cookie that deletes this one.
	 * @param sessionCookie the session cookie, whose attributes it was set with
	 * @return the cookie that deletes this one
	 */
	public ResponseCookie expired(AppwriteSessionCookie sessionCookie) {
		return sessionCookie.companionExpired(this.name);
	}

	/**
	 * Returns when a passkey signed a session in, or {@code null} when the cookie's value
	 * is missing, malformed, forged, too old, or made for another session.
	 * @param sessionSecret the secret of the session the request carries
	 * @param value the cookie's value, or {@code null}
	 * @return when the passkey was used, or {@code null}
	 */
	public @Nullable Instant issued(String sessionSecret, @Nullable String value) {
		if (value == null || value.length() > MAX_LENGTH) {
			return null;
		}
		int dot = value.indexOf('.');
		if (dot <= 0) {
			return null;
		}
		String issued = value.substring(0, dot);
		if (!this.stamps.valid(data(sessionSecret, issued), issued, value.substring(dot + 1))) {
			return null;
		}
		return Instant.ofEpochSecond(Long.parseLong(issued));
	}

	private static String data(String sessionSecret, String issued) {
		return "webauthn." + issued + "." + sessionSecret;
	}

}
