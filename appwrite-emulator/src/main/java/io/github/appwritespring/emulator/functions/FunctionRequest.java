package io.github.appwritespring.emulator.functions;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a function handler is called with.
 *
 * @param functionId the function's ID
 * @param method the HTTP method of the execution
 * @param path the path of the execution (may include a query string)
 * @param headers the headers of the execution, names in lower case
 * @param body the body of the execution
 * @param userId the signed-in user who made the execution, or {@code null} for the API
 * key or a guest
 * @since 0.1.0
 */
public record FunctionRequest(String functionId, String method, String path, Map<String, String> headers, String body,
		@Nullable String userId) {
}
