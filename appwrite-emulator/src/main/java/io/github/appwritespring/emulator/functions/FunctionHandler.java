package io.github.appwritespring.emulator.functions;

/**
 * A function's code, run in the JVM when an execution is created. An exception becomes a
 * {@code failed} execution with the exception in its errors, never a failed request.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface FunctionHandler {

	/**
	 * Returns the function's response.
	 * @param request the execution's request
	 * @return the function's response
	 * @throws Exception when the function fails
	 */
	FunctionResponse handle(FunctionRequest request) throws Exception;

}
