package io.github.appwritespring.emulator.internal.tablesdb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.permission.ItemAccess;
import io.github.appwritespring.emulator.internal.permission.PermissionAction;
import io.github.appwritespring.emulator.internal.permission.Permissions;
import io.github.appwritespring.emulator.internal.permission.ResourceKind;
import io.github.appwritespring.emulator.internal.query.Query;
import io.github.appwritespring.emulator.internal.query.QueryEngine;
import io.github.appwritespring.emulator.internal.store.DocumentSpace;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * Runs a {@link RowOperation} on a {@link DocumentSpace} for a caller: checks the
 * caller's permissions (the API key's bulk actions only), then writes through
 * {@link RowWriter}. A create without {@code $permissions} gets the caller's defaults
 * written into the operation's data, so a staged operation commits with them.
 */
final class RowOperations {

	/** Appwrite's limit of rows per bulk write. */
	static final int MAX_BULK = 1000;

	private final RowWriter writer;

	RowOperations(RowWriter writer) {
		this.writer = writer;
	}

	/**
	 * Runs the operation; answers the row's model, or {@code {total, rows}} for a bulk
	 * action.
	 * @param conflicts when committing a transaction: refuses to change a row changed
	 * since the operation was staged
	 */
	JsonNode apply(DocumentSpace space, RowOperation operation, Caller caller, @Nullable Conflicts conflicts) {
		ObjectNode table = RowWriter.table(space, operation.databaseId(), operation.tableId());
		return switch (operation.action()) {
			case "create" -> create(space, table, operation, caller, conflicts);
			case "update" -> {
				ObjectNode row = existing(space, operation, conflicts);
				require(caller, PermissionAction.UPDATE, table, row);
				ObjectNode data = dataObject(operation);
				List<String> permissions = permissions(caller, operation);
				if (data.isEmpty() && permissions == null) {
					throw new ApiException("row_missing_payload", 400,
							"The row data and permissions are missing. You must provide either row data or permissions to be updated.");
				}
				yield this.writer.update(space, row, data, permissions, true);
			}
			case "upsert" -> {
				ObjectNode row = RowWriter.row(space, operation.databaseId(), operation.tableId(),
						requireRowId(operation));
				if (row == null) {
					yield create(space, table, operation, caller, conflicts);
				}
				if (conflicts != null) {
					conflicts.check(row);
				}
				require(caller, PermissionAction.UPDATE, table, row);
				ObjectNode data = dataObject(operation);
				yield this.writer.update(space, row, data, permissions(caller, operation), false);
			}
			case "delete" -> {
				ObjectNode row = existing(space, operation, conflicts);
				require(caller, PermissionAction.DELETE, table, row);
				yield this.writer.delete(space, row);
			}
			case "increment", "decrement" -> {
				ObjectNode row = existing(space, operation, conflicts);
				require(caller, PermissionAction.UPDATE, table, row);
				yield addTo(space, row, operation);
			}
			case "bulkCreate", "bulkUpsert" -> {
				requireKey(caller);
				ArrayNode written = Json.array();
				Set<String> ids = new HashSet<>();
				for (JsonNode element : rowsOf(operation.data())) {
					ObjectNode data = ((ObjectNode) element).deepCopy();
					JsonNode id = data.remove("$id");
					String rowId = Ids.resolve("rows", (id != null && id.isString()) ? id.asString() : Ids.UNIQUE);
					if (!ids.add(rowId)) {
						throw ApiException.conflict("row_already_exists", "Row with the requested ID already exists.");
					}
					String single = operation.action().equals("bulkCreate") ? "create" : "upsert";
					written.add(apply(space,
							new RowOperation(single, operation.databaseId(), operation.tableId(), rowId, data), caller,
							conflicts));
				}
				yield list(written);
			}
			case "bulkUpdate" -> {
				requireKey(caller);
				ObjectNode data = operation.data().path("data").isObject() ? (ObjectNode) operation.data().path("data")
						: Json.object();
				ArrayNode changed = Json.array();
				for (ObjectNode row : matching(space, table, operation)) {
					if (conflicts != null) {
						conflicts.check(row);
					}
					changed.add(this.writer.update(space, row, data, null, true));
				}
				yield list(changed);
			}
			case "bulkDelete" -> {
				requireKey(caller);
				ArrayNode deleted = Json.array();
				for (ObjectNode row : matching(space, table, operation)) {
					if (conflicts != null) {
						conflicts.check(row);
					}
					ObjectNode current = RowWriter.row(space, operation.databaseId(), operation.tableId(),
							row.path("$id").asString());
					if (current != null) {
						deleted.add(this.writer.delete(space, current));
					}
				}
				yield list(deleted);
			}
			default -> throw ApiException.badRequest("Invalid action: " + operation.action());
		};
	}

	private JsonNode create(DocumentSpace space, ObjectNode table, RowOperation operation, Caller caller,
			@Nullable Conflicts conflicts) {
		String rowId = requireRowId(operation);
		if (conflicts != null && RowWriter.row(space, operation.databaseId(), operation.tableId(), rowId) != null) {
			throw conflicts.conflict();
		}
		if (!caller.isKey() && !ItemAccess.ROWS.allowsContainer(caller, PermissionAction.CREATE, table)) {
			throw ItemAccess.unauthorized();
		}
		ObjectNode data = dataObject(operation);
		List<String> permissions = permissions(caller, operation);
		if (permissions == null) {
			permissions = Permissions.defaultsFor(caller, ResourceKind.ROW);
			if (operation.data() instanceof ObjectNode staged) {
				staged.set("$permissions", Json.strings(permissions));
			}
		}
		ObjectNode created = this.writer.create(space, operation.databaseId(), operation.tableId(), rowId, data,
				permissions);
		if (conflicts != null) {
			conflicts.touch(created);
		}
		return created;
	}

	private JsonNode addTo(DocumentSpace space, ObjectNode row, RowOperation operation) {
		JsonNode data = operation.data();
		String column = data.path("column").asString(data.path("attribute").asString(""));
		JsonNode value = data.path("value");
		BigDecimal amount = (value.isMissingNode() || value.isNull()) ? BigDecimal.ONE : value.decimalValue();
		if (amount.signum() <= 0) {
			throw ApiException.invalidParam("value", "Value must be a number greater than 0");
		}
		boolean increment = operation.action().equals("increment");
		JsonNode bound = data.path(increment ? "max" : "min");
		return this.writer.addTo(space, row, column, increment ? amount : amount.negate(),
				(bound.isNumber()) ? bound.decimalValue() : null);
	}

	private static ObjectNode existing(DocumentSpace space, RowOperation operation, @Nullable Conflicts conflicts) {
		ObjectNode row = RowWriter.row(space, operation.databaseId(), operation.tableId(), requireRowId(operation));
		if (row == null) {
			throw rowNotFound();
		}
		if (conflicts != null) {
			conflicts.check(row);
		}
		return row;
	}

	static ApiException rowNotFound() {
		return ApiException.notFound("row_not_found", "Row with the requested ID could not be found.");
	}

	private static String requireRowId(RowOperation operation) {
		if (operation.rowId() == null || operation.rowId().isEmpty()) {
			throw ApiException.badRequest("Row ID is required for " + operation.action() + " operations");
		}
		return operation.rowId();
	}

	private static void require(Caller caller, PermissionAction action, ObjectNode table, ObjectNode row) {
		if (!caller.isKey() && !ItemAccess.ROWS.allows(caller, action, table, row)) {
			throw ItemAccess.unauthorized();
		}
	}

	/** The data without {@code $permissions} (and other {@code $} fields). */
	private static ObjectNode dataObject(RowOperation operation) {
		JsonNode data = operation.data();
		if (data.isMissingNode() || data.isNull()) {
			return Json.object();
		}
		if (!data.isObject()) {
			throw ApiException.invalidParam("data", "Value must be a valid object");
		}
		ObjectNode plain = ((ObjectNode) data).deepCopy();
		for (String meta : List.of("$id", "$permissions", "$sequence", "$tableId", "$databaseId", "$createdAt",
				"$updatedAt")) {
			plain.remove(meta);
		}
		return plain;
	}

	/** The operation's {@code $permissions}, checked as grantable by the caller. */
	private static @Nullable List<String> permissions(Caller caller, RowOperation operation) {
		JsonNode raw = operation.data().get("$permissions");
		if (raw == null || raw.isNull()) {
			return null;
		}
		List<String> permissions = Permissions.normalize("permissions", Permissions.fromJson(raw), ResourceKind.ROW);
		Permissions.requireGrantable(caller, permissions);
		return permissions;
	}

	private static List<JsonNode> rowsOf(JsonNode rows) {
		if (!rows.isArray() || rows.isEmpty()) {
			throw ApiException.invalidParam("rows", "Value must be a valid array of row objects");
		}
		if (rows.size() > MAX_BULK) {
			throw ApiException.invalidParam("rows", "Value must be an array of no more than " + MAX_BULK + " items");
		}
		List<JsonNode> list = new ArrayList<>();
		for (JsonNode element : rows) {
			if (!element.isObject()) {
				throw ApiException.invalidParam("rows", "Value must be a valid array of row objects");
			}
			list.add(element);
		}
		return list;
	}

	private static List<ObjectNode> matching(DocumentSpace space, ObjectNode table, RowOperation operation) {
		ObjectNode values = Json.object();
		values.set("queries",
				operation.data().path("queries").isArray() ? operation.data().path("queries") : Json.array());
		List<Query> queries = RowQueries.parse(new Params(values), table);
		List<ObjectNode> matching = new ArrayList<>();
		for (ObjectNode row : space.list(TablesDbStore.rowsCollection(operation.databaseId(), operation.tableId()))) {
			if (QueryEngine.matchesAll(TablesDbStore.rowModel(row, table), queries)) {
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

	/**
	 * A transaction's commit: a row changed after the operation was staged (and not by an
	 * earlier operation of the same commit) is a conflict, as Appwrite checks it.
	 */
	static final class Conflicts {

		private final String stagedAt;

		private final Set<String> touched;

		Conflicts(String stagedAt, Set<String> touched) {
			this.stagedAt = stagedAt;
			this.touched = touched;
		}

		void check(ObjectNode row) {
			if (!this.touched.contains(key(row)) && row.path("$updatedAt").asString().compareTo(this.stagedAt) > 0) {
				throw conflict();
			}
			touch(row);
		}

		void touch(ObjectNode row) {
			this.touched.add(key(row));
		}

		private static String key(ObjectNode row) {
			return row.path("$databaseId").asString() + "/" + row.path("$tableId").asString() + "/"
					+ row.path("$id").asString();
		}

		ApiException conflict() {
			return new ApiException("transaction_conflict", 409,
					"Conflict detected: a row changed by this transaction was changed by another one since it was staged.");
		}

	}

}
