package io.github.appwritespring.emulator.internal.functions;

import io.github.appwritespring.emulator.functions.FunctionHandler;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * Registering and removing function handlers: what
 * {@code AppwriteEmulator.registerFunction} calls.
 */
public final class Functions {

	private Functions() {
	}

	/**
	 * Registers a function handler under an ID.
	 * @param context the emulator's context
	 * @param functionId the function ID (Appwrite's ID rules)
	 * @param handler the function's code
	 */
	public static void register(EmulatorContext context, String functionId, FunctionHandler handler) {
		if (!Ids.isValid(functionId) || functionId.equals(Ids.UNIQUE)) {
			throw new IllegalArgumentException(
					"Function ID '" + functionId + "' is not a valid Appwrite ID: at most 36 "
							+ "chars of a-z, A-Z, 0-9, '.', '-', '_', not starting with a special char");
		}
		if (handler == null) {
			throw new IllegalArgumentException("The handler of function '" + functionId + "' must not be null");
		}
		registry(context).register(functionId, AppwriteDates.format(context.now()), handler);
	}

	/**
	 * Returns whether a function was registered under that ID.
	 * @param context the emulator's context
	 * @param functionId the function ID
	 * @return whether a function was registered under that ID
	 */
	public static boolean unregister(EmulatorContext context, String functionId) {
		boolean registered = registry(context).unregister(functionId);
		if (registered) {
			context.store().delete(FunctionDocuments.FUNCTIONS.collection(), functionId);
		}
		return registered;
	}

	static FunctionRegistry registry(EmulatorContext context) {
		return context.service(FunctionRegistry.class, FunctionRegistry::new);
	}

}
