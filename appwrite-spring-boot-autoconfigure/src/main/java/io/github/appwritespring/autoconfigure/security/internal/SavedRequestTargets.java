package io.github.appwritespring.autoconfigure.security.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Whether a saved request is safe to come back to after signing in, the same on both
 * stacks: it must point into this application (its host, if it names one, and below its
 * context path), and what it points to must be a safe relative path (no dot segments, no
 * other origin; see {@link RedirectTargets}). Both stacks keep the saved request in a
 * cookie, which a browser or anyone who can set cookies for the host may have changed.
 */
public final class SavedRequestTargets {

	private SavedRequestTargets() {
	}

	/**
	 * Returns the saved request's path within the application, with its query, or
	 * {@code null} when it is not safe to go to.
	 * @param saved the saved request as its cache answers it: an absolute URL (servlet)
	 * or a path and query (WebFlux)
	 * @param host the host the request was made to
	 * @param contextPath the part of the saved path that is the application's own
	 * ({@code ""} when the saved value is already within the application)
	 * @return the path within the application, with its query, or {@code null}
	 */
	public static @Nullable String pathWithinApplication(@Nullable String saved, @Nullable String host,
			String contextPath) {
		if (saved == null) {
			return null;
		}
		URI uri;
		try {
			uri = new URI(saved);
		}
		catch (URISyntaxException ex) {
			return null;
		}
		if (uri.getScheme() != null) {
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
					|| !uri.getHost().equalsIgnoreCase(host)) {
				return null;
			}
		}
		else if (uri.getRawAuthority() != null) {
			return null;
		}
		String path = uri.getRawPath();
		if (path == null || !path.startsWith(contextPath + "/")) {
			return null;
		}
		path = path.substring(contextPath.length());
		return RedirectTargets.safeRelative((uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path);
	}

}
