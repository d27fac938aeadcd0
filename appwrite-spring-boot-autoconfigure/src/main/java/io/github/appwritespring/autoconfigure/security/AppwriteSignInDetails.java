package io.github.appwritespring.autoconfigure.security;

import org.jspecify.annotations.Nullable;

/**
 * What a sign-in attempt knows about the browser that makes it, read from the request by
 * each web stack in one place. The throttle counts by the client address and trusts a
 * device that has signed in to the account before; Appwrite records the user agent on the
 * session.
 *
 * @param clientAddress the client's IP address as the throttle counts it, or {@code null}
 * when not known (then the account alone counts)
 * @param userAgent the end user's {@code User-Agent}, or {@code null}
 * @param trustedDevice the value of the browser's trusted-device cookie, or {@code null}
 * when it sent none
 * @since 0.1.0
 */
public record AppwriteSignInDetails(@Nullable String clientAddress, @Nullable String userAgent,
		@Nullable String trustedDevice) {

	/** Nothing known about the browser: only the account is counted. */
	public static final AppwriteSignInDetails NONE = new AppwriteSignInDetails(null, null, null);

	/**
	 * Names the client address and user agent, never the trusted-device cookie's value:
	 * the details travel in authentication events and logs.
	 */
	@Override
	public String toString() {
		return "AppwriteSignInDetails[clientAddress=" + this.clientAddress + ", userAgent=" + this.userAgent
				+ ", trustedDevice=" + ((this.trustedDevice != null) ? "(hidden)" : "(none)") + "]";
	}

}
