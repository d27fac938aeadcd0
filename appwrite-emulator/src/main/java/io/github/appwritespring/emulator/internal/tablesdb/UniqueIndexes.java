package io.github.appwritespring.emulator.internal.tablesdb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.store.DocumentSpace;

/**
 * Enforces a table's unique indexes. As in MySQL, a row with a null in an indexed column
 * never collides.
 */
final class UniqueIndexes {

	private UniqueIndexes() {
	}

	/**
	 * Throws 409 {@code row_already_exists} if {@code row} has the same indexed values as
	 * another row. Only the rows sharing the first indexed column's value are compared
	 * (the store keeps a lookup on it).
	 */
	static void requireUnique(ObjectNode table, ObjectNode row, DocumentSpace store, String collection) {
		for (JsonNode index : table.path("indexes")) {
			if (!index.path("type").asString().equals("unique")) {
				continue;
			}
			List<String> key = values(index, row);
			if (key == null) {
				continue;
			}
			JsonNode first = row.get(index.path("columns").get(0).asString());
			List<ObjectNode> others = first.isString()
					? store.findBy(collection, index.path("columns").get(0).asString(), first.asString())
					: store.list(collection);
			for (ObjectNode other : others) {
				if (!other.path("$id").asString().equals(row.path("$id").asString())
						&& key.equals(values(index, other))) {
					throw ApiException.conflict("row_already_exists",
							"Row with the requested ID already exists. Try again with a different ID or use ID.unique() to generate a unique ID.");
				}
			}
		}
	}

	/**
	 * Throws 400 {@code column_index_invalid} if existing rows already collide on a new
	 * unique index.
	 */
	static void requireNoDuplicates(ObjectNode index, List<ObjectNode> rows) {
		Set<List<String>> seen = new HashSet<>();
		for (ObjectNode row : rows) {
			List<String> key = values(index, row);
			if (key != null && !seen.add(key)) {
				throw new ApiException("column_index_invalid", 400, "Unique index \"" + index.path("key").asString()
						+ "\" cannot be created: existing rows have duplicate values");
			}
		}
	}

	private static @Nullable List<String> values(JsonNode index, ObjectNode row) {
		List<String> values = new ArrayList<>();
		for (JsonNode column : index.path("columns")) {
			JsonNode value = row.get(column.asString());
			if (value == null || value.isNull()) {
				return null;
			}
			values.add(value.toString());
		}
		return values;
	}

}
