package io.github.appwritespring.emulator.internal.tablesdb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.permission.ItemAccess;
import io.github.appwritespring.emulator.internal.permission.PermissionAction;
import io.github.appwritespring.emulator.internal.permission.Permissions;
import io.github.appwritespring.emulator.internal.permission.ResourceKind;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.query.Query;
import io.github.appwritespring.emulator.internal.query.QueryEngine;
import io.github.appwritespring.emulator.internal.query.QueryResult;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * Rows (API key or a user, under the table's and the rows' permissions): create, read,
 * list with queries, update, upsert, delete, and the API key's bulk create, update and
 * delete.
 */
public final class RowRoutes implements RouteModule {

	private static final String ROWS = "/tablesdb/{databaseId}/tables/{tableId}/rows";

	private static final String ROW = ROWS + "/{rowId}";

	@Override
	public void register(Routes routes, EmulatorContext context) {
		TablesDbStore tablesDb = new TablesDbStore(context.store());
		RowLookups.declareAll(context.store());

		routes.post(ROWS, "rows.write", (request) -> {
			Params params = request.params();
			if (params.has("rows")) {
				return Response.created(createRows(context, tablesDb, request));
			}
			String rowId = params.newId("rowId");
			ObjectNode data = data(params);
			List<String> permissions = permissions(params);
			return Response.created(context.store().write(() -> {
				Target target = target(tablesDb, request);
				if (!ItemAccess.ROWS.allowsContainer(request.caller(), PermissionAction.CREATE, target.table())) {
					throw ItemAccess.unauthorized();
				}
				return create(context, tablesDb, request.caller(), target, rowId, data, permissions);
			}));
		});

		routes.get(ROWS, "rows.read", (request) -> {
			Target target = target(tablesDb, request);
			List<Query> queries = RowQueries.parse(request.params(), target.table());
			requireFulltextForSearch(target.table(), queries);
			List<ObjectNode> rows = ItemAccess.ROWS.readable(request.caller(), target.table(),
					RowLookups.candidates(tablesDb, target.databaseId(), target.table(), queries));
			List<ObjectNode> models = rows.stream().map((row) -> TablesDbStore.rowModel(row, target.table())).toList();
			return Response.ok(
					Listing.answer("rows",
							QueryEngine.apply(models, queries,
									RowQueries.cursors(tablesDb, target.databaseId(), target.table())),
							request.params()));
		});

		routes.get(ROW, "rows.read", (request) -> {
			Target target = target(tablesDb, request);
			ObjectNode row = readableRow(tablesDb, request, target);
			List<Query> queries = RowQueries.parse(request.params(), target.table());
			List<Query> select = queries.stream().filter((query) -> query.method().equals("select")).toList();
			QueryResult projected = QueryEngine.apply(List.of(TablesDbStore.rowModel(row, target.table())), select);
			return Response.ok(projected.page().get(0));
		});

		routes.patch(ROW, "rows.write", (request) -> {
			Params params = request.params();
			ObjectNode data = params.optionalObject("data").orElse(Json.object());
			List<String> permissions = permissions(params);
			if (data.isEmpty() && permissions == null) {
				throw new ApiException("row_missing_payload", 400,
						"The row data and permissions are missing. You must provide either row data or permissions to be updated.");
			}
			return Response.ok(context.store().write(() -> {
				Target target = target(tablesDb, request);
				ObjectNode row = existingRow(tablesDb, request, target);
				if (!ItemAccess.ROWS.allows(request.caller(), PermissionAction.UPDATE, target.table(), row)) {
					throw ItemAccess.unauthorized();
				}
				return update(context, tablesDb, request.caller(), target, row, data, permissions, true);
			}));
		});

		routes.put(ROW, "rows.write", (request) -> {
			Params params = request.params();
			String rowId = Ids.resolve("rowId", request.pathParam("rowId"));
			ObjectNode data = data(params);
			List<String> permissions = permissions(params);
			return Response.created(context.store().write(() -> {
				Target target = target(tablesDb, request);
				ObjectNode row = context.store()
					.get(TablesDbStore.rowsCollection(target.databaseId(), target.tableId()), rowId)
					.orElse(null);
				if (row == null) {
					if (!ItemAccess.ROWS.allowsContainer(request.caller(), PermissionAction.CREATE, target.table())) {
						throw ItemAccess.unauthorized();
					}
					return create(context, tablesDb, request.caller(), target, rowId, data, permissions);
				}
				if (!ItemAccess.ROWS.allows(request.caller(), PermissionAction.UPDATE, target.table(), row)) {
					throw ItemAccess.unauthorized();
				}
				return update(context, tablesDb, request.caller(), target, row, data, permissions, false);
			}));
		});

		routes.delete(ROW, "rows.write", (request) -> {
			context.store().write(() -> {
				Target target = target(tablesDb, request);
				ObjectNode row = existingRow(tablesDb, request, target);
				if (!ItemAccess.ROWS.allows(request.caller(), PermissionAction.DELETE, target.table(), row)) {
					throw ItemAccess.unauthorized();
				}
				context.store()
					.delete(TablesDbStore.rowsCollection(target.databaseId(), target.tableId()),
							row.path("$id").asString());
			});
			return Response.noContent();
		});

		routes.patch(ROWS, "rows.write", (request) -> {
			requireKey(request.caller());
			ObjectNode data = data(request.params());
			return Response.ok(context.store().write(() -> {
				Target target = target(tablesDb, request);
				ArrayNode changed = Json.array();
				for (ObjectNode row : matching(tablesDb, request, target)) {
					changed.add(update(context, tablesDb, request.caller(), target, row, data, null, true));
				}
				return list(changed);
			}));
		});

		routes.delete(ROWS, "rows.write", (request) -> {
			requireKey(request.caller());
			return Response.ok(context.store().write(() -> {
				Target target = target(tablesDb, request);
				ArrayNode deleted = Json.array();
				for (ObjectNode row : matching(tablesDb, request, target)) {
					deleted.add(TablesDbStore.rowModel(row, target.table()));
					context.store()
						.delete(TablesDbStore.rowsCollection(target.databaseId(), target.tableId()),
								row.path("$id").asString());
				}
				return list(deleted);
			}));
		});
	}

	private static Target target(TablesDbStore tablesDb, ApiRequest request) {
		String databaseId = request.pathId("databaseId");
		String tableId = request.pathId("tableId");
		ObjectNode database = tablesDb.database(databaseId);
		ObjectNode table = tablesDb.table(databaseId, tableId);
		RowAccess.requireEnabled(request.caller(), database, table);
		return new Target(databaseId, tableId, table);
	}

	private static ObjectNode existingRow(TablesDbStore tablesDb, ApiRequest request, Target target) {
		return tablesDb.documents()
			.get(TablesDbStore.rowsCollection(target.databaseId(), target.tableId()), request.pathId("rowId"))
			.orElseThrow(RowRoutes::rowNotFound);
	}

	private static ObjectNode readableRow(TablesDbStore tablesDb, ApiRequest request, Target target) {
		ObjectNode row = existingRow(tablesDb, request, target);
		if (!ItemAccess.ROWS.allows(request.caller(), PermissionAction.READ, target.table(), row)) {
			throw rowNotFound();
		}
		return row;
	}

	private static ApiException rowNotFound() {
		return ApiException.notFound("row_not_found", "Row with the requested ID could not be found.");
	}

	private static ObjectNode data(Params params) {
		return params.optionalObject("data")
			.filter((data) -> !data.isEmpty())
			.orElseThrow(() -> new ApiException("row_missing_data", 400,
					"The row data is missing. Try again with row data populated"));
	}

	private static @Nullable List<String> permissions(Params params) {
		return params.optionalStrings("permissions", Permissions.MAX_PERMISSIONS, 2048)
			.map((raw) -> Permissions.normalize("permissions", raw, ResourceKind.ROW))
			.orElse(null);
	}

	private static ObjectNode create(EmulatorContext context, TablesDbStore tablesDb, Caller caller, Target target,
			String rowId, ObjectNode data, @Nullable List<String> permissions) {
		String collection = TablesDbStore.rowsCollection(target.databaseId(), target.tableId());
		if (context.store().exists(collection, rowId)) {
			throw ApiException.conflict("row_already_exists",
					"Row with the requested ID already exists. Try again with a different ID or use ID.unique() to generate a unique ID.");
		}
		List<String> granted = permissions;
		if (granted == null) {
			granted = Permissions.defaultsFor(caller, ResourceKind.ROW);
		}
		else {
			Permissions.requireGrantable(caller, granted);
		}
		Map<String, JsonNode> values = RowValidator.validate((ArrayNode) target.table().path("columns"), data, false);
		ObjectNode table = target.table();
		long sequence = table.path("_sequence").asLong() + 1;
		table.put("_sequence", sequence);
		String now = AppwriteDates.format(context.now());
		ObjectNode row = Json.object();
		row.put("$id", rowId);
		row.put("$sequence", sequence);
		row.put("$tableId", target.tableId());
		row.put("$databaseId", target.databaseId());
		row.put("$createdAt", now);
		row.put("$updatedAt", now);
		row.set("$permissions", Json.strings(granted));
		for (JsonNode column : table.path("columns")) {
			String key = column.path("key").asString();
			row.set(key, orDefault(column, values.get(key)));
		}
		UniqueIndexes.requireUnique(table, row, context.store(), collection);
		context.store().put(collection, rowId, row);
		context.store().put(TablesDbStore.tables(target.databaseId()), target.tableId(), table);
		return TablesDbStore.rowModel(row, table);
	}

	/**
	 * The value to store: a missing or null value takes the column's default, as Appwrite
	 * stores it.
	 */
	private static JsonNode orDefault(JsonNode column, @Nullable JsonNode value) {
		if (value != null && !value.isNull()) {
			return value;
		}
		JsonNode defaultValue = column.get("default");
		return (defaultValue != null) ? defaultValue : Json.MAPPER.nullNode();
	}

	private static ObjectNode update(EmulatorContext context, TablesDbStore tablesDb, Caller caller, Target target,
			ObjectNode row, ObjectNode data, @Nullable List<String> permissions, boolean partial) {
		Map<String, JsonNode> values = RowValidator.validate((ArrayNode) target.table().path("columns"), data, partial);
		ObjectNode updated = row.deepCopy();
		for (JsonNode column : target.table().path("columns")) {
			String key = column.path("key").asString();
			if (!partial || values.containsKey(key)) {
				updated.set(key, orDefault(column, values.get(key)));
			}
		}
		if (permissions != null) {
			Permissions.requireGrantable(caller, permissions);
			updated.set("$permissions", Json.strings(permissions));
		}
		updated.put("$updatedAt", AppwriteDates.format(context.now()));
		UniqueIndexes.requireUnique(target.table(), updated, context.store(),
				TablesDbStore.rowsCollection(target.databaseId(), target.tableId()));
		context.store()
			.put(TablesDbStore.rowsCollection(target.databaseId(), target.tableId()), updated.path("$id").asString(),
					updated);
		return TablesDbStore.rowModel(updated, target.table());
	}

	private static ObjectNode createRows(EmulatorContext context, TablesDbStore tablesDb, ApiRequest request) {
		requireKey(request.caller());
		JsonNode rows = request.params().raw("rows");
		if (rows == null || !rows.isArray() || rows.isEmpty()) {
			throw ApiException.invalidParam("rows", "Value must be a valid array of row objects");
		}
		return context.store().write(() -> {
			Target target = target(tablesDb, request);
			ArrayNode created = Json.array();
			Set<String> ids = new HashSet<>();
			for (JsonNode element : rows) {
				if (!element.isObject()) {
					throw ApiException.invalidParam("rows", "Value must be a valid array of row objects");
				}
				ObjectNode data = ((ObjectNode) element).deepCopy();
				JsonNode id = data.remove("$id");
				JsonNode rawPermissions = data.remove("$permissions");
				String rowId = Ids.resolve("rows", (id != null) ? id.asString() : Ids.UNIQUE);
				if (!ids.add(rowId)) {
					throw ApiException.conflict("row_already_exists", "Row with the requested ID already exists.");
				}
				List<String> permissions = (rawPermissions != null)
						? Permissions.normalize("rows", Permissions.fromJson(rawPermissions), ResourceKind.ROW) : null;
				created.add(create(context, tablesDb, request.caller(), target, rowId, data, permissions));
			}
			return list(created);
		});
	}

	private static List<ObjectNode> matching(TablesDbStore tablesDb, ApiRequest request, Target target) {
		List<Query> queries = RowQueries.parse(request.params(), target.table());
		List<ObjectNode> matching = new ArrayList<>();
		for (ObjectNode row : tablesDb.rows(target.databaseId(), target.tableId())) {
			if (QueryEngine.matchesAll(TablesDbStore.rowModel(row, target.table()), queries)) {
				matching.add(row);
			}
		}
		return matching;
	}

	private static ObjectNode list(ArrayNode rows) {
		ObjectNode body = Json.object();
		body.put("total", rows.size());
		body.set("rows", rows);
		return body;
	}

	private static void requireKey(Caller caller) {
		if (!caller.isKey()) {
			throw ApiException.unauthorized("Bulk row operations need an API key.");
		}
	}

	private static void requireFulltextForSearch(ObjectNode table, List<Query> queries) {
		for (Query query : queries) {
			if (query.method().equals("search") || query.method().equals("notSearch")) {
				boolean indexed = false;
				for (JsonNode index : table.path("indexes")) {
					if (index.path("type").asString().equals("fulltext") && index.path("columns").size() == 1
							&& index.path("columns").get(0).asString().equals(query.attribute())) {
						indexed = true;
					}
				}
				if (!indexed) {
					throw new ApiException("general_query_invalid", 400, "Invalid query: Searching by attribute \""
							+ query.attribute() + "\" requires a fulltext index.");
				}
			}
		}
	}

	/**
	 * The database and table a request names, checked to exist (and be enabled, unless
	 * the key calls).
	 */
	private record Target(String databaseId, String tableId, ObjectNode table) {
	}

}
