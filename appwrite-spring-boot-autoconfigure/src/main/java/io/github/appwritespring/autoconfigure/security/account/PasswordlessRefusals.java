package io.github.appwritespring.autoconfigure.security.account;

import org.apache.commons.logging.Log;

/**
 * What the passwordless endpoints make of Appwrite refusing to send a sign-in link or
 * code. A refusal about the account (blocked, its email held by an OAuth2 identity, no
 * more sign-ups allowed) is answered as if the message was sent, so the answer never
 * tells which accounts exist; a refusal to send at all (no SMTP server, a link host that
 * is not one of the project's platforms) is the application's to fix.
 */
final class PasswordlessRefusals {

	private PasswordlessRefusals() {
	}

	/**
	 * Returns whether Appwrite refused because of the account.
	 * @param failure a failure
	 * @return whether it is such a refusal
	 */
	static boolean isAccountRefusal(Throwable failure) {
		return AppwriteAnswers.isRefusal(failure, "user_blocked", "user_email_already_exists", "general_bad_request",
				"user_count_exceeded");
	}

	/**
	 * Returns whether Appwrite could not send the message at all.
	 * @param failure a failure
	 * @return whether it is such a refusal
	 */
	static boolean isNotSent(Throwable failure) {
		return AppwriteAnswers.isRefusal(failure, "general_smtp_disabled", "general_argument_invalid");
	}

	/**
	 * Logs an account refusal that the user is not told about, when it is one the
	 * application may want to act on.
	 * @param logger the endpoint's logger
	 * @param what what was not sent
	 * @param failure the refusal
	 */
	static void log(Log logger, String what, Throwable failure) {
		if (AppwriteAnswers.isRefusal(failure, "user_count_exceeded")) {
			logger.warn("Appwrite sent no " + what + ": the project allows no more users (auths.limit)");
		}
	}

}
