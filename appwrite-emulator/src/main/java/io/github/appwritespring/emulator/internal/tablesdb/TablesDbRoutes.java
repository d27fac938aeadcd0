package io.github.appwritespring.emulator.internal.tablesdb;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.permission.Permissions;
import io.github.appwritespring.emulator.internal.permission.ResourceKind;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;

/**
 * TablesDB databases and tables (API key: scopes {@code databases.*} and
 * {@code tables.*}).
 */
public final class TablesDbRoutes implements RouteModule {

	private static final Set<String> DATABASE_ATTRIBUTES = Set.of("name", "enabled");

	private static final Set<String> TABLE_ATTRIBUTES = Set.of("name", "enabled", "rowSecurity");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		TablesDbStore tablesDb = new TablesDbStore(context.store());

		routes.post("/tablesdb", "databases.write", (request) -> {
			Params params = request.params();
			String id = params.newId("databaseId");
			String name = params.text("name", 128);
			boolean enabled = params.bool("enabled", true);
			String now = AppwriteDates.format(context.now());
			ObjectNode database = Json.object();
			database.put("$id", id);
			database.put("name", name);
			database.put("$createdAt", now);
			database.put("$updatedAt", now);
			database.put("enabled", enabled);
			database.put("type", "tablesdb");
			context.store().write(() -> {
				if (context.store().exists(TablesDbStore.DATABASES, id)) {
					throw ApiException.conflict("database_already_exists", "Database already exists");
				}
				context.store().put(TablesDbStore.DATABASES, id, database);
			});
			return Response.created(database);
		});

		routes.get("/tablesdb", "databases.read", (request) -> Response.ok(Listing.of("databases",
				context.store().list(TablesDbStore.DATABASES), request.params(), DATABASE_ATTRIBUTES)));

		routes.get("/tablesdb/{databaseId}", "databases.read",
				(request) -> Response.ok(tablesDb.database(request.pathId("databaseId"))));

		routes.put("/tablesdb/{databaseId}", "databases.write", (request) -> {
			Params params = request.params();
			String name = params.text("name", 128);
			return Response.ok(context.store().write(() -> {
				ObjectNode database = tablesDb.database(request.pathId("databaseId"));
				database.put("name", name);
				params.optionalBool("enabled").ifPresent((enabled) -> database.put("enabled", enabled));
				database.put("$updatedAt", AppwriteDates.format(context.now()));
				context.store().put(TablesDbStore.DATABASES, database.path("$id").asString(), database);
				return database;
			}));
		});

		routes.delete("/tablesdb/{databaseId}", "databases.write", (request) -> {
			context.store()
				.write(() -> tablesDb
					.deleteDatabase(tablesDb.database(request.pathId("databaseId")).path("$id").asString()));
			return Response.noContent();
		});

		routes.post("/tablesdb/{databaseId}/tables", "tables.write", (request) -> {
			Params params = request.params();
			String databaseId = request.pathId("databaseId");
			String id = params.newId("tableId");
			String name = params.text("name", 128);
			List<String> permissions = Permissions.normalize("permissions",
					params.optionalStrings("permissions", Permissions.MAX_PERMISSIONS, 2048).orElse(List.of()),
					ResourceKind.TABLE);
			String now = AppwriteDates.format(context.now());
			ObjectNode table = Json.object();
			table.put("$id", id);
			table.put("$createdAt", now);
			table.put("$updatedAt", now);
			table.set("$permissions", Json.strings(permissions));
			table.put("databaseId", databaseId);
			table.put("name", name);
			table.put("enabled", params.bool("enabled", true));
			table.put("rowSecurity", params.bool("rowSecurity", false));
			table.putArray("columns");
			table.putArray("indexes");
			table.put("_sequence", 0);
			context.store().write(() -> {
				tablesDb.database(databaseId);
				if (context.store().exists(TablesDbStore.tables(databaseId), id)) {
					throw ApiException.conflict("table_already_exists", "Table with the requested ID already exists.");
				}
				context.store().put(TablesDbStore.tables(databaseId), id, table);
			});
			return Response.created(TablesDbStore.tableModel(table));
		});

		routes.get("/tablesdb/{databaseId}/tables", "tables.read", (request) -> {
			String databaseId = request.pathId("databaseId");
			tablesDb.database(databaseId);
			List<ObjectNode> tables = context.store()
				.list(TablesDbStore.tables(databaseId))
				.stream()
				.map(TablesDbStore::tableModel)
				.toList();
			return Response.ok(Listing.of("tables", tables, request.params(), TABLE_ATTRIBUTES));
		});

		routes.get("/tablesdb/{databaseId}/tables/{tableId}", "tables.read", (request) -> Response
			.ok(TablesDbStore.tableModel(tablesDb.table(request.pathId("databaseId"), request.pathId("tableId")))));

		routes.put("/tablesdb/{databaseId}/tables/{tableId}", "tables.write", (request) -> {
			Params params = request.params();
			String name = params.text("name", 128);
			List<String> permissions = params.optionalStrings("permissions", Permissions.MAX_PERMISSIONS, 2048)
				.map((raw) -> Permissions.normalize("permissions", raw, ResourceKind.TABLE))
				.orElse(null);
			return Response.ok(TablesDbStore.tableModel(context.store().write(() -> {
				ObjectNode table = tablesDb.table(request.pathId("databaseId"), request.pathId("tableId"));
				table.put("name", name);
				if (permissions != null) {
					table.set("$permissions", Json.strings(permissions));
				}
				params.optionalBool("rowSecurity").ifPresent((value) -> table.put("rowSecurity", value));
				params.optionalBool("enabled").ifPresent((value) -> table.put("enabled", value));
				table.put("$updatedAt", AppwriteDates.format(context.now()));
				context.store()
					.put(TablesDbStore.tables(table.path("databaseId").asString()), table.path("$id").asString(),
							table);
				return table;
			})));
		});

		routes.delete("/tablesdb/{databaseId}/tables/{tableId}", "tables.write", (request) -> {
			context.store().write(() -> {
				ObjectNode table = tablesDb.table(request.pathId("databaseId"), request.pathId("tableId"));
				tablesDb.deleteTable(table.path("databaseId").asString(), table.path("$id").asString());
			});
			return Response.noContent();
		});
	}

}
