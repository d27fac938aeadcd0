package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;
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
 * Keeps the OAuth2 callback's token secret out of the application's logs: ahead of Spring
 * Security (whose debug log prints each request's URL), the callback's query string reads
 * with the {@code secret} redacted. The parameter itself stays readable for the exchange.
 *
 * @since 0.1.0
 */
public class OAuth2CallbackRedactingFilter implements Filter, Ordered {

	/** Before Spring Security's filter chain (-100). */
	public static final int ORDER = -101;

	private static final Pattern SECRET = Pattern.compile("((?:^|&)secret=)[^&]*");

	private final String callbackPath;

	/**
	 * Creates a new {@code OAuth2CallbackRedactingFilter}.
	 * @param callbackPath the callback's path below the context path
	 */
	public OAuth2CallbackRedactingFilter(String callbackPath) {
		this.callbackPath = callbackPath;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest http && http.getQueryString() != null
				&& http.getRequestURI().equals(http.getContextPath() + this.callbackPath)) {
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
