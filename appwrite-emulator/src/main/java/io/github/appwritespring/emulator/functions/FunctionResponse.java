package io.github.appwritespring.emulator.functions;

import java.util.Map;

/**
 * What a function handler answers.
 *
 * @param statusCode the HTTP status of the function's response
 * @param body the response body
 * @param headers the response headers
 * @param logs what the function logged
 * @param errors what the function reported as errors
 * @since 0.1.0
 */
public record FunctionResponse(int statusCode, String body, Map<String, String> headers, String logs, String errors) {

	/**
	 * Returns a 200 response with that body and nothing logged.
	 * @param body the response body
	 * @return a 200 response with that body and nothing logged
	 */
	public static FunctionResponse ok(String body) {
		return new FunctionResponse(200, body, Map.of(), "", "");
	}

	/**
	 * Returns a 200 response with {@code content-type: application/json}.
	 * @param json a JSON body
	 * @return a 200 response with {@code content-type: application/json}
	 */
	public static FunctionResponse json(String json) {
		return new FunctionResponse(200, json, Map.of("content-type", "application/json"), "", "");
	}
}
