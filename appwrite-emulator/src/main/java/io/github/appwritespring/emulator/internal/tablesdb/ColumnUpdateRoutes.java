package io.github.appwritespring.emulator.internal.tablesdb;

import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * {@code PATCH .../columns/{type}/{key}} (API key): changes a column's {@code required},
 * {@code default} and type-specific settings, and renames it with {@code newKey} (rows
 * and indexes follow). The route's type must be the column's (400
 * {@code column_type_invalid}).
 */
public final class ColumnUpdateRoutes implements RouteModule {

	@Override
	public void register(Routes routes, EmulatorContext context) {
		TablesDbStore tablesDb = new TablesDbStore(context.store());
		for (String type : ColumnDefinitions.TYPES) {
			routes.patch("/tablesdb/{databaseId}/tables/{tableId}/columns/" + type + "/{key}", "columns.write",
					(request) -> Response.ok(context.store().write(() -> {
						ObjectNode table = tablesDb.table(request.pathId("databaseId"), request.pathId("tableId"));
						ObjectNode existing = column(table, request.pathId("key"));
						if (!ColumnDefinitions.isOfType(existing, type)) {
							throw new ApiException("column_type_invalid", 400, "Column type mismatch.");
						}
						String now = AppwriteDates.format(context.now());
						ObjectNode column = ColumnDefinitions.updated(type, existing, request.params(), now);
						replace(table, existing, column);
						newKey(request).ifPresent((newKey) -> rename(context, table, column, newKey));
						save(context, table, now);
						return column;
					})));
		}
	}

	static ObjectNode column(ObjectNode table, String key) {
		for (JsonNode column : table.path("columns")) {
			if (column.path("key").asString().equals(key)) {
				return (ObjectNode) column;
			}
		}
		throw ApiException.notFound("column_not_found", "Column with the requested key could not be found.");
	}

	static Optional<String> newKey(ApiRequest request) {
		Optional<String> newKey = request.params().optionalString("newKey").filter((key) -> !key.isEmpty());
		newKey.ifPresent((key) -> Ids.requireValid("newKey", key));
		return newKey;
	}

	static void replace(ObjectNode table, JsonNode existing, ObjectNode column) {
		ArrayNode columns = (ArrayNode) table.path("columns");
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i) == existing) {
				columns.set(i, column);
			}
		}
	}

	/**
	 * Renames a column in the table, its indexes and every row (409
	 * {@code column_already_exists} when the new key is taken).
	 */
	static void rename(EmulatorContext context, ObjectNode table, ObjectNode column, String newKey) {
		String oldKey = column.path("key").asString();
		if (oldKey.equals(newKey)) {
			return;
		}
		for (JsonNode other : table.path("columns")) {
			if (other.path("key").asString().equals(newKey)) {
				throw ApiException.conflict("column_already_exists", "Column with the requested key already exists.");
			}
		}
		column.put("key", newKey);
		for (JsonNode index : table.path("indexes")) {
			ArrayNode indexColumns = (ArrayNode) index.path("columns");
			for (int i = 0; i < indexColumns.size(); i++) {
				if (indexColumns.get(i).asString().equals(oldKey)) {
					indexColumns.set(i, Json.MAPPER.stringNode(newKey));
				}
			}
		}
		String collection = TablesDbStore.rowsCollection(table.path("databaseId").asString(),
				table.path("$id").asString());
		for (ObjectNode row : context.store().list(collection)) {
			JsonNode value = row.remove(oldKey);
			if (value != null) {
				row.set(newKey, value);
				context.store().put(collection, row.path("$id").asString(), row);
			}
		}
	}

	static void save(EmulatorContext context, ObjectNode table, String now) {
		table.put("$updatedAt", now);
		context.store()
			.put(TablesDbStore.tables(table.path("databaseId").asString()), table.path("$id").asString(), table);
		table.path("indexes").forEach((index) -> RowLookups.declare(context.store(), table, index));
	}

}
