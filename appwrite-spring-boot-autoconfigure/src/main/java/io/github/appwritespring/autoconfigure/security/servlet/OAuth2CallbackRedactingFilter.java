package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.core.Ordered;

/**
 * Keeps the secrets of the links Appwrite sends (the OAuth2 callback, the magic link, the
 * team invitation link, see
 * {@link io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties.Endpoints#secretLinks()})
 * out of the application's logs: ahead of Spring Security (whose debug log prints each
 * request's URL), their query string reads with the {@code secret} redacted. The
 * parameter itself stays readable for the exchange.
 *
 * @since 0.1.0
 */
public class OAuth2CallbackRedactingFilter implements Filter, Ordered {

	/** Before Spring Security's filter chain (-100). */
	public static final int ORDER = -101;

	private static final Pattern SECRET = Pattern.compile("((?:^|&)secret=)[^&]*");

	private final Set<String> paths;

	/**
	 * Creates a new {@code OAuth2CallbackRedactingFilter}.
	 * @param callbackPath the callback's path below the context path
	 */
	public OAuth2CallbackRedactingFilter(String callbackPath) {
		this(List.of(callbackPath));
	}

	/**
	 * Creates a new {@code OAuth2CallbackRedactingFilter}.
	 * @param paths the paths below the context path whose {@code secret} is redacted
	 */
	public OAuth2CallbackRedactingFilter(Collection<String> paths) {
		this.paths = Set.copyOf(paths);
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest http && http.getQueryString() != null
				&& http.getRequestURI().startsWith(http.getContextPath())
				&& this.paths.contains(http.getRequestURI().substring(http.getContextPath().length()))) {
			chain.doFilter(new Redacted(http), response);
			return;
		}
		chain.doFilter(request, response);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	private static final class Redacted extends HttpServletRequestWrapper {

		private final String query;

		Redacted(HttpServletRequest request) {
			super(request);
			this.query = SECRET.matcher(request.getQueryString()).replaceAll("$1[redacted]");
		}

		@Override
		public String getQueryString() {
			return this.query;
		}

	}

}
