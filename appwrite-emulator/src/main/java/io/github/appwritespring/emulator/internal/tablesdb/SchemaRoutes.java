package io.github.appwritespring.emulator.internal.tablesdb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * Columns and indexes of a table (API key). Both are available at once (Appwrite builds
 * them in the background and answers 202 with status {@code processing}; here the work is
 * already done when the answer goes out).
 */
public final class SchemaRoutes implements RouteModule {

	private static final Set<String> COLUMN_ATTRIBUTES = Set.of("key", "type", "required", "array", "status", "size");

	private static final Set<String> INDEX_ATTRIBUTES = Set.of("key", "type", "status");

	private static final Set<String> INDEX_TYPES = Set.of("key", "unique", "fulltext", "spatial");

	private static final Set<String> SPATIAL_TYPES = Set.of("point", "linestring", "polygon");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		TablesDbStore tablesDb = new TablesDbStore(context.store());

		for (String type : ColumnDefinitions.TYPES) {
			routes.post("/tablesdb/{databaseId}/tables/{tableId}/columns/" + type, "columns.write", (request) -> {
				ObjectNode column = ColumnDefinitions.fromParams(type, request.params(),
						AppwriteDates.format(context.now()));
				context.store().write(() -> {
					ObjectNode table = tablesDb.table(request.pathId("databaseId"), request.pathId("tableId"));
					ArrayNode columns = (ArrayNode) table.path("columns");
					for (JsonNode existing : columns) {
						if (existing.path("key").asString().equals(column.path("key").asString())) {
							throw ApiException.conflict("column_already_exists",
									"Column with the requested key already exists.");
						}
					}
					columns.add(column);
					save(context, table);
				});
				return Response.json(202, column);
			});
		}

		routes.get("/tablesdb/{databaseId}/tables/{tableId}/columns", "columns.read",
				(request) -> Response.ok(listEmbedded(tablesDb, request, "columns", COLUMN_ATTRIBUTES)));

		routes.get("/tablesdb/{databaseId}/tables/{tableId}/columns/{key}", "columns.read", (request) -> {
			ObjectNode table = tablesDb.table(request.pathId("databaseId"), request.pathId("tableId"));
			return Response.ok(find(table.path("columns"), request.pathId("key"), "column_not_found",
					"Column with the requested key could not be found."));
		});

		routes.delete("/tablesdb/{databaseId}/tables/{tableId}/columns/{key}", "columns.write", (request) -> {
			String key = request.pathId("key");
			context.store().write(() -> {
				ObjectNode table = tablesDb.table(request.pathId("databaseId"), request.pathId("tableId"));
				ObjectNode deleted = find(table.path("columns"), key, "column_not_found",
						"Column with the requested key could not be found.");
				remove((ArrayNode) table.path("columns"), (column) -> column.path("key").asString().equals(key));
				if (Relationships.isRelationship(deleted)) {
					removeTwin(context, tablesDb, table, deleted);
				}
				remove((ArrayNode) table.path("indexes"), (index) -> contains(index.path("columns"), key));
				save(context, table);
			});
			return Response.noContent();
		});

		routes.post("/tablesdb/{databaseId}/tables/{tableId}/indexes", "indexes.write", (request) -> {
			Params params = request.params();
			String key = params.string("key");
			if (!Ids.isValid(key) || key.equals(Ids.UNIQUE)) {
				throw ApiException.invalidParam("key",
						"Parameter must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, "
								+ "period, hyphen, and underscore. Can't start with a special char");
			}
			String type = params.string("type");
			if (!INDEX_TYPES.contains(type)) {
				throw ApiException.invalidParam("type", "Value must be one of (key, fulltext, unique, spatial)");
			}
			List<String> indexColumns = params.strings("columns", 100, 36);
			if (indexColumns.isEmpty()) {
				throw ApiException.invalidParam("columns", "Value must be a valid array of at least one column");
			}
			List<String> orders = params.optionalStrings("orders", 100, 4).orElse(List.of());
			String now = AppwriteDates.format(context.now());
			ObjectNode index = Json.object();
			index.put("$id", key);
			index.put("key", key);
			index.put("type", type);
			index.put("status", "available");
			index.put("error", "");
			index.set("columns", Json.strings(indexColumns));
			index.set("lengths", (params.raw("lengths") == null) ? Json.array() : params.raw("lengths"));
			index.set("orders", Json.strings(orders));
			index.put("$createdAt", now);
			index.put("$updatedAt", now);
			context.store().write(() -> {
				ObjectNode table = tablesDb.table(request.pathId("databaseId"), request.pathId("tableId"));
				Set<String> known = new HashSet<>(Set.of("$id", "$createdAt", "$updatedAt", "$sequence"));
				Set<String> spatial = new HashSet<>();
				table.path("columns").forEach((column) -> {
					known.add(column.path("key").asString());
					if (SPATIAL_TYPES.contains(column.path("type").asString())) {
						spatial.add(column.path("key").asString());
					}
				});
				for (String column : indexColumns) {
					if (!known.contains(column)) {
						throw new ApiException("column_not_found", 404,
								"Column \"" + column + "\" of index \"" + key + "\" could not be found.");
					}
					if (type.equals("spatial") != spatial.contains(column)) {
						throw new ApiException("index_invalid", 400,
								type.equals("spatial")
										? "Spatial index can only be created on spatial columns: \"" + column
												+ "\" is not one."
										: "Spatial column \"" + column + "\" can only be in a spatial index.");
					}
				}
				if (find(table.path("indexes"), key) != null) {
					throw ApiException.conflict("column_index_already_exists",
							"Index with the requested key already exists.");
				}
				if (type.equals("unique")) {
					UniqueIndexes.requireNoDuplicates(index,
							tablesDb.rows(table.path("databaseId").asString(), table.path("$id").asString()));
				}
				((ArrayNode) table.path("indexes")).add(index);
				save(context, table);
				RowLookups.declare(context.store(), table, index);
			});
			return Response.json(202, index);
		});

		routes.get("/tablesdb/{databaseId}/tables/{tableId}/indexes", "indexes.read",
				(request) -> Response.ok(listEmbedded(tablesDb, request, "indexes", INDEX_ATTRIBUTES)));

		routes.get("/tablesdb/{databaseId}/tables/{tableId}/indexes/{key}", "indexes.read", (request) -> {
			ObjectNode table = tablesDb.table(request.pathId("databaseId"), request.pathId("tableId"));
			return Response.ok(find(table.path("indexes"), request.pathId("key"), "column_index_not_found",
					"Index with the requested key could not be found."));
		});

		routes.delete("/tablesdb/{databaseId}/tables/{tableId}/indexes/{key}", "indexes.write", (request) -> {
			String key = request.pathId("key");
			context.store().write(() -> {
				ObjectNode table = tablesDb.table(request.pathId("databaseId"), request.pathId("tableId"));
				find(table.path("indexes"), key, "column_index_not_found",
						"Index with the requested key could not be found.");
				remove((ArrayNode) table.path("indexes"), (index) -> index.path("key").asString().equals(key));
				save(context, table);
			});
			return Response.noContent();
		});
	}

	/**
	 * Lists the columns or indexes a table holds, with queries, as {@code {total,
	 * <field>}}.
	 */
	private static ObjectNode listEmbedded(TablesDbStore tablesDb,
			io.github.appwritespring.emulator.internal.http.ApiRequest request, String field, Set<String> attributes) {
		ObjectNode table = tablesDb.table(request.pathId("databaseId"), request.pathId("tableId"));
		List<ObjectNode> items = new ArrayList<>();
		table.path(field).forEach((item) -> items.add((ObjectNode) item));
		return Listing.answer(field, io.github.appwritespring.emulator.internal.query.QueryEngine.apply(items,
				Listing.queries(request.params(), attributes)), request.params());
	}

	/** The other side of a two-way relationship goes with its column. */
	private static void removeTwin(EmulatorContext context, TablesDbStore tablesDb, ObjectNode table, JsonNode column) {
		String databaseId = table.path("databaseId").asString();
		ObjectNode other = context.store()
			.get(TablesDbStore.tables(databaseId), column.path("relatedTable").asString())
			.orElse(null);
		if (other == null || other.path("$id").asString().equals(table.path("$id").asString())) {
			return;
		}
		remove((ArrayNode) other.path("columns"),
				(twin) -> Relationships.isRelationship(twin)
						&& twin.path("relatedTable").asString().equals(table.path("$id").asString())
						&& twin.path("key").asString().equals(column.path("twoWayKey").asString()));
		save(context, other);
	}

	private static void save(EmulatorContext context, ObjectNode table) {
		table.put("$updatedAt", AppwriteDates.format(context.now()));
		context.store()
			.put(TablesDbStore.tables(table.path("databaseId").asString()), table.path("$id").asString(), table);
	}

	private static @Nullable ObjectNode find(JsonNode items, String key) {
		for (JsonNode item : items) {
			if (item.path("key").asString().equals(key)) {
				return (ObjectNode) item;
			}
		}
		return null;
	}

	private static ObjectNode find(JsonNode items, String key, String type, String message) {
		ObjectNode found = find(items, key);
		if (found == null) {
			throw ApiException.notFound(type, message);
		}
		return found;
	}

	private static void remove(ArrayNode items, java.util.function.Predicate<JsonNode> which) {
		for (int i = items.size() - 1; i >= 0; i--) {
			if (which.test(items.get(i))) {
				items.remove(i);
			}
		}
	}

	private static boolean contains(JsonNode values, String value) {
		for (JsonNode element : values) {
			if (element.asString().equals(value)) {
				return true;
			}
		}
		return false;
	}

}
