package io.github.appwritespring.emulator.internal.module;

import io.github.appwritespring.emulator.RouteModules;
import io.github.appwritespring.emulator.internal.http.Routes;

/**
 * A feature of the emulator (Account, Users, TablesDB, Storage, ...) that adds its
 * routes. Every module is listed once in {@link RouteModules#all()}.
 */
@FunctionalInterface
public interface RouteModule {

	/**
	 * Registers the module's routes. Called once at start, before the server accepts
	 * requests; keep per-emulator state in fields created here or in
	 * {@link EmulatorContext#service}, and clear in-memory state in an
	 * {@link EmulatorContext#onReset} hook.
	 */
	void register(Routes routes, EmulatorContext context);

}
