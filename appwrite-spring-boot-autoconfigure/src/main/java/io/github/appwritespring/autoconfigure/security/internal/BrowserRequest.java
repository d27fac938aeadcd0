package io.github.appwritespring.autoconfigure.security.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What both stacks need to know about a request to decide how to answer it without a
 * signed-in user: whether it is a page navigation (sent to the sign-in page) or a call
 * from script, an image, a style sheet, an icon... (answered 401), and whether it is
 * worth coming back to after signing in (saved).
 * <p>
 * A browser names what it fetches in {@code Sec-Fetch-Dest}: only {@code document} (and
 * frames) are pages. Without that header (an older browser, a test client) a request is a
 * page unless it sends or asks for JSON, says {@code X-Requested-With: XMLHttpRequest},
 * asks for an event stream, or is for a {@code favicon.*}.
 *
 * @param method the HTTP method
 * @param path the path within the application
 * @param contentType the {@code Content-Type}, or {@code null}
 * @param accept the {@code Accept}, or {@code null}
 * @param requestedWith the {@code X-Requested-With}, or {@code null}
 * @param fetchDest the {@code Sec-Fetch-Dest}, or {@code null}
 * @param hxRequest the {@code HX-Request} (htmx), or {@code null}
 */
public record BrowserRequest(String method, String path, @Nullable String contentType, @Nullable String accept,
		@Nullable String requestedWith, @Nullable String fetchDest, @Nullable String hxRequest) {

	/** What a script's call that needs a signed-in user gets without one. */
	private static final String UNAUTHENTICATED = "Sign in first: this request needs a signed-in user.";

	/**
	 * Returns the answer to a request that needs a signed-in user and has none, unless it
	 * is a page navigation (then {@code null}: the stack's entry point saves a
	 * {@code GET} and redirects to the page). htmx gets {@code HX-Redirect} to the page
	 * (its request is a fragment, not worth coming back to); any other call gets 401 with
	 * a JSON error.
	 * @param loginPage the sign-in page
	 * @param mfaPage the MFA page, or {@code null} when second factors are off
	 * @param limited whether the browser's session waits for its second factor
	 * @return the answer, or {@code null} for a page navigation
	 */
	public @Nullable Answer withoutUser(String loginPage, @Nullable String mfaPage, boolean limited) {
		if (Answer.isHtmx(this.hxRequest)) {
			return Answer.redirect(302, (limited && mfaPage != null) ? mfaPage : loginPage);
		}
		if (!isNavigation()) {
			return Answer.failure(true, 401, "unauthenticated", UNAUTHENTICATED);
		}
		return null;
	}

	/**
	 * Returns whether the client sent or asked for JSON rather than a page.
	 * @return whether the client sent or asked for JSON rather than a page
	 */
	public boolean wantsJson() {
		return SecurityJson.wanted(this.contentType, this.accept);
	}

	/**
	 * Returns whether it is a page navigation, which goes to the sign-in page when it
	 * needs a signed-in user (other requests get a 401).
	 * @return whether it is a page navigation
	 */
	public boolean isNavigation() {
		if (this.fetchDest != null) {
			String dest = this.fetchDest.toLowerCase(Locale.ROOT);
			return dest.equals("document") || dest.equals("iframe") || dest.equals("frame");
		}
		return !wantsJson() && !"XMLHttpRequest".equalsIgnoreCase(this.requestedWith)
				&& (this.accept == null || !this.accept.contains("text/event-stream")) && !isFavicon();
	}

	/**
	 * Returns whether it is worth coming back to after signing in: a page navigation with
	 * {@code GET}, not htmx's (a fragment).
	 * @return whether it is worth coming back to after signing in
	 */
	public boolean isWorthSaving() {
		return "GET".equals(this.method) && isNavigation() && !isFavicon() && !Answer.isHtmx(this.hxRequest);
	}

	private boolean isFavicon() {
		return this.path.substring(this.path.lastIndexOf('/') + 1).startsWith("favicon.");
	}

}
