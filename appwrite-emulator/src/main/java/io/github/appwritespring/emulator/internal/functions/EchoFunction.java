package io.github.appwritespring.emulator.internal.functions;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.functions.FunctionHandler;
import io.github.appwritespring.emulator.functions.FunctionRequest;
import io.github.appwritespring.emulator.functions.FunctionResponse;
import io.github.appwritespring.emulator.internal.json.Json;

/**
 * The standalone emulator's built-in function {@code echo}: answers with the request it
 * was given (method, path, headers, body) as JSON.
 */
public final class EchoFunction implements FunctionHandler {

	/** The function ID the standalone emulator registers it under. */
	public static final String ID = "echo";

	@Override
	public FunctionResponse handle(FunctionRequest request) {
		ObjectNode echo = Json.object();
		echo.put("method", request.method());
		echo.put("path", request.path());
		ObjectNode headers = echo.putObject("headers");
		request.headers().forEach(headers::put);
		echo.put("body", request.body());
		return FunctionResponse.json(echo.toString());
	}

}
