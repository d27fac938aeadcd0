package io.github.appwritespring.client.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;

import org.springframework.web.reactive.function.client.WebClientRequestException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.client.AppwriteConnectionException;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.AppwriteException;
import io.github.appwritespring.client.AppwriteTimeoutException;
import io.github.appwritespring.client.AppwriteUnreadableResponseException;
import io.github.appwritespring.client.internal.Json;

/**
 * Turns what went wrong with a request into the client's exceptions: Appwrite's error
 * answers into {@link AppwriteErrorResponseException}, unreadable answers into
 * {@link AppwriteUnreadableResponseException}, and network failures into
 * {@link AppwriteConnectionException} or {@link AppwriteTimeoutException}. Messages name
 * the request by method and path only.
 */
final class Failures {

	/** How much of an unexpected body or a server warning goes into a message. */
	private static final int SNIPPET = 200;

	private Failures() {
	}

	/**
	 * Returns an {@link AppwriteErrorResponseException} if the body is Appwrite's error
	 * JSON, else an {@link AppwriteUnreadableResponseException} quoting the start of the
	 * body.
	 * @param status the HTTP status of a non-2xx answer
	 * @param body its body
	 * @param request the request it answers
	 * @return an {@link AppwriteErrorResponseException} if the body is Appwrite's error
	 * JSON, else an {@link AppwriteUnreadableResponseException} quoting the start of the
	 * body
	 */
	static AppwriteException fromErrorAnswer(int status, byte[] body, ApiRequest request) {
		String method = request.method().name();
		try {
			JsonNode error = Json.mapper().readTree(body);
			if (error != null && error.isObject() && error.has("message")) {
				String type = error.path("type").asString("general_unknown");
				JsonNode code = error.path("code");
				int numericCode = code.isNumber() ? code.asInt() : parseInt(code.asString(""), status);
				return new AppwriteErrorResponseException(status, type, numericCode, error.path("message").asString(""),
						method, request.path(), null);
			}
		}
		catch (JacksonException ex) {
			// fall through: not JSON
		}
		return new AppwriteUnreadableResponseException(status, "Appwrite answered " + status + " to " + method + " "
				+ request.path() + " with a body that is not an Appwrite error: " + snippet(body), null);
	}

	/**
	 * Failures of the network rather than of Appwrite's answer: raised while connecting
	 * or sending ({@link WebClientRequestException}) or while the answer is being read
	 * (e.g. the connection closed early).
	 * @param ex a failure of a call
	 * @return whether it is one
	 */
	static boolean isNetworkFailure(Throwable ex) {
		return !(ex instanceof AppwriteException)
				&& (ex instanceof WebClientRequestException || ex instanceof IOException
						|| ex instanceof io.netty.handler.timeout.TimeoutException || ex instanceof TimeoutException);
	}

	/**
	 * Returns a timeout (connect, response, or waiting for a pooled connection) or a
	 * connection exception.
	 * @param ex a network failure
	 * @param request the request that failed
	 * @param settings the transport's set-up, whose timeouts the message names
	 * @return a timeout (connect, response, or waiting for a pooled connection) or a
	 * connection exception
	 */
	static AppwriteException fromNetwork(Throwable ex, ApiRequest request, TransportSettings settings) {
		String target = request + " at " + settings.endpoint();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			// Reactor Netty shades its pool: the class is matched by name
			if (cause.getClass().getSimpleName().equals("PoolAcquireTimeoutException")) {
				return new AppwriteTimeoutException("No free connection to Appwrite for " + target + " within the "
						+ "connect timeout of " + settings.connectTimeout().toMillis() + " ms: all "
						+ settings.maxConnections() + " pooled connections stayed busy (see maxConnections)", ex);
			}
			if (cause instanceof io.netty.handler.timeout.TimeoutException || cause instanceof TimeoutException) {
				return new AppwriteTimeoutException("Appwrite did not answer " + target
						+ " within the response timeout of " + settings.responseTimeout().toMillis() + " ms", ex);
			}
			if (cause instanceof io.netty.channel.ConnectTimeoutException) {
				return new AppwriteTimeoutException("Could not connect to Appwrite for " + target
						+ " within the connect timeout of " + settings.connectTimeout().toMillis() + " ms", ex);
			}
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String reason = (root instanceof IOException && root.getMessage() != null) ? root.getMessage()
				: root.getClass().getSimpleName();
		return new AppwriteConnectionException("Connection to Appwrite failed for " + target + ": " + reason, ex);
	}

	/**
	 * Returns its start as text, for a message.
	 * @param body a body
	 * @return its start as text, for a message
	 */
	static String snippet(byte[] body) {
		if (body.length == 0) {
			return "(empty)";
		}
		return abbreviate(new String(body, 0, Math.min(body.length, SNIPPET + 1), StandardCharsets.UTF_8));
	}

	/**
	 * Returns its first 200 characters.
	 * @param text a text from the server
	 * @return its first 200 characters
	 */
	static String abbreviate(String text) {
		return (text.length() > SNIPPET) ? text.substring(0, SNIPPET) + "..." : text;
	}

	private static int parseInt(String value, int fallback) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}
