package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.appwritespring.autoconfigure.security.AppwriteUnavailableException;
import io.github.appwritespring.autoconfigure.security.internal.Answer;

/**
 * Answers 503 when Appwrite cannot be asked (timeout, connection refused, 5xx), wherever
 * in the request it happened: JSON clients get a JSON error, browsers the application's
 * error page for 503 (e.g. {@code templates/error/503.html}). Never a 500, never a
 * sign-out, and the log line names the cause without any secret.
 *
 * @since 0.1.0
 */
public class AppwriteUnavailableFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(AppwriteUnavailableFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!AppwriteUnavailableException.isUnavailability(ex) || response.isCommitted()) {
				throw ex;
			}
			logger.warn("Appwrite unavailable while answering " + request.getMethod() + " " + request.getRequestURI()
					+ ": " + AppwriteUnavailableException.rootCauseName(ex));
			// the error page renders without a user rather than asking Appwrite again
			request.setAttribute(AppwriteSessionFilter.RESOLUTION, new AppwriteUnavailableException(ex));
			response.resetBuffer();
			ServletExchange.answer(request, response,
					Answer
						.failure(ServletExchange.wantsJson(request), 503, "appwrite_unavailable",
								AppwriteUnavailableException.MESSAGE)
						.withRetryAfter(AppwriteUnavailableException.RETRY_AFTER));
		}
	}

}
