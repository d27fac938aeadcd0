package io.github.appwritespring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A function execution.
 *
 * @param id the execution ID
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param permissions its permissions
 * @param functionId the function
 * @param trigger {@code http}, {@code schedule} or {@code event}
 * @param status {@code waiting}, {@code processing}, {@code completed}, {@code failed} or
 * {@code scheduled}
 * @param requestMethod the HTTP method the function was called with
 * @param requestPath the path the function was called with
 * @param requestHeaders the headers the function was called with
 * @param responseStatusCode the function's status code
 * @param responseBody the function's answer (empty for asynchronous executions)
 * @param responseHeaders the function's headers
 * @param logs the function's logs
 * @param errors the function's errors
 * @param duration how long it ran, in seconds
 * @param scheduledAt when it is scheduled, if it is
 * @param deploymentId the deployment that ran
 * @since 0.1.0
 */
public record Execution(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, @JsonProperty("$permissions") List<String> permissions,
		String functionId, String trigger, String status, String requestMethod, String requestPath,
		List<Header> requestHeaders, int responseStatusCode, String responseBody, List<Header> responseHeaders,
		String logs, String errors, double duration, @Nullable String scheduledAt, @Nullable String deploymentId) {

	/**
	 * A header of an execution's request or response.
	 *
	 * @param name the header name
	 * @param value its value
	 */
	public record Header(String name, String value) {
	}

}
