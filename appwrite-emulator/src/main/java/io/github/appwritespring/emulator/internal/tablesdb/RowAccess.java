package io.github.appwritespring.emulator.internal.tablesdb;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.error.ApiException;

/**
 * Disabled databases and tables look missing to everyone but the API key. (Row
 * permissions:
 * {@link io.github.appwritespring.emulator.internal.permission.ItemAccess#ROWS}.)
 */
final class RowAccess {

	private RowAccess() {
	}

	static void requireEnabled(Caller caller, ObjectNode database, ObjectNode table) {
		if (caller.isKey()) {
			return;
		}
		if (!database.path("enabled").asBoolean(true)) {
			throw ApiException.notFound("database_not_found", "Database not found");
		}
		if (!table.path("enabled").asBoolean(true)) {
			throw ApiException.notFound("table_not_found", "Table with the requested ID could not be found.");
		}
	}

}
