package io.github.appwritespring.emulator.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One registered route: method, path template (relative to {@code /v1}, e.g.
 * {@code /users/{userId}/sessions/{sessionId}}), required scope and handler.
 */
public final class Route {

	private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

	private final String method;

	private final String template;

	private final String scope;

	private final RouteHandler handler;

	private final String[] segments;

	private final boolean outsideApi;

	private volatile boolean limitedSessionAllowed;

	Route(String method, String template, String scope, RouteHandler handler, boolean outsideApi) {
		if (!template.startsWith("/")) {
			throw new IllegalArgumentException("Route template must start with '/': " + template);
		}
		this.method = method.toUpperCase(Locale.ROOT);
		this.template = template;
		this.scope = scope;
		this.handler = handler;
		this.segments = template.substring(1).split("/", -1);
		this.outsideApi = outsideApi;
		for (String segment : this.segments) {
			if (segment.contains("{") && !PARAM.matcher(segment).matches()) {
				throw new IllegalArgumentException(
						"A path parameter must be a whole segment like {userId}: " + template);
			}
		}
	}

	/** The HTTP method, upper case. */
	public String method() {
		return this.method;
	}

	/** The path template relative to {@code /v1}. */
	public String template() {
		return this.template;
	}

	/** The scope a caller needs; {@code public} routes also work without a project. */
	public String scope() {
		return this.scope;
	}

	/**
	 * Whether the template is relative to the server root (the emulator's own
	 * {@code /_emulator/...} pages) instead of {@code /v1}.
	 */
	public boolean outsideApi() {
		return this.outsideApi;
	}

	/**
	 * Lets a session that still needs a second factor (MFA) call this route, as
	 * Appwrite's {@code mfa} route group (list factors, challenges, delete a session).
	 */
	public Route allowLimitedSession() {
		this.limitedSessionAllowed = true;
		return this;
	}

	/** Whether a session that still needs a second factor may call this route. */
	public boolean limitedSessionAllowed() {
		return this.limitedSessionAllowed;
	}

	/** The handler. */
	public RouteHandler handler() {
		return this.handler;
	}

	/** Number of literal (non-parameter) segments: more literals win over parameters. */
	int literalCount() {
		int count = 0;
		for (String segment : this.segments) {
			if (!segment.startsWith("{")) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Matches decoded path segments; returns the path parameters, or null when the path
	 * does not fit the template.
	 */
	@Nullable Map<String, String> match(List<String> pathSegments) {
		if (pathSegments.size() != this.segments.length) {
			return null;
		}
		List<Map.Entry<String, String>> params = new ArrayList<>();
		for (int i = 0; i < this.segments.length; i++) {
			String expected = this.segments[i];
			String actual = pathSegments.get(i);
			if (expected.startsWith("{")) {
				if (actual.isEmpty()) {
					return null;
				}
				params.add(Map.entry(expected.substring(1, expected.length() - 1), actual));
			}
			else if (!expected.equals(actual)) {
				return null;
			}
		}
		return Map.ofEntries(params.toArray(Map.Entry[]::new));
	}

}
