package io.github.appwritespring.emulator.internal.tablesdb;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * Relationship columns (API key): {@code POST .../columns/relationship} adds the parent
 * side to the table and, with {@code twoWay}, the child side ({@code twoWayKey}) to the
 * related table; {@code PATCH .../columns/{key}/relationship} changes {@code onDelete} on
 * both sides and renames with {@code newKey}. Deleting either side's column removes both.
 */
public final class RelationshipColumnRoutes implements RouteModule {

	private static final List<String> TYPES = List.of("oneToOne", "manyToOne", "manyToMany", "oneToMany");

	private static final List<String> ON_DELETE = List.of("cascade", "restrict", "setNull");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		TablesDbStore tablesDb = new TablesDbStore(context.store());

		routes.post("/tablesdb/{databaseId}/tables/{tableId}/columns/relationship", "columns.write", (request) -> {
			Params params = request.params();
			String databaseId = request.pathId("databaseId");
			String tableId = request.pathId("tableId");
			String relatedTableId = params.string("relatedTableId");
			String type = oneOf(params, "type", TYPES, null);
			boolean twoWay = params.bool("twoWay", false);
			String key = key(params.optionalString("key").filter((k) -> !k.isEmpty()).orElse(relatedTableId), "key");
			String twoWayKey = key(params.optionalString("twoWayKey").filter((k) -> !k.isEmpty()).orElse(tableId),
					"twoWayKey");
			String onDelete = oneOf(params, "onDelete", ON_DELETE, "restrict");
			String now = AppwriteDates.format(context.now());
			ObjectNode parent = column(key, type, relatedTableId, twoWay, twoWayKey, onDelete, "parent", now);
			ObjectNode child = column(twoWayKey, type, tableId, twoWay, key, onDelete, "child", now);
			context.store().write(() -> {
				ObjectNode table = tablesDb.table(databaseId, tableId);
				ObjectNode related = tablesDb.table(databaseId, relatedTableId);
				requireFree(table, key);
				if (twoWay) {
					requireFree(related, twoWayKey);
				}
				((ArrayNode) table.path("columns")).add(parent);
				ColumnUpdateRoutes.save(context, table, now);
				if (twoWay) {
					related = tablesDb.table(databaseId, relatedTableId);
					((ArrayNode) related.path("columns")).add(child);
					ColumnUpdateRoutes.save(context, related, now);
				}
			});
			return Response.json(202, parent);
		});

		routes.patch("/tablesdb/{databaseId}/tables/{tableId}/columns/{key}/relationship", "columns.write",
				(request) -> {
					Params params = request.params();
					Optional<String> onDelete = params.optionalString("onDelete")
						.map((value) -> oneOf(params, "onDelete", ON_DELETE, null));
					Optional<String> newKey = ColumnUpdateRoutes.newKey(request);
					return Response.ok(context.store().write(() -> {
						String databaseId = request.pathId("databaseId");
						ObjectNode table = tablesDb.table(databaseId, request.pathId("tableId"));
						ObjectNode existing = ColumnUpdateRoutes.column(table, request.pathId("key"));
						if (!Relationships.isRelationship(existing)) {
							throw new ApiException("column_type_invalid", 400, "Column type mismatch.");
						}
						String now = AppwriteDates.format(context.now());
						ObjectNode column = existing.deepCopy();
						onDelete.ifPresent((value) -> column.put("onDelete", value));
						column.put("$updatedAt", now);
						ColumnUpdateRoutes.replace(table, existing, column);
						String oldKey = existing.path("key").asString();
						newKey.ifPresent((value) -> ColumnUpdateRoutes.rename(context, table, column, value));
						ColumnUpdateRoutes.save(context, table, now);
						ObjectNode other = context.store()
							.get(TablesDbStore.tables(databaseId), column.path("relatedTable").asString())
							.orElse(null);
						if (other != null) {
							for (JsonNode twin : other.path("columns")) {
								if (Relationships.isRelationship(twin)
										&& twin.path("relatedTable").asString().equals(table.path("$id").asString())
										&& twin.path("twoWayKey").asString().equals(oldKey)) {
									((ObjectNode) twin).put("onDelete", column.path("onDelete").asString());
									((ObjectNode) twin).put("twoWayKey", column.path("key").asString());
									ColumnUpdateRoutes.save(context, other, now);
								}
							}
						}
						return column;
					}));
				});
	}

	private static ObjectNode column(String key, String type, String relatedTable, boolean twoWay, String twoWayKey,
			String onDelete, String side, String now) {
		ObjectNode column = ColumnDefinitions.base(key, Relationships.TYPE, false, false, now);
		column.put("relatedTable", relatedTable);
		column.put("relationType", type);
		column.put("twoWay", twoWay);
		column.put("twoWayKey", twoWayKey);
		column.put("onDelete", onDelete);
		column.put("side", side);
		return column;
	}

	private static void requireFree(ObjectNode table, String key) {
		for (JsonNode existing : table.path("columns")) {
			if (existing.path("key").asString().equals(key)) {
				throw ApiException.conflict("column_already_exists", "Column with the requested key already exists.");
			}
		}
	}

	private static String key(String key, String param) {
		Ids.requireValid(param, key);
		return key;
	}

	private static String oneOf(Params params, String name, List<String> allowed, @Nullable String fallback) {
		String value = (fallback != null) ? params.optionalString(name).orElse(fallback) : params.string(name);
		if (!allowed.contains(value)) {
			throw ApiException.invalidParam(name, "Value must be one of (" + String.join(", ", allowed) + ")");
		}
		return value;
	}

}
