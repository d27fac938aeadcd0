package io.github.appwritespring.client.transport;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

import io.github.appwritespring.client.internal.Require;

/**
 * Who a call is made as, and in which locale: the part of a client that differs between
 * views. Immutable and small, so a per-user view costs one allocation. A context with a
 * session or JWT never holds the API key: Appwrite rejects the two together, and a key
 * must never travel with a user's session.
 *
 * @param apiKey the API key, or {@code null}
 * @param session the session secret (the {@code a_session_<PROJECT_ID>} value), or
 * {@code null}
 * @param jwt a JWT for a user, or {@code null}
 * @param locale the locale sent as {@code X-Appwrite-Locale}, or {@code null}
 * @param forwardedUserAgent the end user's {@code User-Agent}, forwarded to Appwrite, or
 * {@code null}
 */
public record CallContext(@Nullable String apiKey, @Nullable String session, @Nullable String jwt,
		@Nullable String locale, @Nullable String forwardedUserAgent) {

	/**
	 * Enforces the rule of this type: at most one credential.
	 */
	public CallContext {
		if (apiKey != null && (session != null || jwt != null)) {
			throw new IllegalArgumentException("A call context cannot carry the API key together with a session or "
					+ "JWT: Appwrite rejects the two together");
		}
		if (session != null && jwt != null) {
			throw new IllegalArgumentException("A call context carries either a session or a JWT, not both");
		}
	}

	/** A context with no credentials: a guest. */
	public static final CallContext GUEST = new CallContext(null, null, null, null, null);

	/**
	 * Returns a context for that session, without API key or JWT.
	 * @param session the session secret
	 * @return a context for that session, without API key or JWT
	 */
	public CallContext withSession(String session) {
		return new CallContext(null, Require.headerValue("session", session), null, this.locale,
				this.forwardedUserAgent);
	}

	/**
	 * Returns a context for that JWT, without API key or session.
	 * @param jwt the JWT
	 * @return a context for that JWT, without API key or session
	 */
	public CallContext withJwt(String jwt) {
		return new CallContext(null, null, Require.headerValue("jwt", jwt), this.locale, this.forwardedUserAgent);
	}

	/**
	 * Returns a context without credentials (no API key, session or JWT) that keeps the
	 * locale and the forwarded user agent: a guest, for Appwrite's public routes that
	 * refuse the API key.
	 * @return a context without credentials
	 */
	public CallContext asGuest() {
		if (this.apiKey == null && this.session == null && this.jwt == null) {
			return this;
		}
		return new CallContext(null, null, null, this.locale, this.forwardedUserAgent);
	}

	/**
	 * Returns a context with that locale.
	 * @param locale the locale, or {@code null} for none
	 * @return a context with that locale
	 */
	public CallContext withLocale(@Nullable String locale) {
		return new CallContext(this.apiKey, this.session, this.jwt, optionalHeader("locale", locale),
				this.forwardedUserAgent);
	}

	/**
	 * Returns a context forwarding it.
	 * @param userAgent the end user's user agent, or {@code null} for none; control
	 * characters become spaces
	 * @return a context forwarding it
	 */
	public CallContext withForwardedUserAgent(@Nullable String userAgent) {
		return new CallContext(this.apiKey, this.session, this.jwt, this.locale, headerSafe(userAgent));
	}

	/**
	 * Returns a context with that key and no user.
	 * @param apiKey the API key, or {@code null} for none
	 * @return a context with that key and no user
	 */
	public static CallContext ofApiKey(@Nullable String apiKey) {
		return new CallContext(optionalHeader("apiKey", apiKey), null, null, null, null);
	}

	/**
	 * The forwarded user agent is the end user's input, not the developer's: a stray
	 * control character in it must not fail the user's request, so it is replaced by a
	 * space instead of rejected. A blank value forwards nothing.
	 */
	private static @Nullable String headerSafe(@Nullable String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return null;
		}
		StringBuilder safe = null;
		for (int i = 0; i < userAgent.length(); i++) {
			char c = userAgent.charAt(i);
			if (Require.isControl(c)) {
				if (safe == null) {
					safe = new StringBuilder(userAgent);
				}
				safe.setCharAt(i, ' ');
			}
		}
		if (safe == null) {
			return userAgent;
		}
		String cleaned = safe.toString().strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

	private static @Nullable String optionalHeader(String name, @Nullable String value) {
		return (value != null) ? Require.headerValue(name, value) : null;
	}

	/**
	 * Returns whether calls are made with the API key.
	 * @return whether calls are made with the API key
	 */
	public boolean hasApiKey() {
		return this.apiKey != null;
	}

	/**
	 * Returns whether calls are made as a user (session or JWT).
	 * @return whether calls are made as a user (session or JWT)
	 */
	public boolean hasUser() {
		return this.session != null || this.jwt != null;
	}

	void applyTo(HttpHeaders headers) {
		if (this.apiKey != null) {
			headers.set("X-Appwrite-Key", this.apiKey);
		}
		if (this.session != null) {
			headers.set("X-Appwrite-Session", this.session);
		}
		if (this.jwt != null) {
			headers.set("X-Appwrite-JWT", this.jwt);
		}
		if (this.locale != null) {
			headers.set("X-Appwrite-Locale", this.locale);
		}
		if (this.forwardedUserAgent != null) {
			headers.set("X-Forwarded-User-Agent", this.forwardedUserAgent);
		}
	}

	@Override
	public String toString() {
		return "CallContext["
				+ (hasApiKey() ? "apiKey" : (this.session != null) ? "session" : (this.jwt != null) ? "jwt" : "guest")
				+ ((this.locale != null) ? ", locale=" + this.locale : "") + "]";
	}

}
