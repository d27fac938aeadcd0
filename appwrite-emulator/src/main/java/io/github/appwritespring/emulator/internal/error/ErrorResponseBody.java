package io.github.appwritespring.emulator.internal.error;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.json.Json;

/** Builds the JSON body Appwrite 1.8.1 answers for an error. */
public final class ErrorResponseBody {

	/**
	 * The server version reported in every error body and by
	 * {@code GET /v1/health/version}.
	 */
	public static final String VERSION = "1.8.1";

	private ErrorResponseBody() {
	}

	/** {@code {"message", "code" (number), "type", "version"}} for the given error. */
	public static ObjectNode of(ApiException error) {
		ObjectNode body = Json.object();
		body.put("message", error.getMessage());
		body.put("code", error.status());
		body.put("type", error.type());
		body.put("version", VERSION);
		return body;
	}

}
