package io.github.appwritespring.autoconfigure.security.internal;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;

/**
 * The pages sign-in flows send a browser to, for both stacks.
 *
 * @param loginPage the sign-in page
 * @param signupPage the sign-up page
 * @param successUrl the default after signing in
 * @param logoutSuccessUrl the default after signing out
 * @param redirectParameter the field naming where to go instead (relative paths only)
 */
public record SignInPages(String loginPage, String signupPage, String successUrl, String logoutSuccessUrl,
		String redirectParameter) {

	/**
	 * Returns the pages they name.
	 * @param properties the security properties
	 * @return the pages they name
	 */
	public static SignInPages of(AppwriteSecurityProperties properties) {
		return new SignInPages(properties.getLoginPage(), properties.getSignupPage(), properties.getSuccessUrl(),
				properties.getLogoutSuccessUrl(), properties.getRedirectParameter());
	}

	/**
	 * Returns the page with {@code error=}<em>code</em> in its query.
	 * @param page a page
	 * @param reason why a sign-in failed
	 * @return the page with {@code error=}<em>code</em> in its query
	 */
	public static String withError(String page, Reason reason) {
		return page + (page.contains("?") ? "&" : "?") + "error=" + reason.code();
	}

	/**
	 * Returns where to go after signing in: the requested target, else the saved request,
	 * else the success URL.
	 * @param requested the safe relative path the browser asked for, or {@code null}
	 * @param saved the saved request's path within the application (see
	 * {@link SavedRequestTargets}), or {@code null}
	 * @return where to go after signing in
	 */
	public String afterSignIn(@Nullable String requested, @Nullable String saved) {
		if (requested != null) {
			return requested;
		}
		return (saved != null) ? saved : this.successUrl;
	}

	/**
	 * Returns where to go after signing out.
	 * @param requested the {@code redirect} field, if any
	 * @return where to go after signing out
	 */
	public String afterSignOut(@Nullable String requested) {
		return RedirectTargets.safeRelativeOr(requested, this.logoutSuccessUrl);
	}

}
