package io.github.appwritespring.autoconfigure.security.tomcat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.ServletException;
import org.apache.catalina.AccessLog;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.buf.MessageBytes;

/**
 * Keeps the secrets of the links Appwrite sends (the OAuth2 callback, the magic link, the
 * team invitation link) out of Tomcat's access logs. Tomcat writes an access-log line
 * after the request has been served, from the query string it holds ({@code %r},
 * {@code %q}, the extended log's {@code cs-uri} and {@code cs-uri-query}), by asking each
 * {@link AccessLog} valve of a pipeline in turn. This valve is one: placed ahead of the
 * access-log valves of its pipeline, it replaces the value of those links' {@code secret}
 * parameter in that query string with {@value #REDACTED} before they write. The
 * application has read the real value by then; other requests, and requests to the
 * callback without a {@code secret}, are left as they are.
 * <p>
 * {@link OAuth2CallbackAccessLogCustomizer} places it for the access logs of Spring
 * Boot's Tomcat factory. An application that adds an access-log valve to a pipeline
 * itself places this valve ahead of it.
 *
 * @since 0.1.0
 */
public class OAuth2CallbackRedactingValve extends ValveBase implements AccessLog {

	/** What stands for the secret in the query string the access logs print. */
	public static final String REDACTED = "redacted";

	private static final String SECRET = "secret";

	private final List<String> paths;

	private boolean requestAttributesEnabled;

	/**
	 * Creates a new {@code OAuth2CallbackRedactingValve}.
	 * @param callbackPath the callback's path below Tomcat's context path (on WebFlux,
	 * the base path included)
	 */
	public OAuth2CallbackRedactingValve(String callbackPath) {
		this(List.of(callbackPath));
	}

	/**
	 * Creates a new {@code OAuth2CallbackRedactingValve}.
	 * @param paths the paths below Tomcat's context path (on WebFlux, the base path
	 * included) whose {@code secret} is redacted
	 */
	public OAuth2CallbackRedactingValve(Collection<String> paths) {
		super(true);
		this.paths = List.copyOf(paths);
	}

	/**
	 * Returns the OAuth2 callback's path below Tomcat's context path: the first path.
	 * @return the OAuth2 callback's path below Tomcat's context path
	 */
	public String getCallbackPath() {
		return this.paths.get(0);
	}

	/**
	 * Returns the paths below Tomcat's context path whose {@code secret} is redacted.
	 * @return the paths
	 */
	public List<String> getPaths() {
		return this.paths;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		getNext().invoke(request, response);
	}

	@Override
	public void log(Request request, Response response, long time) {
		MessageBytes query = request.getCoyoteRequest().queryString();
		if (query.isNull() || !isCallback(request)) {
			return;
		}
		String raw = query.toString();
		String redacted = redact(raw);
		if (!redacted.equals(raw)) {
			query.setString(redacted);
		}
	}

	private boolean isCallback(Request request) {
		Context context = request.getContext();
		String path = request.getDecodedRequestURI();
		if (context == null || path == null) {
			return false;
		}
		String contextPath = context.getPath();
		return path.startsWith(contextPath) && this.paths.contains(path.substring(contextPath.length()));
	}

	/**
	 * Returns a query string with the value of every {@code secret} parameter replaced by
	 * {@value #REDACTED}. A parameter's name counts as Tomcat reads it, percent-decoded.
	 * @param query a raw query string
	 * @return the query string with the secret redacted, or {@code query} itself when it
	 * has none
	 */
	static String redact(String query) {
		String[] parameters = query.split("&", -1);
		boolean redacted = false;
		for (int i = 0; i < parameters.length; i++) {
			int equals = parameters[i].indexOf('=');
			if (equals > 0 && isSecret(parameters[i].substring(0, equals))) {
				parameters[i] = parameters[i].substring(0, equals + 1) + REDACTED;
				redacted = true;
			}
		}
		return redacted ? String.join("&", parameters) : query;
	}

	private static boolean isSecret(String name) {
		if (name.equals(SECRET)) {
			return true;
		}
		if (name.indexOf('%') < 0) {
			return false;
		}
		try {
			return URLDecoder.decode(name, StandardCharsets.UTF_8).equals(SECRET);
		}
		catch (IllegalArgumentException ex) {
			// Tomcat skips a parameter whose name it cannot decode: no secret is read
			return false;
		}
	}

	@Override
	public void setRequestAttributesEnabled(boolean requestAttributesEnabled) {
		this.requestAttributesEnabled = requestAttributesEnabled;
	}

	@Override
	public boolean getRequestAttributesEnabled() {
		return this.requestAttributesEnabled;
	}

}
