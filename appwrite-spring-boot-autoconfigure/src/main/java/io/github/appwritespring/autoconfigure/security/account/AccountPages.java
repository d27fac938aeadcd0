package io.github.appwritespring.autoconfigure.security.account;

import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;

/**
 * The pages the account endpoints send a browser to, besides the sign-in pages.
 *
 * @param forgotPassword where a user asks for a recovery email
 * @param resetPassword where the recovery email links to
 * @param mfa where a second factor is asked for at sign-in
 * @param emailCode where an emailed sign-in code is entered
 * @param verifyEmail where an unverified user is sent when verified emails are required
 * @since 0.1.0
 */
public record AccountPages(String forgotPassword, String resetPassword, String mfa, String emailCode,
		String verifyEmail) {

	/**
	 * Returns the pages the properties name.
	 * @param properties the security properties
	 * @return the pages
	 */
	public static AccountPages of(AppwriteSecurityProperties properties) {
		return new AccountPages(properties.getForgotPasswordPage(), properties.getResetPasswordPage(),
				properties.getMfaPage(), properties.getEmailCodePage(), properties.getVerifyEmailPage());
	}

}
