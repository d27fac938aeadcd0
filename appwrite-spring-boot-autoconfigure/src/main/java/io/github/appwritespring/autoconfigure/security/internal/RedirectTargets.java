package io.github.appwritespring.autoconfigure.security.internal;

import java.net.URI;
import java.net.URISyntaxException;

import org.jspecify.annotations.Nullable;

/**
 * Where a browser may be sent after signing in or out: relative paths of this application
 * only. Anything that a browser could read as another origin ({@code //evil.example},
 * {@code /\evil.example}, {@code https://...}, {@code javascript:...}), that carries
 * control characters, that is no valid URI reference ({@code /a b}), or that has dot
 * segments, plain or percent-encoded ({@code /..//evil.example},
 * {@code /%2e%2e//evil.example}), is refused, and the caller falls back to its default.
 */
public final class RedirectTargets {

	private static final int MAX_LENGTH = 2048;

	private RedirectTargets() {
	}

	/**
	 * Returns the target when it is a safe relative path, otherwise {@code null}.
	 * @param target a requested target, e.g. from a form's {@code redirect} field
	 * @return the target when it is a safe relative path, otherwise {@code null}
	 */
	public static @Nullable String safeRelative(@Nullable String target) {
		if (target == null || target.isEmpty() || target.length() > MAX_LENGTH || target.charAt(0) != '/') {
			return null;
		}
		if (target.length() > 1 && (target.charAt(1) == '/' || target.charAt(1) == '\\')) {
			return null;
		}
		for (int i = 0; i < target.length(); i++) {
			char c = target.charAt(i);
			// browsers treat a backslash as a slash and drop tabs and newlines, so
			// "/\t/evil" is "//evil"
			if (c == '\\' || c < 0x20 || c == 0x7f) {
				return null;
			}
		}
		if (!isUriReference(target) || hasDotSegment(target)) {
			return null;
		}
		return target;
	}

	private static boolean isUriReference(String target) {
		try {
			new URI(target);
			return true;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * Whether the path has a {@code .} or {@code ..} segment, also when its dots are
	 * percent-encoded: a browser or a proxy that normalises the path would otherwise turn
	 * {@code /..//evil.example} into {@code //evil.example}.
	 */
	private static boolean hasDotSegment(String target) {
		int end = target.length();
		for (char stop : new char[] { '?', '#' }) {
			int at = target.indexOf(stop);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		String path = target.substring(0, end).replace("%2e", ".").replace("%2E", ".");
		for (String segment : path.split("/", -1)) {
			if (segment.equals(".") || segment.equals("..")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Returns the target or the fallback.
	 * @param target a requested target
	 * @param fallback the default, used when the target is absent or unsafe
	 * @return the target or the fallback
	 */
	public static String safeRelativeOr(@Nullable String target, String fallback) {
		String safe = safeRelative(target);
		return (safe != null) ? safe : fallback;
	}

}
