package io.github.appwritespring.autoconfigure.security.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInDetails;
import io.github.appwritespring.autoconfigure.security.throttle.TrustedProxies;

/**
 * Turns what a request carries into {@link AppwriteSignInDetails}, the same way on both
 * stacks: which address is the client's (the one the server reports, or, behind trusted
 * proxies, the right-most untrusted {@code X-Forwarded-For} entry of the request as it
 * arrived) and which cookie is the trusted-device token.
 */
public final class SignInDetailsReader {

	private final TrustedProxies proxies;

	private final @Nullable String deviceCookieName;

	/**
	 * Creates a new {@code SignInDetailsReader}.
	 * @param proxies the proxies whose {@code X-Forwarded-For} entries are believed
	 * @param deviceCookieName the trusted-device cookie's name, or {@code null} when
	 * trusted devices are off
	 */
	public SignInDetailsReader(TrustedProxies proxies, @Nullable String deviceCookieName) {
		this.proxies = proxies;
		this.deviceCookieName = deviceCookieName;
	}

	/**
	 * Returns the reader the settings ask for.
	 * @param properties the security settings
	 * @return the reader
	 * @throws IllegalArgumentException when a trusted proxy is not an IP address or CIDR
	 * range
	 */
	public static SignInDetailsReader of(AppwriteSecurityProperties properties) {
		AppwriteSecurityProperties.Throttle throttle = properties.getThrottle();
		TrustedProxies proxies = TrustedProxies.of("appwrite.security.throttle.trusted-proxies",
				throttle.getTrustedProxies());
		return new SignInDetailsReader(proxies,
				throttle.getTrustedDevice().isEnabled() ? throttle.getTrustedDevice().getCookieName() : null);
	}

	/**
	 * Returns whether the client address comes from the raw {@code X-Forwarded-For}
	 * headers and connection, which the stack then has to dig out of the request as it
	 * arrived.
	 * @return whether trusted proxies are configured
	 */
	public boolean readsForwardedFor() {
		return !this.proxies.isEmpty();
	}

	/**
	 * Returns the trusted-device cookie's name, or {@code null} when trusted devices are
	 * off.
	 * @return the trusted-device cookie's name, or {@code null}
	 */
	public @Nullable String deviceCookieName() {
		return this.deviceCookieName;
	}

	/**
	 * Returns the details of a sign-in attempt.
	 * @param reportedAddress the client address as the server reports it (after
	 * {@code server.forward-headers-strategy})
	 * @param peer the address the connection came from, when {@link #readsForwardedFor()}
	 * @param forwardedFor the raw {@code X-Forwarded-For} values, when
	 * {@link #readsForwardedFor()}
	 * @param deviceToken the trusted-device cookie's value, or {@code null}
	 * @param userAgent the {@code User-Agent}, or {@code null}
	 * @return the details of the attempt
	 */
	public AppwriteSignInDetails details(@Nullable String reportedAddress, @Nullable String peer,
			List<String> forwardedFor, @Nullable String deviceToken, @Nullable String userAgent) {
		String address = this.proxies.isEmpty() ? reportedAddress : this.proxies.clientAddress(peer, forwardedFor);
		return new AppwriteSignInDetails(address, userAgent, (this.deviceCookieName != null) ? deviceToken : null);
	}

}
