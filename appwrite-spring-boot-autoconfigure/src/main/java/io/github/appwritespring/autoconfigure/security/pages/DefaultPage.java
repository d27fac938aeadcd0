package io.github.appwritespring.autoconfigure.security.pages;

/**
 * A page the integration serves by default.
 *
 * @since 0.1.0
 */
public enum DefaultPage {

	/** The sign-in page: email and password, OAuth2 providers, passwordless options. */
	SIGN_IN("Sign in"),

	/** The sign-up page. */
	SIGN_UP("Create an account"),

	/** Asks for a password recovery email. */
	FORGOT_PASSWORD("Forgot your password?"),

	/** Where the recovery email links to: the new password. */
	RESET_PASSWORD("Choose a new password"),

	/** The second factor at sign-in. */
	MFA("Confirm it is you"),

	/** The code emailed for a passwordless sign-in. */
	EMAIL_CODE("Enter your code"),

	/** Asks a signed-in user to verify their email. */
	VERIFY_EMAIL("Verify your email");

	private final String title;

	DefaultPage(String title) {
		this.title = title;
	}

	/**
	 * Returns the page's heading and title.
	 * @return the page's heading and title
	 */
	public String title() {
		return this.title;
	}

}
