package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.appwritespring.autoconfigure.security.events.AppwriteWebhookReceiver;
import io.github.appwritespring.autoconfigure.security.events.WebhookOutcome;

/**
 * {@code POST /auth/appwrite/events}: Appwrite's webhook. Reads at most the receiver's
 * body limit (a larger {@code Content-Length} is refused unread), lets
 * {@link AppwriteWebhookReceiver} decide, and answers its status with no body. It answers
 * before CSRF protection, which Appwrite could not pass; the receiver's signature check
 * stands in for it.
 *
 * @since 0.1.0
 */
public class AppwriteWebhookFilter extends OncePerRequestFilter {

	private final RequestMatcher endpoint;

	private final AppwriteWebhookReceiver receiver;

	AppwriteWebhookFilter(RequestMatcher endpoint, AppwriteWebhookReceiver receiver) {
		this.endpoint = endpoint;
		this.receiver = receiver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.endpoint.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("Cache-Control", "no-store");
		response.setStatus(outcome(request).status());
		response.setContentLength(0);
	}

	private WebhookOutcome outcome(HttpServletRequest request) {
		int max = this.receiver.maxBodySize();
		if (request.getContentLengthLong() > max) {
			return this.receiver.refuse(WebhookOutcome.TOO_LARGE);
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(max + 1);
		}
		catch (IOException ex) {
			// a body cut short by the client; nothing of it is logged
			return this.receiver.refuse(WebhookOutcome.MALFORMED);
		}
		if (body.length > max) {
			return this.receiver.refuse(WebhookOutcome.TOO_LARGE);
		}
		return this.receiver.receive(request::getHeader, body);
	}

}
