package io.github.appwritespring.autoconfigure.security.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;

/**
 * {@code appwrite.security.require-verified-email}, decided once for both stacks: a
 * signed-in user whose email is not verified reaches only the {@code permit-all} pages,
 * the verify-email page, and the endpoints that verify the email, change it (to fix a
 * mistyped one), sign in (as someone else) and sign out. Every other request is refused:
 * a page navigation goes to the verify-email page, anything else gets {@code 403}
 * {@code {"error": "email_not_verified", ...}}. Requests without a signed-in user are
 * left to the chain's rules. The open paths are matched before the user is looked at, so
 * that they cost no session resolution.
 */
public final class VerifiedEmailGate {

	/** The error code a refused JSON client gets. */
	public static final String CODE = "email_not_verified";

	/** The message a refused client gets. */
	public static final String MESSAGE = "Verify your email address first: open the link we emailed you, "
			+ "or ask for a new one.";

	private final List<PathPattern> open;

	private final String verifyEmailPage;

	private VerifiedEmailGate(List<PathPattern> open, String verifyEmailPage) {
		this.open = List.copyOf(open);
		this.verifyEmailPage = verifyEmailPage;
	}

	/**
	 * Returns the gate the properties ask for.
	 * @param properties the security properties
	 * @param pages the chain's sign-in pages
	 * @return the gate, or {@code null} when verified emails are not required
	 */
	public static @Nullable VerifiedEmailGate of(AppwriteSecurityProperties properties, SignInPages pages) {
		if (!properties.isRequireVerifiedEmail()) {
			return null;
		}
		AppwriteSecurityProperties.Endpoints endpoints = properties.getEndpoints();
		List<String> paths = new ArrayList<>(PublicPaths.of(properties));
		paths.addAll(List.of(pages.loginPage(), pages.signupPage(), endpoints.getVerification(),
				endpoints.getVerificationConfirm(), endpoints.getEmail(), endpoints.getLogout(), endpoints.getCsrf(),
				endpoints.getLogin(), endpoints.getSignup(), endpoints.getRecovery(), endpoints.getRecoveryConfirm(),
				endpoints.getOauth2() + "/**", endpoints.getMagicUrl() + "/**", endpoints.getEmailOtp() + "/**",
				endpoints.getTeamInvitation()));
		PathPatternParser parser = PathPatternParser.defaultInstance;
		return new VerifiedEmailGate(paths.stream().map(parser::parse).toList(), properties.getVerifyEmailPage());
	}

	/**
	 * Returns whether a path is open to unverified users (so the user need not be looked
	 * at).
	 * @param path a path within the application
	 * @return whether it is open
	 */
	public boolean isOpen(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return this.open.stream().anyMatch((pattern) -> pattern.matches(container));
	}

	/**
	 * Returns whether the request's user may go on: anyone but a signed-in Appwrite user
	 * whose email is not verified.
	 * @param authentication the request's authentication, or {@code null}
	 * @return whether the user may go on
	 */
	public boolean admits(@Nullable Authentication authentication) {
		return !(authentication instanceof AppwriteAuthenticationToken token)
				|| token.getPrincipal().isEmailVerification();
	}

	/**
	 * Returns where a refused page navigation goes.
	 * @return the verify-email page
	 */
	public String verifyEmailPage() {
		return this.verifyEmailPage;
	}

	/**
	 * Returns the body of a refused JSON client's {@code 403}.
	 * @return the body
	 */
	public static byte[] json() {
		return SecurityJson.error(CODE, MESSAGE);
	}

	/**
	 * Returns the answer to a request the gate stops: a page navigation goes to the
	 * verify-email page (303 after a form post), anything else gets 403 with a JSON
	 * error.
	 * @param request the request
	 * @return the answer
	 */
	public Answer answer(BrowserRequest request) {
		if (request.isNavigation() || Answer.isHtmx(request.hxRequest())) {
			return Answer.redirect("GET".equals(request.method()) ? 302 : 303, verifyEmailPage());
		}
		return Answer.json(403, json());
	}

}
