package io.github.appwritespring.emulator.internal.tablesdb;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.store.DocumentSpace;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;

/**
 * Writes rows into a {@link DocumentSpace} (the store, or staged writes over it): checks
 * the data against the table's columns and unique indexes, numbers new rows, keeps
 * relationships in step. Permissions are the caller's business: these methods are given
 * the final permissions.
 */
final class RowWriter {

	private final Supplier<Instant> clock;

	RowWriter(Supplier<Instant> clock) {
		this.clock = clock;
	}

	/** The table as the space holds it (its row counter may be staged). */
	static ObjectNode table(DocumentSpace space, String databaseId, String tableId) {
		return space.get(TablesDbStore.tables(databaseId), tableId)
			.orElseThrow(
					() -> ApiException.notFound("table_not_found", "Table with the requested ID could not be found."));
	}

	static @Nullable ObjectNode row(DocumentSpace space, String databaseId, String tableId, String rowId) {
		return space.get(TablesDbStore.rowsCollection(databaseId, tableId), rowId).orElse(null);
	}

	ObjectNode create(DocumentSpace space, String databaseId, String tableId, String rowId, ObjectNode data,
			List<String> permissions) {
		String collection = TablesDbStore.rowsCollection(databaseId, tableId);
		if (space.exists(collection, rowId)) {
			throw ApiException.conflict("row_already_exists",
					"Row with the requested ID already exists. Try again with a different ID or use ID.unique() to generate a unique ID.");
		}
		ObjectNode table = table(space, databaseId, tableId);
		ObjectNode plain = data.deepCopy();
		Relationships.Pending related = Relationships.extract(space, this, table, plain);
		Map<String, JsonNode> values = RowValidator.validate((ArrayNode) table.path("columns"), plain, false);
		long sequence = table.path("_sequence").asLong() + 1;
		table.put("_sequence", sequence);
		String now = AppwriteDates.format(this.clock.get());
		ObjectNode row = Json.object();
		row.put("$id", rowId);
		row.put("$sequence", sequence);
		row.put("$tableId", tableId);
		row.put("$databaseId", databaseId);
		row.put("$createdAt", now);
		row.put("$updatedAt", now);
		row.set("$permissions", Json.strings(permissions));
		for (JsonNode column : table.path("columns")) {
			String key = column.path("key").asString();
			if (!Relationships.isRelationship(column)) {
				row.set(key, orDefault(column, values.get(key)));
			}
		}
		UniqueIndexes.requireUnique(table, row, space, collection);
		space.put(collection, rowId, row);
		space.put(TablesDbStore.tables(databaseId), tableId, table);
		related.link(space, rowId);
		return TablesDbStore.rowModel(row, table);
	}

	ObjectNode update(DocumentSpace space, ObjectNode row, ObjectNode data, @Nullable List<String> permissions,
			boolean partial) {
		String databaseId = row.path("$databaseId").asString();
		String tableId = row.path("$tableId").asString();
		ObjectNode table = table(space, databaseId, tableId);
		ObjectNode plain = data.deepCopy();
		Relationships.Pending related = Relationships.extract(space, this, table, plain);
		Map<String, JsonNode> values = RowValidator.validate((ArrayNode) table.path("columns"), plain, partial);
		ObjectNode updated = row.deepCopy();
		for (JsonNode column : table.path("columns")) {
			String key = column.path("key").asString();
			if (!Relationships.isRelationship(column) && (!partial || values.containsKey(key))) {
				updated.set(key, orDefault(column, values.get(key)));
			}
		}
		if (permissions != null) {
			updated.set("$permissions", Json.strings(permissions));
		}
		updated.put("$updatedAt", AppwriteDates.format(this.clock.get()));
		String collection = TablesDbStore.rowsCollection(databaseId, tableId);
		UniqueIndexes.requireUnique(table, updated, space, collection);
		space.put(collection, updated.path("$id").asString(), updated);
		related.link(space, updated.path("$id").asString());
		return TablesDbStore.rowModel(updated, table);
	}

	/** Deletes a row, applying its relationships' {@code onDelete}; returns its model. */
	ObjectNode delete(DocumentSpace space, ObjectNode row) {
		String databaseId = row.path("$databaseId").asString();
		String tableId = row.path("$tableId").asString();
		ObjectNode table = table(space, databaseId, tableId);
		ObjectNode model = TablesDbStore.rowModel(row, table);
		Runnable related = Relationships.onDelete(space, this, table, row);
		space.delete(TablesDbStore.rowsCollection(databaseId, tableId), row.path("$id").asString());
		related.run();
		return model;
	}

	/**
	 * Adds {@code change} (negative to decrement) to a numeric column, refusing to pass
	 * {@code bound} (a maximum when adding, a minimum when taking away).
	 */
	ObjectNode addTo(DocumentSpace space, ObjectNode row, String columnKey, BigDecimal change,
			@Nullable BigDecimal bound) {
		String databaseId = row.path("$databaseId").asString();
		String tableId = row.path("$tableId").asString();
		ObjectNode table = table(space, databaseId, tableId);
		JsonNode column = null;
		for (JsonNode candidate : table.path("columns")) {
			if (candidate.path("key").asString().equals(columnKey)) {
				column = candidate;
			}
		}
		if (column == null) {
			throw ApiException.notFound("column_not_found", "Column with the requested key could not be found.");
		}
		String type = column.path("type").asString();
		if (!(type.equals("integer") || type.equals("double")) || column.path("array").asBoolean()) {
			throw new ApiException("column_type_invalid", 400, "Column \"" + columnKey + "\" is not a number");
		}
		if (type.equals("integer") && change.stripTrailingZeros().scale() > 0) {
			throw ApiException.invalidParam("value",
					"Value must be a whole number for integer column \"" + columnKey + "\"");
		}
		JsonNode current = row.path(columnKey);
		BigDecimal value = current.isNumber() ? current.decimalValue() : BigDecimal.ZERO;
		BigDecimal result = value.add(change);
		boolean adding = change.signum() > 0;
		if (bound != null && (adding ? result.compareTo(bound) > 0 : result.compareTo(bound) < 0)) {
			throw new ApiException("column_limit_exceeded", 400, "Column \"" + columnKey + "\" has reached the "
					+ (adding ? "maximum" : "minimum") + " value of " + bound.stripTrailingZeros().toPlainString());
		}
		ObjectNode updated = row.deepCopy();
		if (type.equals("integer")) {
			try {
				updated.put(columnKey, result.longValueExact());
			}
			catch (ArithmeticException ex) {
				throw new ApiException("column_limit_exceeded", 400,
						"Column \"" + columnKey + "\" has reached the " + (adding ? "maximum" : "minimum") + " value");
			}
		}
		else {
			updated.put(columnKey, result.doubleValue());
		}
		ObjectNode data = Json.object();
		data.set(columnKey, updated.get(columnKey));
		RowValidator.validate((ArrayNode) table.path("columns"), data, true);
		updated.put("$updatedAt", AppwriteDates.format(this.clock.get()));
		String collection = TablesDbStore.rowsCollection(databaseId, tableId);
		UniqueIndexes.requireUnique(table, updated, space, collection);
		space.put(collection, updated.path("$id").asString(), updated);
		return TablesDbStore.rowModel(updated, table);
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

}
