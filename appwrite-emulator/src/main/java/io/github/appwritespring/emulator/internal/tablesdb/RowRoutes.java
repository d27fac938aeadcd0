package io.github.appwritespring.emulator.internal.tablesdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
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
import io.github.appwritespring.emulator.internal.store.DocumentSpace;
import io.github.appwritespring.emulator.internal.store.StagedDocuments;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * Rows (API key or a user, under the table's and the rows' permissions): create, read,
 * list with queries, update, upsert, delete, increment and decrement a column, and the
 * API key's bulk create, upsert, update and delete. Every write applies entirely or not
 * at all; with {@code transactionId} it is staged in the transaction instead (answering
 * the row as the transaction sees it) and reads see the transaction's staged writes.
 */
public final class RowRoutes implements RouteModule {

	private static final String ROWS = "/tablesdb/{databaseId}/tables/{tableId}/rows";

	private static final String ROW = ROWS + "/{rowId}";

	@Override
	public void register(Routes routes, EmulatorContext context) {
		TablesDbStore tablesDb = new TablesDbStore(context.store());
		TablesDbServices services = TablesDbServices.of(context);
		RowLookups.declareAll(context.store());
		Writes writes = new Writes(context, services);

		routes.post(ROWS, "rows.write", (request) -> {
			Params params = request.params();
			Target target = target(tablesDb, request);
			if (params.has("rows")) {
				requireKey(request.caller());
				return Response.created(writes.run(request,
						new RowOperation("bulkCreate", target.databaseId(), target.tableId(), null, rows(params))));
			}
			String rowId = params.newId("rowId");
			ObjectNode data = data(params);
			return Response.created(writes.run(request,
					new RowOperation("create", target.databaseId(), target.tableId(), rowId, data)));
		});

		routes.get(ROWS, "rows.read", (request) -> {
			Target target = target(tablesDb, request);
			DocumentSpace space = writes.readSpace(request);
			List<Query> queries = RowQueries.parse(request.params(), target.table());
			requireFulltextForSearch(target.table(), queries);
			Set<String> relations = RowQueries.selectedRelationships(queries);
			List<ObjectNode> candidates = (space == context.store())
					? RowLookups.candidates(tablesDb, target.databaseId(), target.table(), queries)
					: space.list(TablesDbStore.rowsCollection(target.databaseId(), target.tableId()));
			List<ObjectNode> rows = ItemAccess.ROWS.readable(request.caller(), target.table(), candidates);
			List<ObjectNode> models = new ArrayList<>(rows.size());
			for (ObjectNode row : rows) {
				models.add(model(space, target.table(), row, relations));
			}
			return Response.ok(Listing.answer("rows",
					QueryEngine.apply(models, queries, RowQueries.cursors(space, target.databaseId(), target.table())),
					request.params()));
		});

		routes.get(ROW, "rows.read", (request) -> {
			Target target = target(tablesDb, request);
			DocumentSpace space = writes.readSpace(request);
			ObjectNode row = RowWriter.row(space, target.databaseId(), target.tableId(), request.pathId("rowId"));
			if (row == null || !ItemAccess.ROWS.allows(request.caller(), PermissionAction.READ, target.table(), row)) {
				throw RowOperations.rowNotFound();
			}
			List<Query> queries = RowQueries.parse(request.params(), target.table());
			List<Query> select = queries.stream().filter((query) -> query.method().equals("select")).toList();
			QueryResult projected = QueryEngine
				.apply(List.of(model(space, target.table(), row, RowQueries.selectedRelationships(queries))), select);
			return Response.ok(projected.page().get(0));
		});

		routes.patch(ROW, "rows.write", (request) -> {
			Target target = target(tablesDb, request);
			Params params = request.params();
			ObjectNode data = params.optionalObject("data").orElse(Json.object());
			permissions(params).ifPresent((permissions) -> data.set("$permissions", permissions));
			return Response.ok(writes.run(request,
					new RowOperation("update", target.databaseId(), target.tableId(), request.pathId("rowId"), data)));
		});

		routes.put(ROW, "rows.write", (request) -> {
			Target target = target(tablesDb, request);
			String rowId = Ids.resolve("rowId", request.pathParam("rowId"));
			return Response.created(writes.run(request,
					new RowOperation("upsert", target.databaseId(), target.tableId(), rowId, data(request.params()))));
		});

		routes.delete(ROW, "rows.write", (request) -> {
			Target target = target(tablesDb, request);
			writes.run(request, new RowOperation("delete", target.databaseId(), target.tableId(),
					request.pathId("rowId"), Json.object()));
			return Response.noContent();
		});

		for (String action : List.of("increment", "decrement")) {
			routes.patch(ROW + "/{column}/" + action, "rows.write", (request) -> {
				Target target = target(tablesDb, request);
				Params params = request.params();
				ObjectNode data = Json.object();
				data.put("column", request.pathId("column"));
				data.set("value", number(params, "value"));
				String bound = action.equals("increment") ? "max" : "min";
				data.set(bound, number(params, bound));
				return Response.ok(writes.run(request, new RowOperation(action, target.databaseId(), target.tableId(),
						request.pathId("rowId"), data)));
			});
		}

		routes.put(ROWS, "rows.write", (request) -> {
			requireKey(request.caller());
			Target target = target(tablesDb, request);
			return Response.created(writes.run(request, new RowOperation("bulkUpsert", target.databaseId(),
					target.tableId(), null, rows(request.params()))));
		});

		routes.patch(ROWS, "rows.write", (request) -> {
			requireKey(request.caller());
			Target target = target(tablesDb, request);
			ObjectNode data = Json.object();
			ObjectNode values = data(request.params());
			values.remove("$permissions");
			data.set("data", values);
			data.set("queries", queries(request.params()));
			RowQueries.parse(request.params(), target.table());
			return Response.ok(writes.run(request,
					new RowOperation("bulkUpdate", target.databaseId(), target.tableId(), null, data)));
		});

		routes.delete(ROWS, "rows.write", (request) -> {
			requireKey(request.caller());
			Target target = target(tablesDb, request);
			ObjectNode data = Json.object();
			data.set("queries", queries(request.params()));
			RowQueries.parse(request.params(), target.table());
			return Response.ok(writes.run(request,
					new RowOperation("bulkDelete", target.databaseId(), target.tableId(), null, data)));
		});
	}

	private static ObjectNode model(DocumentSpace space, ObjectNode table, ObjectNode row, Set<String> relations) {
		ObjectNode model = TablesDbStore.rowModel(row, table);
		if (!relations.isEmpty()) {
			Relationships.load(space, table, row, model, relations);
		}
		return model;
	}

	private static Target target(TablesDbStore tablesDb, ApiRequest request) {
		String databaseId = request.pathId("databaseId");
		String tableId = request.pathId("tableId");
		ObjectNode database = tablesDb.database(databaseId);
		ObjectNode table = tablesDb.table(databaseId, tableId);
		RowAccess.requireEnabled(request.caller(), database, table);
		return new Target(databaseId, tableId, table);
	}

	/** The data with the {@code permissions} parameter as its {@code $permissions}. */
	private static ObjectNode data(Params params) {
		ObjectNode data = params.optionalObject("data")
			.filter((value) -> !value.isEmpty())
			.orElseThrow(() -> new ApiException("row_missing_data", 400,
					"The row data is missing. Try again with row data populated"));
		permissions(params).ifPresent((permissions) -> data.set("$permissions", permissions));
		return data;
	}

	private static java.util.Optional<JsonNode> permissions(Params params) {
		return params.optionalStrings("permissions", Permissions.MAX_PERMISSIONS, 2048)
			.map((raw) -> Json.strings(Permissions.normalize("permissions", raw, ResourceKind.ROW)));
	}

	private static JsonNode rows(Params params) {
		JsonNode rows = params.raw("rows");
		if (rows == null || !rows.isArray() || rows.isEmpty()) {
			throw ApiException.invalidParam("rows", "Value must be a valid array of row objects");
		}
		for (JsonNode element : rows) {
			if (!element.isObject()) {
				throw ApiException.invalidParam("rows", "Value must be a valid array of row objects");
			}
			JsonNode permissions = element.get("$permissions");
			if (permissions != null && !permissions.isNull()) {
				((ObjectNode) element).set("$permissions", Json
					.strings(Permissions.normalize("rows", Permissions.fromJson(permissions), ResourceKind.ROW)));
			}
		}
		return rows.deepCopy();
	}

	private static JsonNode queries(Params params) {
		List<String> queries = params.optionalStrings("queries", 100, 4096).orElse(List.of());
		return Json.strings(queries);
	}

	private static JsonNode number(Params params, String name) {
		JsonNode value = params.raw(name);
		if (value == null) {
			return Json.MAPPER.nullNode();
		}
		if (value.isString()) {
			try {
				return Json.MAPPER.valueToTree(new java.math.BigDecimal(value.asString().trim()));
			}
			catch (NumberFormatException ex) {
				throw ApiException.invalidParam(name, "Value must be a valid number");
			}
		}
		if (!value.isNumber()) {
			throw ApiException.invalidParam(name, "Value must be a valid number");
		}
		return value;
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
	 * Runs row operations at once (all or nothing) or stages them in the request's
	 * transaction.
	 */
	private static final class Writes {

		private final EmulatorContext context;

		private final TablesDbServices services;

		Writes(EmulatorContext context, TablesDbServices services) {
			this.context = context;
			this.services = services;
		}

		JsonNode run(ApiRequest request, RowOperation operation) {
			String transactionId = transactionId(request);
			if (transactionId != null) {
				return this.services.transactions().stage(request.caller(), transactionId, List.of(operation)).result();
			}
			return this.context.store().write(() -> {
				StagedDocuments staged = new StagedDocuments(this.context.store());
				JsonNode result = this.services.operations().apply(staged, operation, request.caller(), null);
				staged.applyTo(this.context.store());
				return result;
			});
		}

		DocumentSpace readSpace(ApiRequest request) {
			String transactionId = transactionId(request);
			if (transactionId == null) {
				return this.context.store();
			}
			Transactions transactions = this.services.transactions();
			return transactions.view(transactions.pending(request.caller(), transactionId));
		}

		private static @Nullable String transactionId(ApiRequest request) {
			return request.params().optionalString("transactionId").filter((id) -> !id.isEmpty()).orElse(null);
		}

	}

	/**
	 * The database and table a request names, checked to exist (and be enabled, unless
	 * the key calls).
	 */
	private record Target(String databaseId, String tableId, ObjectNode table) {
	}

}
