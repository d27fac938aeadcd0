package io.github.appwritespring.autoconfigure.security.internal;

import org.jspecify.annotations.Nullable;

/**
 * Marks a request whose session cookie is a limited session (its second factor not
 * completed yet), so that the entry point sends a browser on to the MFA page rather than
 * back to the sign-in page. Kept as a request (servlet) or exchange (WebFlux) attribute.
 */
public final class LimitedSessions {

	/** The name of the request or exchange attribute that marks it. */
	public static final String ATTRIBUTE = LimitedSessions.class.getName();

	private LimitedSessions() {
	}

	/**
	 * Returns whether a request was marked.
	 * @param attribute the request's or exchange's attribute {@link #ATTRIBUTE}
	 * @return whether its session is limited
	 */
	public static boolean isLimited(@Nullable Object attribute) {
		return Boolean.TRUE.equals(attribute);
	}

}
