package io.github.appwritespring.autoconfigure.security.account;

import java.util.Locale;

/**
 * Why an account endpoint did not do what was asked, as its page's {@code error}
 * parameter and a JSON answer's {@code error} field name it. The messages say what to do
 * and never which accounts exist.
 *
 * @since 0.1.0
 */
public enum AccountProblem {

	/** The request itself is unreadable (a JSON body that is not one object). */
	REQUEST(400, "Send the fields as a form or as one JSON object of strings (at most 16 KiB)."),

	/** A required field is missing or too long. */
	MISSING(400, "Please fill in every field of the form."),

	/** The email address is missing or not an email address. */
	EMAIL(400, "Enter a valid email address."),

	/** A link's user or secret is wrong, expired or already used. */
	LINK(400, "This link is invalid, has expired or was already used. Ask for a new one."),

	/** The new password and its confirmation differ. */
	PASSWORD_MISMATCH(400, "The two passwords differ. Type the same new password twice."),

	/** Appwrite refused the new password. */
	PASSWORD(400,
			"Choose another password: it needs 8 to 256 characters, and common or recently used "
					+ "passwords may be refused."),

	/** The current password given to confirm a change is wrong. */
	CURRENT_PASSWORD(401, "The current password is not right."),

	/**
	 * A code (emailed, from an authenticator app, or a recovery code) is wrong or
	 * expired.
	 */
	CODE(401, "The code is wrong or has expired. Check it and try again, or ask for a new one."),

	/**
	 * The second factor asked for is not one the account has (no verified email or phone,
	 * no authenticator, no recovery codes), or not one Appwrite knows.
	 */
	FACTOR(400, "This second factor is not set up for your account. Choose another one."),

	/** The endpoint needs a signed-in user. */
	SIGN_IN_REQUIRED(401, "Sign in first."),

	/** The endpoint needs a more recent second factor. */
	CHALLENGE_REQUIRED(401, "Confirm it is you with your second factor first."),

	/** The email is already used by another account. */
	EXISTS(409, "An account with this email already exists."),

	/**
	 * The change is already done (an email already verified, an authenticator already
	 * added).
	 */
	ALREADY_DONE(409, "This is already done."),

	/** Too many attempts or emails; wait and try again. */
	THROTTLED(429, "Too many attempts. Wait a moment and try again."),

	/**
	 * Appwrite cannot send the email or message (no SMTP server or SMS provider
	 * configured in the Appwrite project).
	 */
	NOT_SENT(503, "The message could not be sent. Please try again later.");

	private final int status;

	private final String message;

	AccountProblem(int status, String message) {
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
	 * Returns the value of the page's {@code error} parameter, e.g.
	 * {@code password_mismatch}.
	 * @return the value of the page's {@code error} parameter
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
