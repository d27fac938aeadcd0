package io.github.appwritespring.test;

import java.util.List;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.model.AuthenticatorType;
import io.github.appwritespring.client.model.MfaType;
import io.github.appwritespring.client.model.Session;

/**
 * A user whose sign-in needs a second factor, with a known TOTP secret and recovery
 * codes, for tests of the MFA pages and rules:
 *
 * <pre>{@code
 * AppwriteMfaUser ann = AppwriteMfaUser.create(admin, "ann@example.com", "a-long-password");
 * // sign in with ann.email() and ann.password(), then complete the TOTP challenge with
 * String code = ann.totp();
 * }</pre>
 *
 * Made through Appwrite's own API (the emulator's or a real one): the user, a session
 * made with the API key, the authenticator added and verified through that session, MFA
 * turned on, the recovery codes created, then the session deleted. {@code toString()}
 * shows neither the password, the secret nor the codes.
 *
 * @param userId the user's ID
 * @param email the email address (verified, so emailed codes are a factor too)
 * @param password the password
 * @param totpSecret the authenticator's secret in Base32
 * @param recoveryCodes the recovery codes, each usable once
 * @since 0.1.0
 */
public record AppwriteMfaUser(String userId, String email, String password, String totpSecret,
		List<String> recoveryCodes) {

	/**
	 * Creates a user with a verified email address, a verified TOTP authenticator,
	 * recovery codes and MFA on.
	 * @param admin the admin client (API key with the users.write and sessions.write
	 * scopes)
	 * @param email the email address
	 * @param password the password (8 to 256 characters)
	 * @return the user
	 */
	public static AppwriteMfaUser create(AppwriteClient admin, String email, String password) {
		String userId = admin.users().create(ID.unique(), email, null, password, "").id();
		admin.users().updateEmailVerification(userId, true);
		Session session = admin.users().createSession(userId);
		try {
			AppwriteClient user = admin.withSession(session.secret());
			MfaType totp = user.account().createMFAAuthenticator(AuthenticatorType.TOTP);
			user.account().updateMFAAuthenticator(AuthenticatorType.TOTP, AppwriteTotp.code(totp.secret()));
			user.account().updateMFA(true);
			List<String> codes = user.account().createMFARecoveryCodes().recoveryCodes();
			return new AppwriteMfaUser(userId, email, password, totp.secret(), List.copyOf(codes));
		}
		finally {
			admin.users().deleteSession(userId, session.id());
		}
	}

	/**
	 * Returns the authenticator's current code (see {@link AppwriteTotp#code(String)}).
	 * @return the 6-digit code
	 */
	public String totp() {
		return AppwriteTotp.code(this.totpSecret);
	}

	@Override
	public String toString() {
		return "AppwriteMfaUser[userId=" + this.userId + ", email=" + this.email + "]";
	}

}
