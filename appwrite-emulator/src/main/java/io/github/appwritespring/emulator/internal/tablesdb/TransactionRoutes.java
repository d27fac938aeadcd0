package io.github.appwritespring.emulator.internal.tablesdb;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Caller;
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
 * {@code /tablesdb/transactions} (API key, or a user for their own transactions): create
 * with {@code ttl} (60 to 3600 seconds, default 300), list, get, commit or roll back,
 * delete, and stage operations in bulk with {@code createOperations} (at most
 * {@value Transactions#MAX_OPERATIONS} per transaction). See {@link Transactions}.
 */
public final class TransactionRoutes implements RouteModule {

	private static final String BASE = "/tablesdb/transactions";

	private static final Set<String> ACTIONS = Set.of("create", "update", "upsert", "delete", "increment", "decrement",
			"bulkCreate", "bulkUpdate", "bulkUpsert", "bulkDelete");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		Transactions transactions = TablesDbServices.of(context).transactions();

		routes.post(BASE, "rows.write", (request) -> {
			long ttl = request.params().optionalLong("ttl", 60, 3600).orElse(300L);
			Instant created = context.now();
			String now = AppwriteDates.format(created);
			ObjectNode transaction = Json.object();
			String id = Ids.unique();
			transaction.put("$id", id);
			transaction.put("$createdAt", now);
			transaction.put("$updatedAt", now);
			transaction.put("status", "pending");
			transaction.put("operations", 0);
			transaction.put("expiresAt", AppwriteDates.format(created.plus(Duration.ofSeconds(ttl))));
			String userId = request.caller().userId();
			if (!request.caller().isKey() && userId != null) {
				transaction.put("_userId", userId);
			}
			transaction.putArray("_log");
			context.store().put(Transactions.COLLECTION, id, transaction);
			return Response.created(Transactions.model(transaction));
		});

		routes.get(BASE, "rows.read", (request) -> {
			List<ObjectNode> visible = context.store()
				.list(Transactions.COLLECTION)
				.stream()
				.filter((transaction) -> Transactions.visibleTo(request.caller(), transaction))
				.map(Transactions::model)
				.toList();
			return Response
				.ok(Listing.of("transactions", visible, request.params(), Set.of("status", "operations", "expiresAt")));
		});

		routes.get(BASE + "/{transactionId}", "rows.read", (request) -> Response
			.ok(Transactions.model(transactions.get(request.caller(), request.pathId("transactionId")))));

		routes.patch(BASE + "/{transactionId}", "rows.write", (request) -> {
			Params params = request.params();
			boolean commit = params.bool("commit", false);
			boolean rollback = params.bool("rollback", false);
			if (!commit && !rollback) {
				throw ApiException.badRequest("Either commit or rollback must be true");
			}
			if (commit && rollback) {
				throw ApiException.badRequest("Cannot commit and rollback at the same time");
			}
			String id = request.pathId("transactionId");
			return Response
				.ok(commit ? transactions.commit(request.caller(), id) : transactions.rollback(request.caller(), id));
		});

		routes.delete(BASE + "/{transactionId}", "rows.write", (request) -> {
			context.store().write(() -> {
				ObjectNode transaction = transactions.get(request.caller(), request.pathId("transactionId"));
				context.store().delete(Transactions.COLLECTION, transaction.path("$id").asString());
			});
			return Response.noContent();
		});

		routes.post(BASE + "/{transactionId}/operations", "rows.write", (request) -> {
			JsonNode raw = request.params().raw("operations");
			if (raw == null || !raw.isArray() || raw.isEmpty()) {
				throw ApiException.badRequest("Operations array cannot be empty");
			}
			TablesDbStore tablesDb = new TablesDbStore(context.store());
			List<RowOperation> staged = new ArrayList<>();
			for (JsonNode item : raw) {
				staged.add(operation(tablesDb, request.caller(), item));
			}
			return Response
				.created(transactions.stage(request.caller(), request.pathId("transactionId"), staged).transaction());
		});
	}

	private static RowOperation operation(TablesDbStore tablesDb, Caller caller, JsonNode item) {
		if (!item.isObject()) {
			throw ApiException.invalidParam("operations", "Value must be a valid array of operation objects");
		}
		String action = item.path("action").asString("");
		if (!ACTIONS.contains(action)) {
			throw ApiException.invalidParam("operations", "Invalid action: " + action);
		}
		String databaseId = item.path("databaseId").asString("");
		String tableId = item.path("tableId").asString(item.path("collectionId").asString(""));
		ObjectNode database = tablesDb.database(databaseId);
		ObjectNode table = tablesDb.table(databaseId, tableId);
		RowAccess.requireEnabled(caller, database, table);
		JsonNode rowId = item.has("rowId") ? item.get("rowId") : item.get("documentId");
		String id = (rowId != null && rowId.isString()) ? rowId.asString() : null;
		if (id != null && action.equals("create")) {
			id = Ids.resolve("rowId", id);
		}
		else if (action.equals("create")) {
			id = Ids.unique();
		}
		JsonNode data = item.path("data");
		return new RowOperation(action, databaseId, tableId, id,
				(data.isMissingNode() || data.isNull()) ? Json.object() : data.deepCopy());
	}

}
