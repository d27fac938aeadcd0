package io.github.appwritespring.autoconfigure.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;

/**
 * The one place the session cookie, the OAuth2 state cookie and the trusted-device cookie
 * are built, for both web stacks: {@code HttpOnly}, {@code Secure},
 * {@code SameSite=Strict} (or Lax), {@code Path=/}, no {@code Domain}, expiring with the
 * Appwrite session. Expiring a cookie repeats the attributes it was set with, so browsers
 * really delete it.
 *
 * @since 0.1.0
 */
public class AppwriteSessionCookies {

	private final String name;

	private final AppwriteSecurityProperties.Cookie settings;

	private final String stateCookieName;

	private final String statePath;

	private final String deviceCookieName;

	private final String devicePath;

	private final List<AppwriteSessionCookieCustomizer> customizers;

	/**
	 * Creates a new {@code AppwriteSessionCookies}.
	 * @param projectId the Appwrite project ID
	 * @param properties the security properties
	 * @param customizers applied, in order, to the session cookie
	 */
	public AppwriteSessionCookies(String projectId, AppwriteSecurityProperties properties,
			List<AppwriteSessionCookieCustomizer> customizers) {
		this.settings = properties.getCookie();
		this.name = AppwriteSessionCookie.name(projectId, this.settings.isHostPrefix());
		this.stateCookieName = properties.getOauth2().getStateCookieName();
		this.statePath = properties.getEndpoints().getOauth2Callback();
		this.deviceCookieName = properties.getThrottle().getTrustedDevice().getCookieName();
		this.devicePath = properties.getEndpoints().getLogin();
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * Returns the session cookie's name.
	 * @return the session cookie's name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Returns the OAuth2 state cookie's name.
	 * @return the OAuth2 state cookie's name
	 */
	public String stateName() {
		return this.stateCookieName;
	}

	/**
	 * Returns the cookie that signs the browser in.
	 * @param secret the session secret
	 * @param expire when the Appwrite session expires, or {@code null} for a
	 * browser-session cookie
	 * @return the cookie that signs the browser in
	 */
	public ResponseCookie session(String secret, @Nullable Instant expire) {
		ResponseCookie.ResponseCookieBuilder cookie = sessionCookie(secret);
		if (expire != null) {
			cookie.maxAge(Duration.between(Instant.now(), expire).toSeconds());
		}
		return customized(cookie);
	}

	/**
	 * Returns the cookie that deletes the session cookie.
	 * @return the cookie that deletes the session cookie
	 */
	public ResponseCookie expiredSession() {
		return customized(sessionCookie("").maxAge(0));
	}

	/**
	 * Returns the state cookie: Lax (it must come back on the provider's top-level
	 * redirect), only sent to the callback.
	 * @param state the random state of a started OAuth2 sign-in
	 * @param lifetime how long the sign-in may take
	 * @param contextPath the application's context path (servlet) or base path (WebFlux),
	 * {@code ""} for none: the callback lies below it
	 * @return the state cookie: Lax (it must come back on the provider's top-level
	 * redirect), only sent to the callback
	 */
	public ResponseCookie state(String state, Duration lifetime, String contextPath) {
		return stateCookie(state, contextPath).maxAge(lifetime).build();
	}

	/**
	 * Returns the cookie that deletes the state cookie.
	 * @param contextPath the application's context path or base path, {@code ""} for none
	 * @return the cookie that deletes the state cookie
	 */
	public ResponseCookie expiredState(String contextPath) {
		return stateCookie("", contextPath).maxAge(0).build();
	}

	/**
	 * Returns the trusted-device cookie's name.
	 * @return the trusted-device cookie's name
	 */
	public String trustedDeviceName() {
		return this.deviceCookieName;
	}

	/**
	 * Returns the trusted-device cookie: Strict, and only sent to the sign-in endpoint,
	 * the one place it is read.
	 * @param token the signed device token
	 * @param lifetime how long the token is accepted
	 * @param contextPath the application's context path or base path, {@code ""} for none
	 * @return the trusted-device cookie
	 */
	public ResponseCookie trustedDevice(String token, Duration lifetime, String contextPath) {
		return ResponseCookie.from(this.deviceCookieName, token)
			.httpOnly(true)
			.secure(this.settings.isSecure())
			.sameSite("Strict")
			.path(contextPath + this.devicePath)
			.maxAge(lifetime)
			.build();
	}

	private ResponseCookie.ResponseCookieBuilder sessionCookie(String value) {
		return ResponseCookie.from(this.name, value)
			.httpOnly(true)
			.secure(this.settings.isSecure() || this.settings.isHostPrefix())
			.sameSite(this.settings.getSameSite().attribute())
			.path("/");
	}

	private ResponseCookie.ResponseCookieBuilder stateCookie(String value, String contextPath) {
		return ResponseCookie.from(this.stateCookieName, value)
			.httpOnly(true)
			.secure(this.settings.isSecure())
			.sameSite("Lax")
			.path(contextPath + this.statePath);
	}

	private ResponseCookie customized(ResponseCookie.ResponseCookieBuilder cookie) {
		for (AppwriteSessionCookieCustomizer customizer : this.customizers) {
			customizer.customize(cookie);
		}
		return cookie.build();
	}

}
