package io.github.appwritespring.autoconfigure.security.internal;

import org.jspecify.annotations.Nullable;

/**
 * What an authentication endpoint learnt from its request before authenticating, for the
 * success and failure handlers that answer it: which flow it is and where the browser
 * asked to go afterwards. Kept as a request (servlet) or exchange (WebFlux) attribute.
 *
 * @param flow the flow
 * @param redirect where to go after signing in, a safe relative path, or {@code null}
 * @param form the page a browser goes back to when the attempt fails, or {@code null} for
 * the flow's usual page (the sign-in or sign-up page)
 */
public record SignInAttempt(Flow flow, @Nullable String redirect, @Nullable String form) {

	/**
	 * Creates an attempt that goes back to the flow's usual page when it fails.
	 * @param flow the flow
	 * @param redirect where to go after signing in, a safe relative path, or {@code null}
	 */
	public SignInAttempt(Flow flow, @Nullable String redirect) {
		this(flow, redirect, null);
	}

	/** The name of the request or exchange attribute that holds it. */
	public static final String ATTRIBUTE = SignInAttempt.class.getName();

	/**
	 * Returns the attempt a request holds, or a sign-in without a target when it holds
	 * none (e.g. a handler used outside the integration's endpoints).
	 * @param attribute the request's or exchange's attribute {@link #ATTRIBUTE}
	 * @return the attempt
	 */
	public static SignInAttempt of(@Nullable Object attribute) {
		return (attribute instanceof SignInAttempt attempt) ? attempt : new SignInAttempt(Flow.SIGN_IN, null);
	}

	/**
	 * Returns whether a request's attempt completes a second factor of the browser's own
	 * session: that session, though it is the browser's cookie already, is signed in anew
	 * (it was limited, or its factors changed).
	 * @param attribute the request's or exchange's attribute {@link #ATTRIBUTE}
	 * @return whether it does
	 */
	public static boolean completesSecondFactor(@Nullable Object attribute) {
		return attribute instanceof SignInAttempt attempt && attempt.flow() == Flow.MFA;
	}

	/** The authentication endpoints. */
	public enum Flow {

		/** {@code POST /auth/login}. */
		SIGN_IN,

		/** {@code POST /auth/signup}. */
		SIGN_UP,

		/** {@code GET /auth/oauth2/callback}. */
		OAUTH2,

		/** {@code GET /auth/magic-url/callback}. */
		MAGIC_URL,

		/** {@code POST /auth/email-otp/verify}. */
		EMAIL_OTP,

		/** {@code GET /auth/team-invitation}. */
		INVITATION,

		/**
		 * {@code POST /auth/mfa/verify}: completes a second factor of the browser's
		 * session, which the browser already holds (limited until then).
		 */
		MFA,

		/** {@code POST /login/webauthn}: a passkey's assertion. */
		PASSKEY;

		/**
		 * Returns whether the flow starts from a link that arrives cross-site (from a
		 * provider or a mail client), so that a browser is answered with the same-site
		 * bounce page rather than a redirect, and a failure sends it to the sign-in page.
		 * @return whether the flow is answered with the bounce page
		 */
		public boolean bounces() {
			return this == OAUTH2 || this == MAGIC_URL || this == INVITATION;
		}

	}

}
