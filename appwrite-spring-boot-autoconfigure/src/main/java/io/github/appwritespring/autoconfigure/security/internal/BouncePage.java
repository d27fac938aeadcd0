package io.github.appwritespring.autoconfigure.security.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.HtmlUtils;

/**
 * The page the OAuth2 callback answers with instead of a redirect. The callback is
 * reached through a chain of cross-site redirects, so a {@code SameSite=Strict} cookie
 * set there would not be sent on a redirected next request; a page that navigates on its
 * own makes that next request same-site.
 */
public final class BouncePage {

	/**
	 * The headers' values: nothing cached, no referrer (the callback URL held a secret).
	 */
	public static final String CACHE_CONTROL = "no-store";

	/** The {@code Referrer-Policy} header's value (see {@link #CACHE_CONTROL}). */
	public static final String REFERRER_POLICY = "no-referrer";

	/** Only the meta refresh runs: no scripts, no styles, no frames. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

	private BouncePage() {
	}

	/**
	 * Returns the page's HTML, UTF-8.
	 * @param target a safe relative path
	 * @return the page's HTML, UTF-8
	 */
	public static byte[] html(String target) {
		String href = HtmlUtils.htmlEscape(target);
		String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<meta http-equiv=\"refresh\" content=\"0;url=" + href + "\"><title>Signing in</title></head>"
				+ "<body><p>Signed in. <a href=\"" + href + "\">Continue</a></p></body></html>";
		return page.getBytes(StandardCharsets.UTF_8);
	}

}
