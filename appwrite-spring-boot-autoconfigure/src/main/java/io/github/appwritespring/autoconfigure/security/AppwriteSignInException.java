package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;
import java.time.Duration;
import java.util.Locale;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in, sign-up or OAuth2 exchange that did not succeed, with a {@link Reason} that
 * is safe to show: it never says which of email and password was wrong.
 *
 * @since 0.1.0
 */
public class AppwriteSignInException extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Reason reason;

	private final Duration retryAfter;

	/**
	 * Creates a new {@code AppwriteSignInException}.
	 * @param reason why
	 */
	public AppwriteSignInException(Reason reason) {
		this(reason, Duration.ZERO);
	}

	/**
	 * Creates a new {@code AppwriteSignInException}.
	 * @param reason why
	 * @param retryAfter how long to wait before trying again (for
	 * {@link Reason#THROTTLED})
	 */
	public AppwriteSignInException(Reason reason, Duration retryAfter) {
		super(reason.message());
		this.reason = reason;
		this.retryAfter = retryAfter;
	}

	/**
	 * Returns why.
	 * @return why
	 */
	public Reason getReason() {
		return this.reason;
	}

	/**
	 * Returns how long to wait before trying again; zero unless throttled.
	 * @return how long to wait before trying again; zero unless throttled
	 */
	public Duration getRetryAfter() {
		return this.retryAfter;
	}

	/** Why a sign-in failed, as the login page's {@code error} parameter names it. */
	public enum Reason {

		/** Wrong email or password (one message for both). */
		CREDENTIALS(401, "Invalid email or password."),

		/** The user is blocked (only said after the right password). */
		BLOCKED(401, "This account is blocked."),

		/**
		 * The password was right but the account needs a second factor: with MFA on (see
		 * {@link AppwriteMfaRequiredException}) the browser goes on to the MFA page; with
		 * it off, the half-made session has been deleted.
		 */
		MFA_REQUIRED(401, "This account is protected by a second factor. Sign in with your password to confirm it."),

		/**
		 * A code is wrong, expired or used: a second factor's, or an emailed sign-in code
		 * (or this browser asked for none).
		 */
		CODE(401, "The code is wrong or has expired. Check it and try again, or ask for a new one."),

		/**
		 * A second factor was sent without a sign-in waiting for it (no session cookie,
		 * or its session ended): sign in again.
		 */
		MFA_EXPIRED(401, "Your sign-in has expired. Please sign in again."),

		/** Too many failed attempts; wait and try again. */
		THROTTLED(429, "Too many attempts. Wait a moment and try again."),

		/** Sign-up: an account with this email already exists. */
		EXISTS(409, "An account with this email already exists."),

		/**
		 * Sign-up: a field is missing or not accepted (e.g. a password shorter than 8
		 * characters).
		 */
		INVALID(400,
				"Please check the form: a name, a valid email and a password of at least 8 characters are needed."),

		/**
		 * The request itself is unreadable: a JSON body that is not an object, or larger
		 * than 16 KiB.
		 */
		REQUEST(400, "Send the fields as a form or as one JSON object of strings (at most 16 KiB)."),

		/** OAuth2: denied, failed, expired, or its state did not match this browser. */
		OAUTH2(401, "Signing in with the provider did not complete. Please try again."),

		/** A sign-in link is wrong, expired or already used. */
		LINK(401, "This sign-in link is invalid, has expired or was already used. Ask for a new one."),

		/** A team invitation link is wrong, or the invitation was already accepted. */
		INVITATION(401, "This invitation is invalid or was already accepted. Sign in, or ask for a new invitation."),

		/**
		 * A passkey did not sign in: unknown, removed, not this site's, its ceremony
		 * expired or was used, or its signature counter went backwards.
		 */
		PASSKEY(401, "That passkey could not sign you in. Try again, or sign in another way.");

		private final int status;

		private final String message;

		Reason(int status, String message) {
			this.status = status;
			this.message = message;
		}

		/**
		 * Returns the HTTP status a JSON client gets.
		 * @return the HTTP status a JSON client gets
		 */
		public int status() {
			return this.status;
		}

		/**
		 * Returns the message shown to the user.
		 * @return the message shown to the user
		 */
		public String message() {
			return this.message;
		}

		/**
		 * Returns the value of the login page's {@code error} parameter, e.g.
		 * {@code credentials}.
		 * @return the value of the login page's {@code error} parameter, e.g.
		 * {@code credentials}
		 */
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
