package io.github.appwritespring.emulator.internal.http;

import java.io.IOException;

/**
 * Handles one route: reads the {@link ApiRequest}, answers a {@link Response} or throws
 * an {@code ApiException}.
 */
@FunctionalInterface
public interface RouteHandler {

	/**
	 * Handles the request. Any exception other than {@code ApiException} becomes 500
	 * {@code general_unknown}.
	 */
	Response handle(ApiRequest request) throws IOException;

}
