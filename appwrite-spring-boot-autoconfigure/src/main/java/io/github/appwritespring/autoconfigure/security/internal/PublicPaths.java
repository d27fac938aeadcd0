package io.github.appwritespring.autoconfigure.security.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;

/**
 * The paths the default filter chains let anyone see, for both stacks: the
 * {@code permit-all} patterns and the pages the starter's flows send a signed-out browser
 * to, wherever the properties move them (moving the forgot-password page must not put it
 * behind the sign-in page).
 */
public final class PublicPaths {

	private PublicPaths() {
	}

	/**
	 * Returns the paths anyone may see.
	 * @param properties the security properties
	 * @return the patterns, without repeats, in the order they were named
	 */
	public static List<String> of(AppwriteSecurityProperties properties) {
		Set<String> paths = new LinkedHashSet<>(properties.getPermitAll());
		paths.addAll(List.of(properties.getLoginPage(), properties.getSignupPage(), properties.getForgotPasswordPage(),
				properties.getResetPasswordPage(), properties.getMfaPage(), properties.getEmailCodePage(),
				properties.getVerifyEmailPage()));
		return List.copyOf(paths);
	}

}
