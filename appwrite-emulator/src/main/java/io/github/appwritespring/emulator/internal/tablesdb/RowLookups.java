package io.github.appwritespring.emulator.internal.tablesdb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.query.Query;
import io.github.appwritespring.emulator.internal.store.DocumentStore;

/**
 * Index-backed row lookups: a key or unique index makes the store keep a lookup on its
 * first column, and a list whose queries hold an {@code equal} on such a column with
 * string values reads only the matching rows instead of scanning the table. The queries
 * are still applied to the candidates afterwards.
 */
final class RowLookups {

	private RowLookups() {
	}

	/**
	 * Declares the store lookups of every existing table's indexes (after a restart with
	 * a data directory).
	 */
	static void declareAll(DocumentStore store) {
		for (ObjectNode database : store.list(TablesDbStore.DATABASES)) {
			for (ObjectNode table : store.list(TablesDbStore.tables(database.path("$id").asString()))) {
				table.path("indexes").forEach((index) -> declare(store, table, index));
			}
		}
	}

	static void declare(DocumentStore store, ObjectNode table, JsonNode index) {
		String type = index.path("type").asString();
		if ((type.equals("key") || type.equals("unique")) && !index.path("columns").isEmpty()) {
			store.index(TablesDbStore.rowsCollection(table.path("databaseId").asString(), table.path("$id").asString()),
					index.path("columns").get(0).asString());
		}
	}

	static List<ObjectNode> candidates(TablesDbStore tablesDb, String databaseId, ObjectNode table,
			List<Query> queries) {
		String tableId = table.path("$id").asString();
		for (Query query : queries) {
			if (query.method().equals("equal") && isIndexed(table, query.attribute())
					&& query.values().stream().allMatch(JsonNode::isString)) {
				List<ObjectNode> rows = new ArrayList<>();
				for (JsonNode value : query.values()) {
					rows.addAll(tablesDb.documents()
						.findBy(TablesDbStore.rowsCollection(databaseId, tableId), query.attribute(),
								value.asString()));
				}
				if (query.values().size() > 1) {
					rows.sort(Comparator.comparingLong((row) -> row.path("$sequence").asLong()));
				}
				return rows;
			}
		}
		return tablesDb.rows(databaseId, tableId);
	}

	private static boolean isIndexed(ObjectNode table, String column) {
		for (JsonNode index : table.path("indexes")) {
			String type = index.path("type").asString();
			if ((type.equals("key") || type.equals("unique")) && !index.path("columns").isEmpty()
					&& index.path("columns").get(0).asString().equals(column)) {
				return true;
			}
		}
		return false;
	}

}
