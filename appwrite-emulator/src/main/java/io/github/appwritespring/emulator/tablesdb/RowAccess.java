package io.github.appwritespring.emulator.tablesdb;

import io.github.appwritespring.emulator.auth.Caller;
import io.github.appwritespring.emulator.error.ApiException;
import io.github.appwritespring.emulator.permission.PermissionAction;
import io.github.appwritespring.emulator.permission.Permissions;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Appwrite's rules for rows: the table's permissions, or the row's own when the table has {@code rowSecurity};
 * the API key may do anything; disabled databases and tables look missing to everyone else.
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

    static boolean allows(Caller caller, PermissionAction action, ObjectNode table, ObjectNode row) {
        return Permissions.allows(caller, action, Permissions.fromJson(table.get("$permissions")),
                table.path("rowSecurity").asBoolean(), Permissions.fromJson(row.get("$permissions")));
    }

    static boolean allowsTable(Caller caller, PermissionAction action, ObjectNode table) {
        return Permissions.allows(caller, action, Permissions.fromJson(table.get("$permissions")));
    }

    /**
     * Which rows a list may show: all of them with table read permission; with {@code rowSecurity} the readable
     * ones; otherwise the caller may not list at all.
     */
    static List<ObjectNode> readable(Caller caller, ObjectNode table, List<ObjectNode> rows) {
        if (allowsTable(caller, PermissionAction.READ, table)) {
            return rows;
        }
        if (!table.path("rowSecurity").asBoolean()) {
            throw ApiException.unauthorized("The current user is not authorized to perform the requested action.");
        }
        return rows.stream().filter(row -> allows(caller, PermissionAction.READ, table, row)).toList();
    }

    static ApiException unauthorized() {
        return ApiException.unauthorized("The current user is not authorized to perform the requested action.");
    }
}
