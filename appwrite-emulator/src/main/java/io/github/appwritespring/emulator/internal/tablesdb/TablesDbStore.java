package io.github.appwritespring.emulator.internal.tablesdb;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.store.DocumentStore;

/**
 * Where TablesDB keeps its documents: one collection of databases, one collection of
 * tables per database (each table holding its columns and indexes), one collection of
 * rows per table. IDs are validated before they get here, so collection names cannot
 * collide.
 */
final class TablesDbStore {

	static final String DATABASES = "tablesdb.databases";

	private final DocumentStore store;

	TablesDbStore(DocumentStore store) {
		this.store = store;
	}

	DocumentStore documents() {
		return this.store;
	}

	static String tables(String databaseId) {
		return "tablesdb.tables:" + databaseId;
	}

	static String rowsCollection(String databaseId, String tableId) {
		return "tablesdb.rows:" + databaseId + ":" + tableId;
	}

	ObjectNode database(String databaseId) {
		return this.store.get(DATABASES, databaseId)
			.orElseThrow(() -> ApiException.notFound("database_not_found", "Database not found"));
	}

	ObjectNode table(String databaseId, String tableId) {
		database(databaseId);
		return this.store.get(tables(databaseId), tableId)
			.orElseThrow(
					() -> ApiException.notFound("table_not_found", "Table with the requested ID could not be found."));
	}

	List<ObjectNode> rows(String databaseId, String tableId) {
		return this.store.list(rowsCollection(databaseId, tableId));
	}

	void deleteDatabase(String databaseId) {
		for (ObjectNode table : this.store.list(tables(databaseId))) {
			this.store.deleteCollection(rowsCollection(databaseId, table.path("$id").asString()));
		}
		this.store.deleteCollection(tables(databaseId));
		this.store.delete(DATABASES, databaseId);
	}

	void deleteTable(String databaseId, String tableId) {
		this.store.deleteCollection(rowsCollection(databaseId, tableId));
		this.store.delete(tables(databaseId), tableId);
	}

	/**
	 * The row as Appwrite answers it: every current column present, null when unset,
	 * deleted ones gone; relationships only when a select asks for them (see
	 * {@link Relationships#load}).
	 */
	static ObjectNode rowModel(ObjectNode stored, ObjectNode table) {
		ObjectNode model = Json.object();
		for (String field : List.of("$id", "$sequence", "$tableId", "$databaseId", "$createdAt", "$updatedAt",
				"$permissions")) {
			model.set(field, stored.get(field));
		}
		for (JsonNode column : (ArrayNode) table.path("columns")) {
			if (Relationships.isRelationship(column)) {
				continue;
			}
			String key = column.path("key").asString();
			JsonNode value = stored.get(key);
			model.set(key, (value != null) ? value : Json.MAPPER.nullNode());
		}
		return model;
	}

	/** The table as Appwrite answers it: internal fields left out. */
	static ObjectNode tableModel(ObjectNode table) {
		ObjectNode model = table.deepCopy();
		model.remove("_sequence");
		return model;
	}

}
